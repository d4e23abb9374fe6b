package core

import (
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

// scriptBlocks reads a scriptblock or scriptblock[] parameter value.
func scriptBlocks(v any) []object.ScriptBlock {
	switch x := v.(type) {
	case nil:
		return nil
	case object.ScriptBlock:
		return []object.ScriptBlock{x}
	case []object.ScriptBlock:
		return x
	case []any:
		out := make([]object.ScriptBlock, 0, len(x))
		for _, e := range x {
			sb, _ := e.(object.ScriptBlock)
			out = append(out, sb)
		}
		return out
	}
	return nil
}
