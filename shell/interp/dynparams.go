package interp

import (
	"math"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// dynamicInfo runs a function's dynamicparam block and returns its
// CommandInfo with the parameters the block defined added
// (about_Functions_Advanced_Parameters, "Dynamic parameters"). The block
// runs in the function's scope after the static parameters are bound
// from the command line, so it can test them ($Path.StartsWith(…)); the
// dictionary it returns is kept to receive the bound values.
func (a *activation) dynamicInfo(ci *pipeline.CommandInfo, args []pipeline.Arg) (*pipeline.CommandInfo, *object.Hashtable, error) {
	code := a.code
	code.compile()
	b, err := pipeline.BindWith(ci, staticArgs(ci, args, false), rtView{a.r}, pipeline.BindOptions{})
	if err != nil {
		// A positional value may be meant for a dynamic parameter: bind
		// the named ones alone, as PowerShell leaves unbound values over.
		b, err = pipeline.BindWith(ci, staticArgs(ci, args, true), rtView{a.r}, pipeline.BindOptions{})
	}
	if err == nil {
		for _, p := range code.params {
			if v, ok := b.Bound[p.name]; ok {
				_ = a.setParam(p, v)
			} else {
				_ = a.setDefault(p)
			}
		}
	}
	var outs []any
	saved := a.out
	a.out = func(v any) error { outs = append(outs, v); return nil }
	err = a.runBlock(code.dynamic)
	a.out = saved
	if err != nil {
		return nil, nil, err
	}
	var dict *object.Hashtable
	for _, v := range outs {
		if o, ok := v.(*object.PSObject); ok && o.Base != nil {
			v = o.Base
		}
		if members.IsRuntimeParameterDictionary(v) {
			dict = v.(*object.Hashtable)
		}
	}
	if dict == nil || dict.Len() == 0 {
		return ci, nil, nil
	}
	dyn := *ci
	dyn.Params = append([]*pipeline.ParamDecl(nil), ci.Params...)
	for i := 0; i < dict.Len(); i++ {
		_, v := dict.At(i)
		if p := runtimeParamDecl(v); p != nil {
			dyn.Params = append(dyn.Params, p)
		}
	}
	return &dyn, dict, nil
}

// runtimeParamDecl reads a RuntimeDefinedParameter as a parameter
// declaration: its name, type and Parameter attributes (one per set).
func runtimeParamDecl(v any) *pipeline.ParamDecl {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil
	}
	name := dotnet.ToString(propValue(o, "Name"))
	if name == "" {
		return nil
	}
	p := &pipeline.ParamDecl{Name: name, Type: "object"}
	if t, ok := propValue(o, "ParameterType").(*object.TypeValue); ok && t.FullName != "System.Object" {
		p.Type = t.FullName
		if t.FullName == "System.Management.Automation.SwitchParameter" {
			p.Type = "switch"
		}
	}
	attrs, _ := dotnet.Enumerate(propValue(o, "Attributes"))
	for _, at := range attrs {
		ao, ok := at.(*object.PSObject)
		if !ok || len(ao.TypeNames) == 0 || ao.TypeNames[0] != members.ParameterAttributeType {
			continue
		}
		sb := pipeline.SetBinding{Set: pipeline.AllSets, Position: -1}
		if s := dotnet.ToString(propValue(ao, "ParameterSetName")); s != "" {
			sb.Set = s
		}
		if n, err := dotnet.Convert(propValue(ao, "Position"), "System.Int32"); err == nil && n.(int32) != math.MinInt32 && n.(int32) >= 0 {
			sb.Position = int(n.(int32))
		}
		sb.Mandatory = dotnet.ToBool(propValue(ao, "Mandatory"))
		sb.ValueFromPipeline = dotnet.ToBool(propValue(ao, "ValueFromPipeline"))
		sb.ValueFromPipelineByPropertyName = dotnet.ToBool(propValue(ao, "ValueFromPipelineByPropertyName"))
		sb.HelpMessage = dotnet.ToString(propValue(ao, "HelpMessage"))
		if dotnet.ToBool(propValue(ao, "ValueFromRemainingArguments")) {
			p.ValueFromRemainingArguments = true
		}
		p.Sets = append(p.Sets, sb)
	}
	return p
}

// propValue reads a property of a runtime parameter object.
func propValue(o *object.PSObject, name string) any {
	if m := o.Member(name); m != nil {
		return m.Value
	}
	return nil
}

// setRuntimeValues gives each bound dynamic parameter its Value and
// IsSet, as PowerShell does for the dictionary the block returned.
func setRuntimeValues(dict *object.Hashtable, bound map[string]any) {
	for i := 0; i < dict.Len(); i++ {
		_, v := dict.At(i)
		o, ok := v.(*object.PSObject)
		if !ok {
			continue
		}
		name := dotnet.ToString(propValue(o, "Name"))
		for k, bv := range bound {
			if strings.EqualFold(k, name) {
				if m := o.Member("Value"); m != nil {
					m.Value = bv
				}
				if m := o.Member("IsSet"); m != nil {
					m.Value = true
				}
			}
		}
	}
}

// staticArgs leaves out of args the named arguments (and their values)
// that no static parameter takes: the dynamic ones, which do not exist
// until the dynamicparam block has run; namedOnly leaves out the
// positional values too.
func staticArgs(ci *pipeline.CommandInfo, args []pipeline.Arg, namedOnly bool) []pipeline.Arg {
	out := make([]pipeline.Arg, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !a.IsParam {
			if !namedOnly {
				out = append(out, a)
			}
			continue
		}
		p := ci.Param(a.Name)
		takes := takesParam(ci, a.Name)
		switch {
		case !takes:
			if !a.HasValue && i+1 < len(args) && !args[i+1].IsParam {
				i++
			}
		case a.HasValue || p != nil && p.IsSwitch() || i+1 >= len(args) || args[i+1].IsParam:
			out = append(out, a)
		default:
			out = append(out, a, args[i+1])
			i++
		}
	}
	return out
}

// takesParam reports whether name is a prefix of a static parameter's
// name or alias (or of a common parameter's, for an advanced function).
func takesParam(ci *pipeline.CommandInfo, name string) bool {
	match := func(ps []*pipeline.ParamDecl) bool {
		for _, p := range ps {
			if len(name) <= len(p.Name) && strings.EqualFold(p.Name[:len(name)], name) {
				return true
			}
			for _, al := range p.Aliases {
				if strings.EqualFold(al, name) {
					return true
				}
			}
		}
		return false
	}
	if match(ci.Params) {
		return true
	}
	return ci.CmdletBinding && (match(pipeline.CommonParams) || ci.SupportsShouldProcess && match(pipeline.ShouldProcessParams))
}
