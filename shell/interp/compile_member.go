package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// memberName compiles the name after `.` or `::`.
func (c *compiler) memberName(e syntax.Expr) func(r *Runner) (string, error) {
	if sc, ok := e.(*syntax.StringConst); ok {
		name := sc.Value
		return func(*Runner) (string, error) { return name, nil }
	}
	x := c.expr(e)
	return func(r *Runner) (string, error) {
		v, err := x(r)
		if err != nil {
			return "", err
		}
		return dotnet.ToString(v), nil
	}
}

func (c *compiler) member(e *syntax.MemberExpr) exprFn {
	x := c.expr(e.X)
	name := c.memberName(e.Name)
	at := siteOf(c.file, e)
	static, nullCond := e.Static, e.NullCond
	return func(r *Runner) (any, error) {
		obj, err := x(r)
		if err != nil {
			return nil, err
		}
		n, err := name(r)
		if err != nil {
			return nil, err
		}
		if static {
			tv, ok := obj.(*object.TypeValue)
			if !ok {
				// $obj::Name reads a static member of the object's type.
				var err error
				if tv, err = r.resolveType(dotnet.TypeName(obj)); err != nil {
					return nil, at.wrapStmt(err)
				}
			}
			v, err := r.getStatic(tv, n)
			if err == nil && v == nil {
				// [math]::Round without parentheses: the method itself.
				if m, ok := members.StaticMethodObject(tv, n); ok {
					return m, nil
				}
			}
			return v, at.wrapStmt(err)
		}
		if obj == nil || obj == object.Null {
			if nullCond {
				return nil, nil
			}
			if r.strictVersion() >= 2 {
				return nil, at.wrapStmt(propertyNotFoundStrict(n))
			}
		}
		if sb, ok := obj.(*ScriptBlock); ok {
			if v, ok := sb.property(n); ok {
				return v, nil
			}
		}
		v, err := members.Get(obj, n)
		if err == nil && v == nil {
			// 'abc'.ToUpper without parentheses: the method itself.
			if m, ok := members.MethodObject(obj, n); ok {
				return m, nil
			}
		}
		if err == nil && v == nil && r.strictVersion() >= 2 && !hasProperty(obj, n) {
			return nil, at.wrapStmt(propertyNotFoundStrict(n))
		}
		if err == nil && r.strictUsed && (intrinsicCount(obj, n) || enumeratedMissing(obj, n)) && r.strictVersion() >= 2 {
			return nil, at.wrapStmt(propertyNotFoundStrict(n))
		}
		return v, at.wrapStmt(err)
	}
}

// hasProperty reports whether v has a property called name (strict mode
// 2 makes reading a missing one an error).
func hasProperty(v any, name string) bool {
	switch t := v.(type) {
	case *object.Hashtable:
		// A key, or one of the dictionary's own properties (Count,
		// Keys, …): $h.Missing is an error in strict mode 2
		// (PSGetDynamicMemberBinder.GetIDictionaryMember).
		if t.Has(name) {
			return true
		}
	case *object.PSObject:
		if t.Member(name) != nil {
			return true
		}
		if t.Base != nil {
			return hasProperty(t.Base, name)
		}
		return false
	}
	for _, m := range members.Properties(v) {
		if strings.EqualFold(m.Name, name) {
			return true
		}
	}
	return false
}

func (c *compiler) invokeMember(e *syntax.InvokeMemberExpr) exprFn {
	if f := c.baseMethodCall(e); f != nil {
		return f
	}
	x := c.expr(e.X)
	name := c.memberName(e.Name)
	args := make([]exprFn, len(e.Args))
	for i, a := range e.Args {
		args[i] = c.expr(a)
	}
	at := siteOf(c.file, e)
	static, nullCond := e.Static, e.NullCond
	gargs := c.genericArgs(e)
	return func(r *Runner) (any, error) {
		obj, err := x(r)
		if err != nil {
			return nil, err
		}
		n, err := name(r)
		if err != nil {
			return nil, err
		}
		var targs []*object.TypeValue
		if gargs != nil {
			if targs, err = gargs(r); err != nil {
				return nil, err
			}
		}
		vals := make([]any, len(args))
		for i, a := range args {
			if vals[i], err = a(r); err != nil {
				return nil, err
			}
		}
		if static {
			tv, ok := obj.(*object.TypeValue)
			if !ok {
				return nil, at.wrapStmt(newRuntimeError("Unable to find type.", "TypeNotFound", "InvalidOperation"))
			}
			if strings.EqualFold(tv.FullName, "System.Management.Automation.ScriptBlock") && strings.EqualFold(n, "Create") && len(vals) == 1 {
				sb, err := r.createScriptBlock(dotnet.ToString(vals[0]))
				return sb, at.wrapStmt(err)
			}
			if targs != nil {
				if v, handled, err := genericStatic(tv, n, targs, vals); handled {
					return v, at.wrapStmt(err)
				}
			}
			v, err := members.CallStatic(tv, n, vals)
			return v, at.wrapStmt(err)
		}
		if obj == nil || obj == object.Null {
			if nullCond {
				return nil, nil
			}
			return nil, at.wrapStmt(newRuntimeError(msgNullMethod, "InvokeMethodOnNull", "InvalidOperation"))
		}
		if sb, ok := obj.(*ScriptBlock); ok {
			if v, handled, err := r.scriptBlockMethod(sb, n, vals); handled {
				return v, at.wrapStmt(err)
			}
		}
		switch strings.ToLower(n) {
		case "where":
			if len(vals) >= 1 {
				if sb, ok := vals[0].(*ScriptBlock); ok {
					v, err := r.whereMethod(obj, sb, vals[1:])
					return v, at.wrapStmt(err)
				}
			}
		case "foreach":
			if len(vals) >= 1 {
				v, err := r.foreachMethod(obj, vals[0], vals[1:])
				return v, at.wrapStmt(err)
			}
		}
		v, err := members.Call(obj, n, vals)
		return v, at.wrapStmt(err)
	}
}

// collectionOf is what .Where{} and .ForEach{} walk: a collection's
// elements or the value alone.
func collectionOf(v any) []any {
	if v == nil {
		return nil
	}
	return enumerate(v)
}

// whereMethod is .Where({…}, mode, count): modes Default, First, Last,
// SkipUntil, Until, Split (about_Arrays).
func (r *Runner) whereMethod(obj any, sb *ScriptBlock, rest []any) (any, error) {
	mode := "default"
	count := 0
	if len(rest) > 0 {
		mode = strings.ToLower(dotnet.ToString(rest[0]))
	}
	if len(rest) > 1 {
		n, err := dotnet.Convert(rest[1], "int")
		if err != nil {
			return nil, err
		}
		count = int(n.(int32))
	}
	items := collectionOf(obj)
	var out, other []any
	out = []any{}
	test := func(v any) (bool, error) {
		res, err := r.invokeBlock(sb, invokeOpts{dollarUnder: v, useDollarUnder: true})
		if err != nil {
			return false, err
		}
		return toBool(object.Collapse(res)), nil
	}
	switch mode {
	case "default", "first":
		limit := count
		if mode == "first" && limit == 0 {
			limit = 1
		}
		for _, v := range items {
			ok, err := test(v)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, v)
				if limit > 0 && len(out) == limit {
					break
				}
			}
		}
	case "last":
		limit := count
		if limit == 0 {
			limit = 1
		}
		for _, v := range items {
			ok, err := test(v)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, v)
			}
		}
		if len(out) > limit {
			out = out[len(out)-limit:]
		}
	case "skipuntil", "until":
		found := false
		for _, v := range items {
			if !found {
				ok, err := test(v)
				if err != nil {
					return nil, err
				}
				found = ok
			}
			if found == (mode == "skipuntil") {
				if count > 0 && len(out) == count {
					break
				}
				out = append(out, v)
			} else if mode == "until" {
				break
			}
		}
	case "split":
		other = []any{}
		for _, v := range items {
			ok, err := test(v)
			if err != nil {
				return nil, err
			}
			if ok && (count == 0 || len(out) < count) {
				out = append(out, v)
			} else {
				other = append(other, v)
			}
		}
		return []any{out, other}, nil
	default:
		return nil, object.NewException("System.Management.Automation.PSArgumentException",
			"Cannot convert value \"%s\" to type \"System.Management.Automation.WhereOperatorSelectionMode\".", mode)
	}
	return out, nil
}

// foreachMethod is .ForEach(): a script block run per element, a property
// name, a method name with arguments, or a type to convert to.
func (r *Runner) foreachMethod(obj any, what any, rest []any) (any, error) {
	items := collectionOf(obj)
	out := []any{}
	switch w := what.(type) {
	case *ScriptBlock:
		for _, v := range items {
			res, err := r.invokeBlock(w, invokeOpts{dollarUnder: v, useDollarUnder: true, args: rest})
			if err != nil {
				return nil, err
			}
			out = append(out, res...)
		}
		return out, nil
	case *object.TypeValue:
		for _, v := range items {
			cv, err := dotnet.Convert(v, w.FullName)
			if err != nil {
				return nil, err
			}
			out = append(out, cv)
		}
		return out, nil
	}
	name := dotnet.ToString(what)
	for _, v := range items {
		var res any
		var err error
		if _, dict := v.(*object.Hashtable); len(rest) > 0 && !dict && hasProperty(v, name) {
			// .ForEach('Name', value) sets the property on each item
			// (about_Arrays, ForEach(string propertyName, object[]
			// newValue)).
			var val any = rest[0]
			if len(rest) > 1 {
				val = append([]any(nil), rest...)
			}
			if err := members.Set(v, name, val); err != nil {
				return nil, err
			}
			continue
		}
		_, dict := v.(*object.Hashtable)
		if len(rest) > 0 || !dict && !hasProperty(v, name) {
			res, err = members.Call(v, name, rest)
		} else {
			res, err = members.Get(v, name)
		}
		if err != nil {
			return nil, err
		}
		if len(rest) == 0 && res == nil {
			continue
		}
		out = append(out, res)
	}
	return out, nil
}
