package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestSplitArrayType(t *testing.T) {
	tests := []struct {
		in   string
		elem string
		rank int
		ok   bool
	}{
		{"System.Int32[]", "System.Int32", 1, true},
		{"string[,]", "string", 2, true},
		{"int[,,]", "int", 3, true},
		{"List[string][]", "List[string]", 1, true},
		{"List[string]", "", 0, false},
		{"System.Collections.Generic.Dictionary`2[System.String,System.Int32]", "", 0, false},
		{"int", "", 0, false},
	}
	for _, tc := range tests {
		elem, rank, ok := SplitArrayType(tc.in)
		if elem != tc.elem || rank != tc.rank || ok != tc.ok {
			t.Errorf("SplitArrayType(%q) = %q, %d, %v; want %q, %d, %v", tc.in, elem, rank, ok, tc.elem, tc.rank, tc.ok)
		}
	}
}

func TestMDArrayTypes(t *testing.T) {
	for in, want := range map[string]string{
		"int[,]":            "System.Int32[,]",
		"string[,,]":        "System.String[,,]",
		"System.Double[, ]": "System.Double[,]",
	} {
		tv, ok := ResolveType(in)
		if !ok || tv.FullName != want {
			t.Errorf("ResolveType(%q) = %v, %v; want %s", in, tv, ok, want)
		}
	}
	a := object.NewMDArray("System.Int32", []int{2, 3}, int32(0))
	if got := TypeName(a); got != "System.Int32[,]" {
		t.Errorf("TypeName = %q", got)
	}
	if got := Name(a); got != "Int32[,]" {
		t.Errorf("Name = %q", got)
	}
	if !IsInstance(a, typeValue("System.Array")) {
		t.Error("an Int32[,] is not an Array")
	}
	if items, ok := Enumerate(a); !ok || len(items) != 6 {
		t.Errorf("Enumerate = %v, %v", items, ok)
	}
	if got := TypeString("System.String[,]"); got != "string[,]" {
		t.Errorf("TypeString = %q", got)
	}
	if _, err := Convert([]any{int32(1)}, "int[,]"); err == nil {
		t.Error("a one-dimensional array converted to int[,]")
	}
	s, err := Convert(a, "string[,]")
	if err != nil {
		t.Fatal(err)
	}
	if md := s.(*object.MDArray); md.ElemType != "System.String" || md.Items[0] != "0" {
		t.Errorf("Convert to string[,] = %#v", md)
	}
}

func TestQualifiedFullName(t *testing.T) {
	const ms = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	tests := []struct{ in, want string }{
		{"System.Int32", "System.Int32"},
		{"System.Int32[,]", "System.Int32[,]"},
		{"System.Collections.Generic.List`1[System.String]", "System.Collections.Generic.List`1[[System.String, " + ms + "]]"},
		{"System.Collections.Generic.Dictionary`2[System.String,System.Int32]",
			"System.Collections.Generic.Dictionary`2[[System.String, " + ms + "],[System.Int32, " + ms + "]]"},
		{"System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]",
			"System.Collections.Generic.List`1[[System.Collections.Generic.List`1[[System.Int32, " + ms + "]], " + ms + "]]"},
		{"System.Collections.Generic.List`1[System.Management.Automation.PSObject]",
			"System.Collections.Generic.List`1[[System.Management.Automation.PSObject, System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]"},
	}
	for _, tc := range tests {
		if got := QualifiedFullName(tc.in); got != tc.want {
			t.Errorf("QualifiedFullName(%q)\n got  %s\n want %s", tc.in, got, tc.want)
		}
	}
}

func TestConvertToReference(t *testing.T) {
	ref := object.NewObject(refType, "System.Object")
	if v, err := Convert(ref, "ref"); err != nil || v != ref {
		t.Errorf("a reference did not pass: %v, %v", v, err)
	}
	for _, v := range []any{int32(8), nil, "x"} {
		_, err := Convert(v, "ref")
		ex, ok := err.(*object.Exception)
		if !ok || ex.Message != "Reference type is expected in argument." {
			t.Errorf("Convert(%v, ref) error = %v", v, err)
		}
	}
}
