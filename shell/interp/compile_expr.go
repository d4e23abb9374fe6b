package interp

import (
	"fmt"
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// expr compiles an expression.
func (c *compiler) expr(e syntax.Expr) exprFn {
	switch e := e.(type) {
	case *syntax.NumberLit:
		v := e.Value
		return func(*Runner) (any, error) { return v, nil }
	case *syntax.StringConst:
		v := e.Value
		return func(*Runner) (any, error) { return v, nil }
	case *syntax.ExpandableString:
		return c.expandable(e)
	case *syntax.VariableExpr:
		return c.varRead(e)
	case *syntax.BinaryExpr:
		return c.binary(e)
	case *syntax.UnaryExpr:
		return c.unary(e)
	case *syntax.ConvertExpr:
		return c.convert(e)
	case *syntax.TypeExpr:
		return c.typeLiteral(e.Type, e)
	case *syntax.MemberExpr:
		return c.member(e)
	case *syntax.InvokeMemberExpr:
		return c.invokeMember(e)
	case *syntax.IndexExpr:
		return c.index(e)
	case *syntax.ArrayLiteral:
		elems := make([]exprFn, len(e.Elems))
		for i, x := range e.Elems {
			elems[i] = c.expr(x)
		}
		return func(r *Runner) (any, error) {
			out := make([]any, len(elems))
			for i, f := range elems {
				v, err := f(r)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}
	case *syntax.ArrayExpr:
		body := c.block(e.Stmts, nil)
		return func(r *Runner) (any, error) {
			col := collector{items: []any{}}
			err := body.run(r, col.emit)
			r.keepOnReturn(err, col.items)
			return col.items, err
		}
	case *syntax.SubExpr:
		body := c.block(e.Stmts, nil)
		return func(r *Runner) (any, error) {
			col := r.getCollector()
			err := body.run(r, col.out)
			r.keepOnReturn(err, col.items)
			v := col.result()
			r.putCollector(col)
			return v, err
		}
	case *syntax.ParenExpr:
		return c.value(e.X)
	case *syntax.HashtableExpr:
		return c.hashtable(e, false)
	case *syntax.ScriptBlockExpr:
		sb := c.scriptBlock(e.Block)
		return func(*Runner) (any, error) { return sb, nil }
	case *syntax.TernaryExpr:
		cond, th, el := c.expr(e.Cond), c.expr(e.Then), c.expr(e.Else)
		return func(r *Runner) (any, error) {
			v, err := cond(r)
			if err != nil {
				return nil, err
			}
			if toBool(v) {
				return th(r)
			}
			return el(r)
		}
	}
	panic(fmt.Sprintf("interp: unknown expression %T", e))
}

// expandable compiles a double-quoted string: each part is converted with
// $OFS between array elements.
func (c *compiler) expandable(e *syntax.ExpandableString) exprFn {
	type part struct {
		lit  string
		expr exprFn
	}
	parts := make([]part, len(e.Parts))
	c.inString++
	for i, p := range e.Parts {
		if sc, ok := p.(*syntax.StringConst); ok {
			parts[i] = part{lit: sc.Value}
		} else {
			parts[i] = part{expr: c.expr(p)}
		}
	}
	c.inString--
	size := 0
	for _, p := range parts {
		size += len(p.lit)
		if p.expr != nil {
			size += 8
		}
	}
	return func(r *Runner) (any, error) {
		var b strings.Builder
		b.Grow(size)
		var num [12]byte
		for _, p := range parts {
			if p.expr == nil {
				b.WriteString(p.lit)
				continue
			}
			v, err := p.expr(r)
			if err != nil {
				return nil, err
			}
			switch t := v.(type) {
			case string:
				b.WriteString(t)
			case int32:
				b.Write(strconv.AppendInt(num[:0], int64(t), 10))
			case nil:
			default:
				b.WriteString(r.toStringOFS(v))
			}
		}
		return b.String(), nil
	}
}

// toStringOFS converts v to text with $OFS between array elements.
func (r *Runner) toStringOFS(v any) string {
	switch v.(type) {
	case []any, *object.List:
		return dotnet.ToStringOFS(v, r.ofs())
	}
	return dotnet.ToString(v)
}

func (c *compiler) hashtable(e *syntax.HashtableExpr, ordered bool) exprFn {
	type pair struct {
		key exprFn
		val exprFn
	}
	pairs := make([]pair, len(e.Pairs))
	for i, p := range e.Pairs {
		pairs[i] = pair{c.expr(p.Key), c.value(p.Value)}
	}
	at := siteOf(c.file, e)
	return func(r *Runner) (any, error) {
		h := object.NewHashtable(ordered)
		h.Capacity = len(pairs) // new Hashtable(count, …), as 5.1 compiles a literal
		for _, p := range pairs {
			k, err := p.key(r)
			if err != nil {
				return nil, err
			}
			v, err := p.val(r)
			if err != nil {
				return nil, err
			}
			if k == nil {
				return nil, at.wrap(newRuntimeError("A null key is not allowed in a hash literal.", "InvalidNullKey", "InvalidOperation"))
			}
			if h.Has(k) {
				return nil, at.wrap(newRuntimeError(fmt.Sprintf("Duplicate keys '%s' are not allowed in hash literals.", dotnet.ToString(k)), "DuplicateKeyInHashLiteral", "ParserError"))
			}
			h.Set(k, v)
		}
		return h, nil
	}
}

// typeLiteral compiles [TypeName] used as a value.
func (c *compiler) typeLiteral(t *syntax.TypeName, n syntax.Node) exprFn {
	name := t.Name
	at := siteOf(c.file, n)
	return func(r *Runner) (any, error) {
		tv, err := r.resolveType(name)
		if err != nil {
			return nil, at.wrap(err)
		}
		return tv, nil
	}
}

// resolveType finds a type by name (script enums are registered with
// dotnet when their definition runs).
func (r *Runner) resolveType(name string) (*object.TypeValue, error) {
	if tv, ok := dotnet.ResolveType(name); ok {
		return tv, nil
	}
	return nil, typeNotFound(name)
}

func typeNotFound(name string) *object.ErrorRecord {
	ex := object.NewException(runtimeExceptionType, "Unable to find type [%s].", name)
	return object.NewError(ex, "TypeNotFound", "InvalidOperation", name)
}

func (c *compiler) convert(e *syntax.ConvertExpr) exprFn {
	name := e.Type.Name
	lname := strings.ToLower(name)
	at := siteOf(c.file, e)
	if h, ok := e.X.(*syntax.HashtableExpr); ok {
		switch lname {
		case "ordered", "system.collections.specialized.ordereddictionary":
			return c.hashtable(h, true)
		case "pscustomobject", "system.management.automation.pscustomobject":
			ht := c.hashtable(h, true)
			return func(r *Runner) (any, error) {
				v, err := ht(r)
				if err != nil {
					return nil, err
				}
				return customObject(v.(*object.Hashtable)), nil
			}
		}
	}
	if v, ok := e.X.(*syntax.VariableExpr); ok && (lname == "ref" || lname == "system.management.automation.psreference") {
		return c.reference(v)
	}
	x := c.expr(e.X)
	if lname == "void" || lname == "system.void" {
		return func(r *Runner) (any, error) {
			_, err := x(r)
			return object.Null, err
		}
	}
	return func(r *Runner) (any, error) {
		v, err := x(r)
		if err != nil {
			return nil, err
		}
		out, err := r.convertTo(v, name)
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		return out, nil
	}
}

// customObject turns a hashtable literal into a PSCustomObject with its
// properties in the order written; a PSTypeName key names the object's
// type instead (about_PSCustomObject).
func customObject(h *object.Hashtable) *object.PSObject {
	o := object.NewObject()
	// A literal cast keeps the written order (it is built ordered); a
	// hashtable in a variable gives its enumeration order
	// (about_Object_Creation).
	for _, k := range h.EnumerationKeys() {
		v, _ := h.Get(k)
		name := dotnet.ToString(k)
		if strings.EqualFold(name, "PSTypeName") {
			o.TypeNames = append([]string{dotnet.ToString(v)}, o.TypeNames...)
			continue
		}
		o.SetProp(name, v)
	}
	return o
}

// convertTo converts v to the named type.
func (r *Runner) convertTo(v any, name string) (any, error) {
	switch strings.ToLower(name) {
	case "pscustomobject":
		if h, ok := v.(*object.Hashtable); ok {
			return customObject(h), nil
		}
	case "psobject", "system.management.automation.psobject":
		return psObjectWrap(v), nil
	case "ref", "system.management.automation.psreference":
		return valueReference(v), nil
	}
	// ops.ConvertTo parses a pattern cast to [regex] as Regex does.
	return ops.ConvertTo(v, name)
}

// reference compiles [ref]$v: a PSReference whose Value reads and writes
// the variable itself (created in the current scope when it does not
// exist yet), so a function or a .NET out parameter can set it.
func (c *compiler) reference(v *syntax.VariableExpr) exprFn {
	scope, name := v.Scope, v.Name
	return func(r *Runner) (any, error) {
		vr := r.lookupVar(scope, name)
		if vr == nil {
			vr = r.define(r.scope, name)
		}
		o := object.NewObject("System.Management.Automation.PSReference", "System.Object")
		o.Add(&object.Member{Name: "Value", Kind: object.Property,
			Get: func() any { return vr.value() },
			Set: func(val any) error { return r.assign(vr, val) }})
		return o, nil
	}
}
