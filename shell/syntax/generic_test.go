package syntax

import "testing"

// TestGenericMethodArgs pins PowerShell 7.3's generic method call syntax,
// X.Method[T](args) and [T]::Method[T1,T2](args): the bracket after the
// name holds type arguments only when '(' follows it directly.
func TestGenericMethodArgs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[Array]::Empty[string]()", "[Array]::Empty[string]()"},
		{"$x.ConvertAll[int](1)", "$x.ConvertAll[int](1:int32)"},
		{"[Linq.Enumerable]::Cast[System.Collections.Generic.List[int]]($a)", "[Linq.Enumerable]::Cast[System.Collections.Generic.List[int]]($a)"},
		{"$o.Method[string, int]('a', 1)", "$o.Method[string,int](\"a\", 1:int32)"},
		{"$o.M[string[]](1)", "$o.M[string[]](1:int32)"},
	}
	for _, tc := range tests {
		f, err := Parse(NewFile("", tc.in))
		if err != nil {
			t.Errorf("%q: unexpected error %v", tc.in, err)
			continue
		}
		if got := sexpr(f); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, got, tc.want)
		}
		checkPrefixes(t, tc.in, tc.in)
	}
	// The type arguments' spans cover their text.
	src := "$o.Method[string, int]('a', 1)"
	f, _ := Parse(NewFile("", src))
	if im := findInvoke(f); im == nil || len(im.GenericArgs) != 2 {
		t.Fatalf("%q: no generic call found", src)
	} else {
		for _, ta := range im.GenericArgs {
			if got := src[ta.Pos():ta.End()]; got != ta.Name {
				t.Errorf("span of %q covers %q", ta.Name, got)
			}
		}
	}
	// At the end of the text the call may still be completed.
	if _, err := Parse(NewFile("", "[Array]::Empty[string]")); err == nil || !err.(ParseErrors).Incomplete() {
		t.Errorf("[Array]::Empty[string]: error %v, want an incomplete one", err)
	}
	// Without '(' right after ']', the bracket is an index.
	for _, in := range []string{"$o.Items[0]", "$o.Items[0] + 1"} {
		f, err := Parse(NewFile("", in))
		if err != nil {
			t.Errorf("%q: unexpected error %v", in, err)
			continue
		}
		if findInvoke(f) != nil {
			t.Errorf("%q parsed as a method call", in)
		}
	}
}

// findInvoke returns the first method call of a one-statement script.
func findInvoke(f *ScriptBlock) *InvokeMemberExpr {
	var found *InvokeMemberExpr
	var walk func(n any)
	walk = func(n any) {
		switch x := n.(type) {
		case *InvokeMemberExpr:
			found = x
		case *ScriptBlock:
			walk(x.End)
		case *NamedBlock:
			for _, s := range x.Stmts {
				walk(s)
			}
		case *Pipeline:
			for _, e := range x.Elements {
				walk(e)
			}
		case *CommandExpr:
			walk(x.X)
		case *BinaryExpr:
			walk(x.X)
		}
	}
	walk(f)
	return found
}
