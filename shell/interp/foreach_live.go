package interp

import (
	"strings"

	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// A foreach statement walks a live .NET enumerator: when its body adds
// to, removes from or sets an element of the ArrayList, List[T] or
// hashtable being walked, the next MoveNext fails with .NET's
// InvalidOperationException, placed at the loop variable as Windows
// PowerShell shows it. The walk is over a snapshot, so the live
// collection is found from the source: the value itself (a list), or the
// variable under $h.Keys, $h.Values, $h.GetEnumerator() (a read of a
// variable has no side effect, so it can be read again).

// liveSource returns the code that reads the collection behind the
// foreach source s, or nil when s names none.
func (c *compiler) liveSource(s syntax.Stmt) exprFn {
	return c.liveSourceExpr(stmtExpr(s))
}

// liveSourceExpr is liveSource for an expression (a pipeline's head).
func (c *compiler) liveSourceExpr(x syntax.Expr) exprFn {
	for {
		p, ok := x.(*syntax.ParenExpr)
		if !ok {
			break
		}
		x = stmtExpr(p.X)
	}
	var base syntax.Expr
	switch t := x.(type) {
	case *syntax.VariableExpr:
		return nil // the value itself is checked
	case *syntax.MemberExpr:
		if n, ok := t.Name.(*syntax.StringConst); ok && !t.Static && liveMember(n.Value) {
			base = t.X
		}
	case *syntax.InvokeMemberExpr:
		if n, ok := t.Name.(*syntax.StringConst); ok && !t.Static && len(t.Args) == 0 && strings.EqualFold(n.Value, "GetEnumerator") {
			base = t.X
			if m, ok := base.(*syntax.MemberExpr); ok {
				if n, ok := m.Name.(*syntax.StringConst); ok && !m.Static && liveMember(n.Value) {
					base = m.X // $h.Keys.GetEnumerator()
				}
			}
		}
	}
	if v, ok := base.(*syntax.VariableExpr); ok && !v.Splat {
		return c.expr(v)
	}
	return nil
}

// liveMember names the dictionary views that enumerate the dictionary.
func liveMember(name string) bool {
	return strings.EqualFold(name, "Keys") || strings.EqualFold(name, "Values")
}

// stmtExpr is the expression a one-element pipeline statement holds.
func stmtExpr(s syntax.Stmt) syntax.Expr {
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
		if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok && len(ce.Redirections) == 0 {
			return ce.X
		}
	}
	return nil
}

// collectionModified is the error of a foreach whose collection changed.
func collectionModified(at site) error {
	ex := object.NewException("System.InvalidOperationException", "%s", object.MsgCollectionModified)
	rec := object.NewError(ex, "System.InvalidOperationException", "OperationStopped", nil)
	rec.Invocation = at.info()
	return rec
}

// liveMark is the mark of what v's enumeration walks: v itself (a list),
// or the collection live reads.
func liveMark(r *Runner, v any, live exprFn) (object.Mark, any, bool) {
	if m, ok := object.MarkOf(v); ok {
		return m, v, true
	}
	if live != nil {
		if src, err := live(r); err == nil {
			if m, ok := object.MarkOf(src); ok {
				return m, src, true
			}
		}
	}
	return object.Mark{}, nil, false
}

// emitLive writes the elements of a pipeline's head value downstream,
// failing as PowerShell's pipeline does (BadEnumeration) when a
// downstream command changes the collection they come from.
func emitLive(v any, mark object.Mark, src any, at site, out emitFn) error {
	items := enumerate(v)
	for i, item := range items {
		if i > 0 && mark.Changed() {
			return badEnumeration(at, src)
		}
		if err := out(item); err != nil {
			return err
		}
	}
	if len(items) > 0 && mark.Changed() {
		return badEnumeration(at, src)
	}
	return nil
}

// badEnumeration is the RuntimeException the pipeline raises when its
// enumerator fails (ParserStrings.BadEnumeration wrapping .NET's
// exception); the target is the enumerator.
func badEnumeration(at site, src any) error {
	inner := object.NewException("System.InvalidOperationException", "%s", object.MsgCollectionModified)
	ex := object.NewException(runtimeExceptionType, "An error occurred while enumerating through a collection: %s.", object.MsgCollectionModified)
	ex.Inner = inner
	name := enumeratorType(src)
	short := name[strings.LastIndexAny(name, ".+")+1:]
	if i := strings.IndexByte(short, '['); i > 0 {
		short = short[:i]
	}
	rec := object.NewError(ex, "BadEnumeration", "InvalidOperation", object.NewEnumerator(name, nil))
	rec.TargetName, rec.TargetType = name, short
	rec.Invocation = at.info()
	return rec
}

// enumeratorType is the .NET type of the enumerator over src.
func enumeratorType(src any) string {
	switch t := src.(type) {
	case *object.Hashtable:
		switch {
		case t.Dict != nil:
			return "System.Collections.Generic.Dictionary`2+Enumerator"
		case t.Ordered:
			return "System.Collections.Specialized.OrderedDictionary+OrderedDictionaryEnumerator"
		}
		return "System.Collections.Hashtable+HashtableEnumerator"
	case *object.List:
		if strings.HasPrefix(t.TypeName, "System.Collections.Generic.List`1") {
			return "System.Collections.Generic.List`1+Enumerator" + strings.TrimPrefix(t.TypeName, "System.Collections.Generic.List`1")
		}
		if t.TypeName == "System.Collections.ArrayList" {
			return "System.Collections.ArrayList+ArrayListEnumeratorSimple"
		}
	}
	return "System.Collections.IEnumerator"
}
