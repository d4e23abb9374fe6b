package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestGenericDictionary(t *testing.T) {
	v, err := New("System.Collections.Generic.Dictionary[string,int]", nil)
	if err != nil {
		t.Fatal(err)
	}
	d := v.(*object.Hashtable)
	if got := dotnet.TypeName(d); got != "System.Collections.Generic.Dictionary`2[System.String,System.Int32]" {
		t.Errorf("TypeName = %q", got)
	}
	mustCall := func(name string, args ...any) any {
		t.Helper()
		r, err := Call(d, name, args)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	mustCall("Add", "k", "5")
	if v, _ := d.Get("k"); v != int32(5) {
		t.Errorf("Add did not convert the value to Int32: %#v", v)
	}
	if _, err := Call(d, "Add", []any{"k", 1}); err == nil {
		t.Error("a duplicate Add succeeded")
	}
	if mustCall("ContainsKey", "K") != false {
		t.Error("keys are not case-sensitive")
	}
	ref := object.NewObject("System.Management.Automation.PSReference")
	var got any
	ref.Add(&object.Member{Name: "Value", Kind: object.Property, Get: func() any { return got }, Set: func(v any) error { got = v; return nil }})
	if mustCall("TryGetValue", "k", ref) != true || got != int32(5) {
		t.Errorf("TryGetValue set %v", got)
	}
	if mustCall("TryGetValue", "nope", ref) != false || got != int32(0) {
		t.Errorf("TryGetValue of a missing key set %v, want default(int)", got)
	}
	if _, err := Call(d, "get_Item", []any{"nope"}); err == nil {
		t.Error("Item of a missing key did not throw KeyNotFoundException")
	}
	if DictGet(d, "nope") != nil {
		t.Error("the indexer of a missing key is not $null")
	}
	pairs := mustCall("GetEnumerator").([]any)
	if len(pairs) != 1 || dotnet.TypeName(pairs[0]) != "System.Collections.Generic.KeyValuePair`2[System.String,System.Int32]" {
		t.Errorf("GetEnumerator = %v", pairs)
	}
	if s, _ := Call(pairs[0], "ToString", nil); s != "[k, 5]" {
		t.Errorf("KeyValuePair.ToString() = %v", s)
	}
	if mustCall("Remove", "k") != true || mustCall("Remove", "k") != false {
		t.Error("Remove does not report whether it removed")
	}
	ic, _ := GetStatic(&object.TypeValue{FullName: "System.StringComparer"}, "OrdinalIgnoreCase")
	v, err = New("System.Collections.Generic.Dictionary[string,string]", []any{ic})
	if err != nil {
		t.Fatal(err)
	}
	ci := v.(*object.Hashtable)
	_ = DictSet(ci, "Key", "a")
	_ = DictSet(ci, "KEY", "b")
	if ci.Len() != 1 || DictGet(ci, "key") != "b" {
		t.Errorf("OrdinalIgnoreCase dictionary: len %d", ci.Len())
	}
}

func TestMDArrayMembers(t *testing.T) {
	v, err := New("int[,]", []any{int32(2), int32(3)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		method string
		args   []any
		want   any
	}{
		{"GetLength", []any{int32(0)}, int32(2)},
		{"GetLength", []any{int32(1)}, int32(3)},
		{"GetUpperBound", []any{int32(1)}, int32(2)},
		{"GetLowerBound", []any{int32(0)}, int32(0)},
		{"GetValue", []any{int32(1), int32(2)}, int32(0)},
		{"ToString", nil, "System.Int32[,]"},
	}
	for _, tc := range tests {
		got, err := Call(v, tc.method, tc.args)
		if err != nil || got != tc.want {
			t.Errorf("%s%v = %v, %v; want %v", tc.method, tc.args, got, err, tc.want)
		}
	}
	if _, err := Call(v, "SetValue", []any{"7", int32(1), int32(2)}); err != nil {
		t.Fatal(err)
	}
	if got, _ := Call(v, "GetValue", []any{int32(1), int32(2)}); got != int32(7) {
		t.Errorf("SetValue stored %#v", got)
	}
	for prop, want := range map[string]any{"Rank": int32(2), "Length": int32(6), "Count": int32(6)} {
		if got, _ := Get(v, prop); got != want {
			t.Errorf("%s = %v, want %v", prop, got, want)
		}
	}
	if _, err := Call(v, "GetLength", []any{int32(2)}); err == nil {
		t.Error("GetLength(2) of a rank-2 array succeeded")
	}
}

func TestPSTypeNamesQualified(t *testing.T) {
	v, err := New("System.Collections.Generic.List[string]", nil)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := Get(v, "pstypenames")
	items, _ := object.Elements(names)
	const want = "System.Collections.Generic.List`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]"
	if len(items) < 2 || items[0] != want || items[len(items)-1] != "System.Object" {
		t.Errorf("pstypenames = %v", items)
	}
}
