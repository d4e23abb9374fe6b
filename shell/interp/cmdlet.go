package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// psCmdlet is $PSCmdlet of an advanced function.
type psCmdlet struct {
	r    *Runner
	b    *pipeline.Binding
	ci   *pipeline.CommandInfo
	info *object.InvocationInfo
	out  emitFn
	call *pipeline.Call
	obj  *object.PSObject
	// act is the function's call, told when WriteError makes it fail.
	act *activation
}

// theCall is the pipeline.Call that carries the function's preferences
// (-WhatIf, -Confirm, -ErrorAction …).
func (p *psCmdlet) theCall() *pipeline.Call {
	if p.call == nil {
		c := &pipeline.Call{Info: p.ci, Bound: p.b.Bound, SetName: p.b.SetName, Rt: rtView{p.r}, Invocation: p.info, Emit: p.out}
		p.b.ApplyPreferences(c)
		p.call = c
	}
	return p.call
}

func (p *psCmdlet) object() *object.PSObject {
	if p.obj != nil {
		return p.obj
	}
	o := object.NewObject("System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet", "System.Management.Automation.Cmdlet", "System.Object")
	method := func(name string, f func(args []any) (any, error)) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: f})
	}
	o.Add(&object.Member{Name: "ParameterSetName", Kind: object.Property, Get: func() any { return p.b.SetName }})
	o.Add(&object.Member{Name: "SessionState", Kind: object.Property, Get: func() any {
		ss := object.NewObject("System.Management.Automation.SessionState", "System.Object")
		ss.SetProp("PSVariable", p.r.psVariableIntrinsics())
		return ss
	}})
	method("GetVariableValue", func(args []any) (any, error) {
		if len(args) != 1 && len(args) != 2 {
			return nil, overloadErr("GetVariableValue", len(args))
		}
		if v := p.r.lookupVar("", dotnet.ToString(args[0])); v != nil {
			return v.value(), nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, nil
	})
	o.Add(&object.Member{Name: "PagingParameters", Kind: object.Property, Get: func() any {
		if p.ci == nil || !hasPaging(p.ci) {
			return nil
		}
		return pagingObject(p.b)
	}})
	o.Add(&object.Member{Name: "MyInvocation", Kind: object.Property, Get: func() any {
		if v := p.r.lookupVar("", "MyInvocation"); v != nil {
			return v.value()
		}
		return nil
	}})
	method("ShouldProcess", func(args []any) (any, error) {
		target, action := "", p.ci.Name
		switch len(args) {
		case 0:
		case 1:
			target = dotnet.ToString(args[0])
		case 2:
			target, action = dotnet.ToString(args[0]), dotnet.ToString(args[1])
		default:
			// ShouldProcess(verboseDescription, verboseWarning, caption
			// [, [ref] reason])
			c := p.theCall()
			ok := c.ShouldProcessDescribed(dotnet.ToString(args[0]), dotnet.ToString(args[1]), dotnet.ToString(args[2]))
			if len(args) > 3 {
				setRef(args[3], shouldProcessReason(c.WhatIf && !ok))
			}
			return ok, promptMethodError(c.TakePromptError())
		}
		ok := p.theCall().ShouldProcess(target, action)
		return ok, promptMethodError(p.theCall().TakePromptError())
	})
	method("ShouldContinue", func(args []any) (any, error) {
		if n := len(args); n >= 4 {
			// (query, caption[, hasSecurityImpact], [ref] yesToAll, [ref] noToAll)
			yes, no := refBool(args[n-2]), refBool(args[n-1])
			ok, yes2, no2 := p.theCall().ShouldContinueToAll(dotnet.ToString(args[0]), dotnet.ToString(args[1]), yes, no)
			if err := p.theCall().TakePromptError(); err != nil {
				return nil, promptMethodError(err)
			}
			setRef(args[n-2], yes2)
			setRef(args[n-1], no2)
			return ok, nil
		}
		query, caption := "", ""
		if len(args) > 0 {
			query = dotnet.ToString(args[0])
		}
		if len(args) > 1 {
			caption = dotnet.ToString(args[1])
		}
		ok := p.theCall().ShouldContinue(query, caption)
		return ok, promptMethodError(p.theCall().TakePromptError())
	})
	method("WriteError", func(args []any) (any, error) {
		if len(args) > 0 {
			if rec, ok := args[0].(*object.ErrorRecord); ok {
				if rec.Invocation == nil {
					p.own(rec)
				}
				if p.act != nil && p.act.entered {
					p.act.wroteError = true
				}
				return object.Null, p.theCall().WriteError(rec)
			}
		}
		return object.Null, nil
	})
	method("ThrowTerminatingError", func(args []any) (any, error) {
		if len(args) > 0 {
			if rec, ok := args[0].(*object.ErrorRecord); ok {
				// Cmdlet.ThrowTerminatingError: errorRecord.SetInvocationInfo(MyInvocation).
				p.own(rec)
				return nil, &cmdletTermination{rec}
			}
		}
		return nil, nil
	})
	method("WriteObject", func(args []any) (any, error) {
		if len(args) == 0 || p.out == nil {
			return object.Null, nil
		}
		if len(args) > 1 && toBool(args[1]) {
			return object.Null, emitValue(args[0], p.out)
		}
		return object.Null, p.out(args[0])
	})
	method("WriteVerbose", func(args []any) (any, error) {
		return object.Null, p.theCall().WriteVerbose(argText(args))
	})
	method("WriteWarning", func(args []any) (any, error) {
		return object.Null, p.theCall().WriteWarning(argText(args))
	})
	method("WriteDebug", func(args []any) (any, error) {
		return object.Null, p.theCall().WriteDebug(argText(args))
	})
	method("WriteInformation", func(args []any) (any, error) {
		if len(args) == 0 {
			return object.Null, nil
		}
		return object.Null, p.theCall().WriteInformation(args[0])
	})
	p.obj = o
	return o
}

func argText(args []any) string {
	if len(args) == 0 {
		return ""
	}
	return dotnet.ToString(args[0])
}

// own makes rec the function's error, as ErrorRecord.SetInvocationInfo
// does: the function's invocation (for "Name : message" and the At
// line), its name as the CategoryInfo activity, and the FullyQualifiedErrorId
// suffixed with ",<function name>" (ErrorRecord.GetInvocationTypeName).
func (p *psCmdlet) own(rec *object.ErrorRecord) {
	if rec.Invocation == p.info && p.info != nil {
		return
	}
	rec.Invocation = p.info
	rec.Activity = p.ci.Name
	if rec.FullyQualifiedErrorID != "" && !strings.HasSuffix(rec.FullyQualifiedErrorID, ","+p.ci.Name) {
		// The id is the error's own id and the command its invocation
		// names: a cmdlet's error rethrown by the function is
		// "PathNotFound,Test-Function", not the cmdlet's id with the
		// function's name added.
		id, _, _ := strings.Cut(rec.FullyQualifiedErrorID, ",")
		rec.FullyQualifiedErrorID = id + "," + p.ci.Name
	}
}

// refBool reads a [ref] argument's value as a Boolean.
func refBool(v any) bool {
	if o, ok := v.(*object.PSObject); ok && o.TypeName() == psReferenceType {
		if m := o.Member("Value"); m != nil {
			if m.Get != nil {
				return toBool(m.Get())
			}
			return toBool(m.Value)
		}
	}
	return toBool(v)
}

// setRef writes a [ref] argument's value.
func setRef(v any, val any) {
	if o, ok := v.(*object.PSObject); ok && o.TypeName() == psReferenceType {
		if m := o.Member("Value"); m != nil && m.Set != nil {
			_ = m.Set(val)
		}
	}
}
