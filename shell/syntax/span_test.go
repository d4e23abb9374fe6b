package syntax

import (
	"reflect"
	"testing"
)

// spanned is a node or a script block (whose End field hides Span.End).
type spanned interface{ Pos() Pos }

// spanOf returns the extent of a node or script block.
func spanOf(n spanned) Span {
	if sb, ok := n.(*ScriptBlock); ok {
		return sb.Span
	}
	nn := n.(Node)
	return Span{nn.Pos(), nn.End()}
}

// walkNodes calls fn for every node reachable from n, with its parent.
func walkNodes(n, parent spanned, fn func(n, parent spanned)) {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return
	}
	fn(n, parent)
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if _, isFile := v.Interface().(*File); isFile {
				return
			}
			if c, ok := v.Interface().(spanned); ok {
				walkNodes(c, n, fn)
				return
			}
			visit(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		}
	}
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).IsExported() {
			visit(v.Field(i))
		}
	}
}

// Every node's span lies inside the source and inside its parent's span,
// so error markers built from spans point at the right text.
func TestSpansNest(t *testing.T) {
	visited := 0
	check := func(name, src string) {
		f := NewFile(name, src)
		sb, err := Parse(f)
		if err != nil {
			return
		}
		walkNodes(sb, nil, func(n, parent spanned) {
			visited++
			s := spanOf(n)
			if s.Start < 0 || s.Stop < s.Start || int(s.Stop) > len(f.Src) {
				t.Errorf("%s: %T span [%d,%d) outside source of %d bytes", name, n, s.Start, s.Stop, len(f.Src))
				return
			}
			if parent == nil {
				return
			}
			ps := spanOf(parent)
			if s.Start < ps.Start || s.Stop > ps.Stop {
				t.Errorf("%s: %T [%d,%d) %q not inside parent %T [%d,%d)", name, n, s.Start, s.Stop, f.Src[s.Start:s.Stop], parent, ps.Start, ps.Stop)
			}
		})
	}
	for name, src := range conformanceScripts(t) {
		check(name, src)
	}
	for _, tc := range parseTests {
		check(tc.in, tc.in)
	}
	if visited < 1000 {
		t.Errorf("walked only %d nodes", visited)
	}
}
