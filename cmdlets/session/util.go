package session

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// Module names and versions as Windows PowerShell 5.1 reports them.
const (
	modCore    = "Microsoft.PowerShell.Core"
	modUtility = "Microsoft.PowerShell.Utility"
	modHost    = "Microsoft.PowerShell.Host"
)

// .NET exception types the session cmdlets raise.
const (
	exItemNotFound   = "System.Management.Automation.ItemNotFoundException"
	exSessionState   = "System.Management.Automation.SessionStateException"
	exArgument       = "System.ArgumentException"
	exInvalidOp      = "System.InvalidOperationException"
	exCommandMissing = "System.Management.Automation.CommandNotFoundException"
)

// named is an optional named parameter in every set.
func named(name, typ string) *pipeline.ParamDecl { return pipeline.NewParam(name, typ) }

// positional is an optional parameter at pos in every set.
func positional(name, typ string, pos int) *pipeline.ParamDecl {
	return pipeline.NewParam(name, typ).At(pipeline.AllSets, pos)
}

// matches reports whether name matches one of the wildcard patterns (no
// patterns match everything).
func matches(patterns []string, name string) bool {
	if len(patterns) == 0 {
		return true
	}
	for _, p := range patterns {
		if ok, _ := wildcard.Match(p, name, false); ok {
			return true
		}
	}
	return false
}

// excluded reports whether name matches one of the -Exclude patterns.
func excluded(patterns []string, name string) bool {
	for _, p := range patterns {
		if ok, _ := wildcard.Match(p, name, false); ok {
			return true
		}
	}
	return false
}

// writeErr writes a non-terminating error built from an exception.
func writeErr(c *pipeline.Call, exType, msg, id, category string, target any) error {
	return c.WriteError(c.Fail(object.NewException(exType, "%s", msg), id, category, target))
}

// fail builds a terminating error.
func fail(c *pipeline.Call, exType, msg, id, category string, target any) error {
	return c.Fail(object.NewException(exType, "%s", msg), id, category, target)
}

// stringsOf reads a string[] parameter, converting other element types.
func stringsOf(c *pipeline.Call, name string) []string {
	v := c.Get(name)
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			out = append(out, toStr(e))
		}
		return out
	}
	return []string{toStr(v)}
}
