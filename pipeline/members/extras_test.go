package members

import (
	"reflect"
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

func TestSplitOverloads(t *testing.T) {
	for _, tc := range []struct {
		def  string
		want []string
	}{
		{"string ToUpper(), string ToUpper(cultureinfo culture)", []string{"string ToUpper()", "string ToUpper(cultureinfo culture)"}},
		{"void Add(System.Collections.Generic.KeyValuePair[string,int] item)", []string{"void Add(System.Collections.Generic.KeyValuePair[string,int] item)"}},
		{"static double Sqrt(double d)", []string{"static double Sqrt(double d)"}},
	} {
		if got := SplitOverloads(tc.def); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitOverloads(%q) = %q", tc.def, got)
		}
	}
}

func TestGenericArgs(t *testing.T) {
	for _, tc := range []struct {
		full string
		want []string
	}{
		{"System.Collections.Generic.List`1[System.Int32]", []string{"System.Int32"}},
		{"System.Collections.Generic.Dictionary`2[System.String,System.Int32[]]", []string{"System.String", "System.Int32[]"}},
		{"System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]", []string{"System.Collections.Generic.List`1[System.Int32]"}},
		{"System.Int32", nil},
	} {
		if got := genericArgs(tc.full); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("genericArgs(%q) = %q", tc.full, got)
		}
	}
}

func TestTupleAndAccessors(t *testing.T) {
	tup, _, err := tupleStaticCall("create", []any{int32(1), "test"})
	if err != nil {
		t.Fatal(err)
	}
	o := tup.(*object.PSObject)
	for _, tc := range []struct {
		idx  any
		want any
	}{{int32(0), int32(1)}, {int32(1), "test"}, {int32(-1), "test"}, {int32(2), nil}} {
		got, err := o.Member("Item").Call([]any{tc.idx})
		if err != nil || got != tc.want {
			t.Errorf("tuple[%v] = %v, %v", tc.idx, got, err)
		}
	}
	if v, _ := Get(o, "Item2"); v != "test" {
		t.Errorf("Item2 = %v", v)
	}
	if s, _ := Call(o, "ToString", nil); s != "(1, test)" {
		t.Errorf("ToString = %v", s)
	}
	// get_X/set_X exist for .NET properties only, not note properties.
	if n, err := Call("abc", "get_Length", nil); err != nil || n != int32(3) {
		t.Errorf("get_Length = %v, %v", n, err)
	}
	custom := object.NewObject()
	custom.SetProp("A", int32(1))
	if _, found, _ := accessorMethod(custom, "get_A", nil); found {
		t.Error("a note property has no get_A accessor")
	}
}

func TestWebUtility(t *testing.T) {
	for _, tc := range []struct {
		method, in, want string
	}{
		{"htmlencode", `<a href="x">'&'</a>`, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"},
		{"htmldecode", "&lt;b&gt;", "<b>"},
		{"urlencode", "a b&c", "a+b%26c"},
		{"urldecode", "a+b%26c", "a b&c"},
	} {
		got, found, err := webUtilityStaticCall(tc.method, []any{tc.in})
		if !found || err != nil || got != tc.want {
			t.Errorf("%s(%q) = %v, %v, %v", tc.method, tc.in, got, found, err)
		}
	}
}

func TestArgConversionError(t *testing.T) {
	const def = "string Substring(int startIndex), string Substring(int startIndex, int length)"
	for _, tc := range []struct {
		args []any
		want string
	}{
		{[]any{"x"}, `Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": `},
		{[]any{int32(1), "y"}, `Cannot convert argument "length", with value: "y", for "Substring" to type "System.Int32": `},
	} {
		_, _, cerr := call("abc", "Substring", tc.args)
		err, ok := argConversionError(def, "Substring", tc.args, cerr)
		if !ok || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Substring(%v): %v (%v)", tc.args, err, cerr)
		}
	}
	if _, ok := argConversionError("", "X", nil, nil); ok {
		t.Error("no definition: no argument error")
	}
}
