package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// driveNotFound is the error of a path on a drive the session does not
// have (SessionStateStrings.DriveNotFound): HKLM: and WSMan: are not
// drives of a cspsh session.
func driveNotFound(c *pipeline.Call, name string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.DriveNotFoundException",
		"Cannot find drive. A drive with the name '%s' does not exist.", name)
	rec := object.NewError(ex, "DriveNotFound,"+commandClass(c), "ObjectNotFound", name)
	rec.TargetName, rec.TargetType = name, "String"
	return rec
}

// checkDrive reports a path whose drive is neither a drive letter (the
// lab's drives) nor a registered provider drive.
func checkDrive(c *pipeline.Call, p string) *object.ErrorRecord {
	name, _, ok := paths.SplitDrive(p)
	if !ok || len(name) == 1 {
		return nil
	}
	if _, ok := pipeline.ProviderFor(name); ok {
		return nil
	}
	return driveNotFound(c, name)
}

// nonTerminating makes the path errors an item cmdlet returns what the
// core commands make of them: they catch ItemNotFoundException and
// DriveNotFoundException and write them as non-terminating errors of
// the command (with its position), going on with the next path.
func nonTerminating(f func(*pipeline.Call) error) func(*pipeline.Call) error {
	if f == nil {
		return nil
	}
	return func(c *pipeline.Call) error {
		err := f(c)
		switch e := err.(type) {
		case *object.ErrorRecord:
			if e.Invocation == nil {
				return c.WriteError(e)
			}
		case *object.Exception:
			if e.Type == "System.Management.Automation.DriveNotFoundException" {
				rec := object.NewError(e, "DriveNotFound,"+commandClass(c), "ObjectNotFound", nil)
				return c.WriteError(rec)
			}
		}
		return err
	}
}

// onProvider makes a parameter a dynamic parameter of the named
// provider: it exists when the first -Path (or -LiteralPath) given, or
// the current location when none is, is on one of that provider's
// drives, as the core commands ask the provider of Path[0] (or ".").
func onProvider(name string) func(bound map[string]any, rt pipeline.Runtime) bool {
	return func(bound map[string]any, rt pipeline.Runtime) bool {
		p := "."
		for _, k := range []string{"Path", "LiteralPath"} {
			if vs, ok := bound[k].([]any); ok && len(vs) > 0 {
				if s, ok := vs[0].(string); ok {
					p = s
				}
				break
			}
			if s, ok := bound[k].(string); ok {
				p = s
				break
			}
		}
		if rt != nil {
			p = providerRelative(rt.Session(), p)
			if p == "." {
				p = Location(rt.Session())
			}
		}
		prov, _, ok := splitDrive(p)
		return ok && prov.Name() == name
	}
}

// dynamicParam marks p as a dynamic parameter of provider.
func dynamicParam(p *pipeline.ParamDecl, provider string) *pipeline.ParamDecl {
	p.Dynamic = onProvider(provider)
	return p
}

// driveExists reports a drive of the session: a lab drive letter
// Get-PSDrive lists, or a provider drive.
func driveExists(c *pipeline.Call, name string) bool {
	for _, d := range drives(c) {
		if n, _ := d.Prop("Name"); strings.EqualFold(n.(string), name) {
			return true
		}
	}
	return false
}

// providerExists reports a provider of the session (FileSystem or a
// registered one), by name without case.
func providerExists(name string) bool {
	if strings.EqualFold(name, "FileSystem") {
		return true
	}
	for _, p := range pipeline.Providers() {
		if strings.EqualFold(p.Name(), name) {
			return true
		}
	}
	return false
}
