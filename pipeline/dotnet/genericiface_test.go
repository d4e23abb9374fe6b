package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestGenericInterfaceInstances(t *testing.T) {
	list := &object.List{TypeName: "System.Collections.Generic.List`1[System.String]"}
	cases := []struct {
		v    any
		typ  string
		want bool
	}{
		{list, "System.Collections.Generic.IEnumerable[string]", true},
		{list, "System.Collections.Generic.IList[string]", true},
		{list, "System.Collections.Generic.IList[int]", false},
		{list, "System.Collections.Generic.IReadOnlyList[string]", true},
		{"abc", "System.Collections.Generic.IEnumerable[char]", true},
		{"abc", "System.IComparable[string]", true},
		{int32(5), "IComparable[int]", true},
		{int32(5), "IEquatable[long]", false},
		{[]any{int32(1)}, "System.Collections.Generic.IEnumerable[object]", true},
		{[]any{int32(1)}, "System.Collections.Generic.IEnumerable[int]", false},
	}
	for _, c := range cases {
		tv, ok := ResolveType(c.typ)
		if !ok {
			t.Errorf("ResolveType(%q) failed", c.typ)
			continue
		}
		if got := IsInstance(c.v, tv); got != c.want {
			t.Errorf("%v -is [%s] = %v, want %v", c.v, c.typ, got, c.want)
		}
	}
	if b := BaseType("System.Collections.Generic.IList`1[System.Int32]"); b != "" {
		t.Errorf("BaseType of IList`1 = %q, want none", b)
	}
}

func TestDelegateTypes(t *testing.T) {
	tv, ok := ResolveType("Func[int,float]")
	if !ok || tv.FullName != "System.Func`2[System.Int32,System.Single]" {
		t.Fatalf("ResolveType(Func[int,float]) = %v, %v", tv, ok)
	}
	if got := DelegateReturnType(tv.FullName); got != "System.Single" {
		t.Errorf("DelegateReturnType = %q, want System.Single", got)
	}
	if got := BaseType(tv.FullName); got != "System.MulticastDelegate" {
		t.Errorf("BaseType = %q", got)
	}
	d := &object.Delegate{TypeName: tv.FullName}
	mc, _ := ResolveType("System.MulticastDelegate")
	if !IsInstance(d, mc) || !IsInstance(d, tv) {
		t.Error("a Func delegate is not -is [MulticastDelegate] / its own type")
	}
	if p, ok := ResolveType("Predicate[object]"); !ok || DelegateReturnType(p.FullName) != "System.Boolean" {
		t.Errorf("Predicate[object] = %v, %v", p, ok)
	}
}
