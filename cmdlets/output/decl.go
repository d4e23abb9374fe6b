package output

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Small constructors keep the parameter tables readable.

// param declares a parameter of type typ in the given sets (none: every
// set, named only).
func param(name, typ string, sets ...pipeline.SetBinding) *pipeline.ParamDecl {
	if len(sets) == 0 {
		sets = []pipeline.SetBinding{named(pipeline.AllSets)}
	}
	return &pipeline.ParamDecl{Name: name, Type: typ, Sets: sets}
}

// withHelp adds help text and aliases to a declaration.
func withHelp(p *pipeline.ParamDecl, help string, aliases ...string) *pipeline.ParamDecl {
	p.Help = help
	p.Aliases = append(p.Aliases, aliases...)
	return p
}

// named is an optional, named-only binding in set.
func named(set string) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: -1}
}

// at is an optional binding at position pos in set.
func at(set string, pos int) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: pos}
}

// must is a mandatory binding at position pos (-1: named) in set.
func must(set string, pos int) pipeline.SetBinding {
	return pipeline.SetBinding{Set: set, Position: pos, Mandatory: true}
}

// inputObject declares the usual -InputObject parameter, bound from the
// pipeline by value.
func inputObject(help string) *pipeline.ParamDecl {
	return &pipeline.ParamDecl{Name: "InputObject", Type: "psobject", Help: help, AllowNull: true,
		Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1, ValueFromPipeline: true}}}
}

// current returns the object Process works on: the pipeline input, or
// -InputObject when nothing is piped in.
func current(c *pipeline.Call) (any, bool) {
	if c.HasInput {
		return c.Input, true
	}
	if c.Has("InputObject") {
		return c.Get("InputObject"), true
	}
	return nil, false
}

// asException turns a Go error into the .NET exception to report.
func asException(err error) *object.Exception {
	switch e := err.(type) {
	case *object.Exception:
		return e
	case *object.ErrorRecord:
		return e.Exception
	}
	return object.NewException("System.Exception", "%s", err.Error())
}

// lookupVar reads a variable through the runtime (nil-safe).
func lookupVar(c *pipeline.Call) func(string) (any, bool) {
	return func(name string) (any, bool) {
		if c.Rt == nil {
			return nil, false
		}
		return c.Rt.GetVar(name)
	}
}

// enumLimit is $FormatEnumerationLimit as the formatter reads it.
func enumLimit(c *pipeline.Call) int {
	if v, ok := lookupVar(c)("FormatEnumerationLimit"); ok {
		switch n := v.(type) {
		case int32:
			return int(n)
		case int:
			return n
		case int64:
			return int(n)
		}
	}
	return 4
}

// hostWidth is the console width output is laid out for.
func hostWidth(c *pipeline.Call) int {
	if c.Rt != nil && c.Rt.Host() != nil {
		if w := c.Rt.Host().Width(); w > 0 {
			return w
		}
	}
	return 120
}
