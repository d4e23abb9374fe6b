package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// lref is an assignable place: a variable, a property or an element.
type lref interface {
	get(r *Runner) (any, error)
	set(r *Runner, v any) error
}

// varRef is a variable as an assignable place. Reading it for a compound
// assignment reads the local variable only: `$x += 1` in a child scope
// starts from $null, as PowerShell does.
type varRef struct {
	site  *varSite
	read  exprFn
	write func(r *Runner, v any) error
	local bool
}

func (v *varRef) get(r *Runner) (any, error) {
	if v.local {
		if vr := r.siteLocalOnly(v.site); vr != nil {
			return vr.value(), nil
		}
		return nil, nil
	}
	return v.read(r)
}

func (v *varRef) set(r *Runner, val any) error {
	if v.local {
		return r.assign(r.siteLocal(v.site), val)
	}
	return v.write(r, val)
}

type memberRef struct {
	obj  any
	name string
	at   site
}

func (m *memberRef) get(r *Runner) (any, error) { return members.Get(m.obj, m.name) }

func (m *memberRef) set(r *Runner, v any) error {
	if m.obj == nil {
		return newRuntimeError(strings.Replace(msgPropNotFound, "%s", m.name, 1), "PropertyNotFound", "InvalidOperation")
	}
	return members.Set(m.obj, m.name, v)
}

// staticRef is a static property such as
// [Net.ServicePointManager]::SecurityProtocol: values assigned are kept
// for the session (reads see them), as settings of the .NET runtime.
type staticRef struct {
	t    *object.TypeValue
	name string
}

func (s *staticRef) get(r *Runner) (any, error) { return r.getStatic(s.t, s.name) }

func (s *staticRef) set(r *Runner, v any) error {
	if ct, ok := dotnet.LookupClass(s.t.FullName); ok && ct.SetStatic != nil {
		if found, err := ct.SetStatic(s.name, v); found {
			return err
		}
	}
	if r.statics == nil {
		r.statics = map[string]any{}
	}
	r.statics[staticKey(s.t, s.name)] = v
	return nil
}

func staticKey(t *object.TypeValue, name string) string {
	return strings.ToLower(t.FullName + "::" + name)
}

// getStatic reads a static member, seeing the session's assignments.
func (r *Runner) getStatic(t *object.TypeValue, name string) (any, error) {
	if v, ok := r.statics[staticKey(t, name)]; ok {
		return v, nil
	}
	return members.GetStatic(t, name)
}

type indexRef struct {
	obj, idx any
}

func (i *indexRef) get(r *Runner) (any, error) { return r.indexGet(i.obj, i.idx) }
func (i *indexRef) set(r *Runner, v any) error { return r.indexSet(i.obj, i.idx, v) }

// lvalue compiles an assignable expression to a function giving its place.
func (c *compiler) lvalue(e syntax.Expr) func(r *Runner) (lref, error) {
	at := siteOf(c.file, e)
	switch e := e.(type) {
	case *syntax.VariableExpr:
		e = dollarUnder(e)
		ref := &varRef{read: c.varRead(e), write: c.varSetter(e)}
		if (e.Scope == "" || e.Scope == "local" || e.Scope == "variable") && !strings.EqualFold(e.Name, "null") {
			ref.site = newVarSite(e.Name)
			ref.local = true
		}
		return func(*Runner) (lref, error) { return ref, nil }
	case *syntax.ConvertExpr:
		if v, typeName, attrs := declTarget(e); v != nil {
			inner := c.lvalue(v)
			set := c.typedSetter(v, typeName, attrs)
			return func(r *Runner) (lref, error) {
				ref, err := inner(r)
				if err != nil {
					return nil, err
				}
				vr := ref.(*varRef)
				return &varRef{site: vr.site, read: vr.read, write: set}, nil
			}
		}
	case *syntax.MemberExpr:
		obj := c.expr(e.X)
		name := c.memberName(e.Name)
		if e.Static {
			return func(r *Runner) (lref, error) {
				o, err := obj(r)
				if err != nil {
					return nil, err
				}
				n, err := name(r)
				if err != nil {
					return nil, err
				}
				tv, _ := o.(*object.TypeValue)
				if tv == nil {
					return nil, at.wrapStmt(newRuntimeError(strings.Replace(msgPropNotFound, "%s", n, 1), "PropertyNotFound", "InvalidOperation"))
				}
				return &staticRef{t: tv, name: n}, nil
			}
		}
		return func(r *Runner) (lref, error) {
			o, err := obj(r)
			if err != nil {
				return nil, err
			}
			n, err := name(r)
			if err != nil {
				return nil, err
			}
			return &memberRef{obj: o, name: n, at: at}, nil
		}
	case *syntax.IndexExpr:
		obj := c.expr(e.X)
		idx := c.expr(e.Index)
		return func(r *Runner) (lref, error) {
			o, err := obj(r)
			if err != nil {
				return nil, err
			}
			i, err := idx(r)
			if err != nil {
				return nil, err
			}
			return &indexRef{obj: o, idx: i}, nil
		}
	case *syntax.ParenExpr:
		if p, ok := e.X.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
			if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok {
				return c.lvalue(ce.X)
			}
		}
	}
	return func(*Runner) (lref, error) {
		return nil, at.wrapStmt(newRuntimeError("The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", "InvalidLeftHandSide", "ParserError"))
	}
}

// isLocalVar reports whether v is an unqualified ordinary variable.
func isLocalVar(v *syntax.VariableExpr) bool {
	if v.Scope != "" && v.Scope != "local" {
		return false
	}
	switch strings.ToLower(v.Name) {
	case "null", "true", "false", "_", "psitem", "?":
		return false
	}
	return true
}

// typedSetter compiles `[type]$x = v`: the variable keeps the type and
// converts every later assignment to it.
func (c *compiler) typedSetter(v *syntax.VariableExpr, typeName string, attrs []*syntax.Attribute) func(r *Runner, val any) error {
	at := siteOf(c.file, v)
	scope, name := v.Scope, v.Name
	file := c.file
	return func(r *Runner, val any) error {
		var sc *Scope
		switch scope {
		case "global":
			sc = r.global
		case "script":
			sc = r.scriptScope()
		default:
			sc = r.scope
		}
		isNew := sc.local(strings.ToLower(name)) == nil
		vr := r.define(sc, name)
		if strings.EqualFold(typeName, "void") {
			return nil
		}
		if vr.Options&(optReadOnly|optConstant) != 0 {
			// [datetime]$PID = 1 is refused as $PID = 1 is.
			ex := object.NewException("System.Management.Automation.SessionStateUnauthorizedAccessException",
				"Cannot overwrite variable %s because it is read-only or constant.", vr.Name)
			return at.wrapStmt(object.NewError(ex, "VariableNotWritable", "WriteError", vr.Name))
		}
		conv, err := r.convertTo(val, typeName)
		if err == nil {
			err = refuseSuspendValue(conv)
		}
		if err != nil {
			return at.wrapStmt(err)
		}
		check, err := r.validationDecl(file, name, attrs)
		if err != nil {
			return at.wrapStmt(err)
		}
		valid := true
		if check != nil {
			if valid, err = pipeline.VariableValueCheck(check, conv, rtView{r}); err != nil {
				if isNew {
					r.remove(sc, strings.ToLower(name))
				}
				return err
			}
		}
		if !valid {
			if isNew {
				// A new variable is made with its first value, then
				// given its attributes one by one, and the first that
				// the value fails refuses it: no variable is made.
				r.remove(sc, strings.ToLower(name))
				return attributeFailure(name, conv)
			}
			// The variable's attributes are cleared before the new
			// ones are checked: it keeps its value, unconstrained.
			vr.Type, vr.check = "", nil
			return validationFailure(name, conv)
		}
		vr.Type = typeName
		vr.Value = conv
		vr.check = check
		return nil
	}
}

func (c *compiler) assignStmt(a *syntax.AssignStmt) stmtFn {
	if f := c.compoundStmt(a); f != nil {
		return f
	}
	v := c.assignValue(a)
	return func(r *Runner, _ emitFn) error {
		_, err := v(r)
		return err
	}
}

// assignValue compiles an assignment; its value is what was assigned (for
// `($x = 5)` and `$a = $b = 1`).
func (c *compiler) assignValue(a *syntax.AssignStmt) exprFn {
	rhs := c.value(a.Right)
	at := siteOf(c.file, a)
	if a.Op == "=" {
		switch t := a.Left.(type) {
		case *syntax.VariableExpr:
			set := c.varSetter(t)
			return func(r *Runner) (any, error) {
				v, err := assigned(r, rhs)
				if err != nil {
					return nil, err
				}
				return v, at.wrapStmt(set(r, v))
			}
		case *syntax.ArrayLiteral:
			return c.multiAssign(t, rhs)
		case *syntax.ParenExpr:
			// ($a, $b) = $b, $a: a parenthesized list is assignable too.
			if p, ok := t.X.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
				if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok {
					if al, ok := ce.X.(*syntax.ArrayLiteral); ok {
						return c.multiAssign(al, rhs)
					}
				}
			}
		case *syntax.IndexExpr:
			// $h[k] = v without building a place.
			obj, idx := c.expr(t.X), c.expr(t.Index)
			return func(r *Runner) (any, error) {
				// The value first, as PowerShell evaluates it
				// ($b[$a] = $c[$a++] indexes $b with the new $a).
				v, err := assigned(r, rhs)
				if err != nil {
					return nil, err
				}
				o, err := obj(r)
				if err != nil {
					return nil, err
				}
				i, err := idx(r)
				if err != nil {
					return nil, err
				}
				return v, at.wrapStmt(r.indexSet(o, i, v))
			}
		}
		lv := c.lvalue(a.Left)
		return func(r *Runner) (any, error) {
			// The value is evaluated before the target's index or object.
			v, err := assigned(r, rhs)
			if err != nil {
				return nil, err
			}
			ref, err := lv(r)
			if err != nil {
				return nil, err
			}
			return v, at.wrapStmt(ref.set(r, v))
		}
	}
	lv := c.lvalue(a.Left)
	if a.Op == "??=" {
		return func(r *Runner) (any, error) {
			ref, err := lv(r)
			if err != nil {
				return nil, err
			}
			cur, err := ref.get(r)
			if err != nil {
				return nil, at.wrapStmt(err)
			}
			if cur != nil {
				return cur, nil
			}
			v, err := rhs(r)
			if err != nil {
				return nil, err
			}
			return v, at.wrapStmt(ref.set(r, v))
		}
	}
	f, _ := ops.Lookup(strings.TrimSuffix(a.Op, "="))
	if v, ok := a.Left.(*syntax.VariableExpr); ok && isLocalVar(v) {
		// $x += … on a plain variable: read and write the local
		// variable through one cached site.
		s := newVarSite(v.Name)
		var sa *strAppend
		if a.Op == "+=" {
			sa = &strAppend{}
		}
		vat := siteOf(c.file, v)
		return func(r *Runner) (any, error) {
			var cur any
			if vr := r.siteLocalOnly(s); vr != nil {
				cur = vr.value()
			} else {
				var err error
				if cur, err = r.inheritedValue(v, vat); err != nil {
					return nil, err
				}
			}
			v, err := rhs(r)
			if err != nil {
				return nil, err
			}
			if sa != nil {
				// String building: string + string appends in place.
				if cs, ok := cur.(string); ok {
					if vs, ok := v.(string); ok {
						nv := sa.add(cs, vs)
						return nv, at.wrapStmt(r.assign(r.siteLocal(s), nv))
					}
				}
			}
			nv, err := f(cur, v, opsEnv{r})
			if err != nil {
				return nil, at.wrapStmt(err)
			}
			return nv, at.wrapStmt(r.assign(r.siteLocal(s), nv))
		}
	}
	return func(r *Runner) (any, error) {
		ref, err := lv(r)
		if err != nil {
			return nil, err
		}
		cur, err := ref.get(r)
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		v, err := rhs(r)
		if err != nil {
			return nil, err
		}
		nv, err := f(cur, v, opsEnv{r})
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		return nv, at.wrapStmt(ref.set(r, nv))
	}
}

// assigned evaluates an assignment's value: a command that wrote nothing
// assigns $null.
func assigned(r *Runner, rhs exprFn) (any, error) {
	v, err := rhs(r)
	if v == object.Null {
		v = nil
	}
	return v, err
}

// multiAssign compiles `$a, $b, $c = …`: each variable takes one element,
// the last takes the rest.
func (c *compiler) multiAssign(t *syntax.ArrayLiteral, rhs exprFn) exprFn {
	targets := make([]func(*Runner) (lref, error), len(t.Elems))
	for i, e := range t.Elems {
		targets[i] = c.lvalue(e)
	}
	return func(r *Runner) (any, error) {
		v, err := rhs(r)
		if err != nil {
			return nil, err
		}
		items := enumerate(v)
		for i, tf := range targets {
			ref, err := tf(r)
			if err != nil {
				return nil, err
			}
			var val any
			switch {
			case i == len(targets)-1 && len(items) > i+1:
				val = append([]any(nil), items[i:]...)
			case i < len(items):
				val = items[i]
			}
			if err := ref.set(r, val); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
}
