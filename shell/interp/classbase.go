package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// baseMethodCall compiles ([BaseClass]$this).Method(args), the way a
// class calls the implementation it overrides (about_Classes: "cast to
// the base class ([baseclass]$this) on invocation"). It returns nil for
// any other method call, and for casts to types known before the script
// runs, which cannot be script classes.
func (c *compiler) baseMethodCall(e *syntax.InvokeMemberExpr) exprFn {
	if e.Static || e.NullCond {
		return nil
	}
	pe, ok := e.X.(*syntax.ParenExpr)
	if !ok {
		return nil
	}
	x, ok := pipelineExprOf(pe.X)
	if !ok {
		return nil
	}
	ce, ok := x.(*syntax.ConvertExpr)
	if !ok {
		return nil
	}
	if _, known := dotnet.ResolveType(ce.Type.Name); known {
		return nil
	}
	name, ok := e.Name.(*syntax.StringConst)
	if !ok {
		return nil
	}
	typeName, method := ce.Type.Name, name.Value
	inner := c.expr(ce.X)
	args := make([]exprFn, len(e.Args))
	for i, a := range e.Args {
		args[i] = c.expr(a)
	}
	at := siteOf(c.file, e)
	return func(r *Runner) (any, error) {
		v, err := inner(r)
		if err != nil {
			return nil, err
		}
		vals := make([]any, len(args))
		for i, a := range args {
			if vals[i], err = a(r); err != nil {
				return nil, err
			}
		}
		if ct, ok := dotnet.LookupClass(typeName); ok {
			if impl, ok := ct.Impl.(*classType); ok {
				if obj, ok := v.(*object.PSObject); ok && dotnet.IsInstance(obj, &object.TypeValue{FullName: ct.FullName}) {
					if res, found, err := impl.callFrom(r, obj, method, vals); found {
						return res, at.wrap(err)
					}
				}
			}
		}
		cv, err := r.convertTo(v, typeName)
		if err != nil {
			return nil, at.wrap(err)
		}
		if cv == nil {
			return nil, at.wrap(newRuntimeError(msgNullMethod, "InvokeMethodOnNull", "InvalidOperation"))
		}
		res, err := members.Call(cv, method, vals)
		return res, at.wrap(err)
	}
}

// pipelineExprOf returns the expression of a statement that is a lone
// expression.
func pipelineExprOf(s syntax.Stmt) (syntax.Expr, bool) {
	p, ok := s.(*syntax.Pipeline)
	if !ok || len(p.Elements) != 1 {
		return nil, false
	}
	ce, ok := p.Elements[0].(*syntax.CommandExpr)
	if !ok || len(ce.Redirections) > 0 {
		return nil, false
	}
	return ce.X, true
}

// callFrom runs method name as class ct implements it (or inherits it),
// not as obj's own class overrides it.
func (ct *classType) callFrom(r *Runner, obj *object.PSObject, name string, args []any) (any, bool, error) {
	lname := strings.ToLower(name)
	var cands []overload
	for _, c := range ct.chain() {
		for _, m := range c.code.methods {
			if m.lname == lname {
				cands = addOverload(cands, c, m)
			}
		}
	}
	if len(cands) == 0 {
		return nil, false, nil
	}
	o, ok := pickOverload(cands, args)
	if !ok {
		return nil, true, overloadErr(name, len(args))
	}
	v, err := o.class.run(r, o.method, obj, args)
	return v, true, err
}
