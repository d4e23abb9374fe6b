package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// defaultStack is the name PowerShell gives the unnamed location stack.
const defaultStack = "default"

// named resolves a -StackName value: "" is the current stack, and
// "default" the unnamed one.
func (ls *locState) named(name string) string {
	if name == "" {
		name = ls.current
	}
	if strings.EqualFold(name, defaultStack) {
		return ""
	}
	return name
}

// exists reports a stack Push-Location has created (the default stack
// always exists).
func (ls *locState) exists(s *pipeline.Session, name string) bool {
	name = ls.named(name)
	if name == "" {
		return true
	}
	_, ok := ls.stacks[strings.ToLower(name)]
	return ok
}

// drop forgets a named stack that Pop-Location emptied.
func (ls *locState) drop(name string) {
	if name = ls.named(name); name != "" {
		delete(ls.stacks, strings.ToLower(name))
	}
}

// setStackName is Set-Location -StackName: the stack must exist; an empty
// name or "default" is the unnamed stack.
func setStackName(c *pipeline.Call, name string) error {
	s := c.Rt.Session()
	ls := locationState(s)
	if name == "" || strings.EqualFold(name, defaultStack) {
		ls.current = ""
		return nil
	}
	if !ls.exists(s, name) {
		// SetDefaultLocationStack: ItemNotFoundException, "StackNotFound".
		ex := object.NewException("System.Management.Automation.ItemNotFoundException",
			"Cannot find path '%s' because it does not exist.", name)
		rec := object.NewError(ex, "StackNotFound,"+commandClass(c), "ObjectNotFound", name)
		rec.TargetName, rec.TargetType = name, "String"
		return c.WriteError(rec)
	}
	ls.current = name
	return nil
}

// stackNotFound is Pop-Location's error for a stack that does not exist
// (SessionStateStrings.StackNotFound, raised as a PSArgumentException).
func stackNotFound(c *pipeline.Call, name string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PSArgumentException",
		"Cannot find location stack '%s'. It does not exist or it is not a container.", name)
	return object.NewError(ex, "Argument,"+commandClass(c), "InvalidArgument", nil)
}

// badStackArgument is Get-Location -StackName's error for a stack that
// does not exist: PSTraceSource.NewArgumentException("stackName").
func badStackArgument(c *pipeline.Call) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PSArgumentException",
		`Cannot process argument because the value of argument "stackName" is not valid. Change the value of the "stackName" argument and run the operation again.`)
	return object.NewError(ex, "Argument,"+commandClass(c), "InvalidArgument", nil)
}

// driveRelative resolves a drive-relative path on another drive ("C:",
// "C:Logs") against the location last used on that drive, as Windows
// PowerShell keeps one per drive (Get-Item reference, Example 3).
func driveRelative(s *pipeline.Session, p string) string {
	if len(p) < 2 || p[1] != ':' || !(p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z') {
		return p
	}
	if len(p) > 2 && (p[2] == '\\' || p[2] == '/') {
		return p
	}
	if strings.EqualFold(driveOf(Location(s)), p[:1]) {
		return p
	}
	base := locationState(s).onDrive(p[:1])
	if len(p) == 2 {
		return base
	}
	return strings.TrimRight(base, `\`) + `\` + p[2:]
}
