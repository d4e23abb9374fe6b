package data

import (
	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Small constructors keep the parameter tables readable: each cmdlet's
// declaration is data, read by the binder, Get-Help and completion.

const utility = "Microsoft.PowerShell.Utility"

// param declares a parameter of type typ in the given sets (none: every
// set, named only).
func param(name, typ string, sets ...pipeline.SetBinding) *pipeline.ParamDecl {
	if len(sets) == 0 {
		sets = []pipeline.SetBinding{named(pipeline.AllSets)}
	}
	return &pipeline.ParamDecl{Name: name, Type: typ, Sets: sets}
}

// withAliases adds aliases and help to a declaration.
func withHelp(p *pipeline.ParamDecl, help string, aliases ...string) *pipeline.ParamDecl {
	p.Help = help
	p.Aliases = append(p.Aliases, aliases...)
	return p
}

// named is an optional, named-only binding in set.
func named(set string) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: -1}
}

// at is an optional positional binding in set.
func at(set string, pos int) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: pos}
}

// must is a mandatory binding at pos (-1 for named) in set.
func must(set string, pos int) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: pos, Mandatory: true}
}

// piped is a named binding that takes pipeline input by value.
func piped(set string) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: -1, ValueFromPipeline: true}
}

// inputObject declares the usual -InputObject parameter, bound from the
// pipeline, in the given sets (none: every set).
func inputObject(help string, sets ...string) *pipeline.ParamDecl {
	if len(sets) == 0 {
		sets = []string{pipeline.AllSets}
	}
	var bs []pipeline.SetBinding
	for _, s := range sets {
		bs = append(bs, piped(s))
	}
	return &pipeline.ParamDecl{Name: "InputObject", Type: "psobject", Sets: bs, Help: help, AllowNull: true}
}

// current returns the object Process is working on: the pipeline input,
// or -InputObject when the command runs without input. ok is false when
// there is neither.
func current(c *pipeline.Call) (any, bool) {
	if c.HasInput {
		return c.Input, true
	}
	if c.Has("InputObject") {
		return c.Get("InputObject"), true
	}
	return nil, false
}

// inRange is [ValidateRange(lo, hi)]: the binder wraps its message as
// "Cannot validate argument on parameter 'X'. …".
func inRange(p *pipeline.ParamDecl, lo, hi int) *pipeline.ParamDecl {
	p.Validate = func(v any) error {
		n, ok := objutil.ToInt(v)
		if !ok {
			return nil
		}
		if n < lo {
			return object.NewException("System.Management.Automation.ValidationMetadataException",
				"The %d argument is less than the minimum allowed range of %d. Supply an argument that is greater than or equal to %d and then try the command again.", n, lo, lo)
		}
		if n > hi {
			return object.NewException("System.Management.Automation.ValidationMetadataException",
				"The %d argument is greater than the maximum allowed range of %d. Supply an argument that is less than or equal to %d and then try the command again.", n, hi, hi)
		}
		return nil
	}
	return p
}

// asException extracts the .NET exception of an error.
func asException(err error) *object.Exception {
	switch e := err.(type) {
	case *object.Exception:
		return e
	case *object.ErrorRecord:
		return e.Exception
	}
	return object.NewException("System.Exception", "%s", err.Error())
}
