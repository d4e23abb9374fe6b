package dotnet

import (
	"math/big"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// Expected strings follow .NET Framework's Double.ToString() ("G", 15
// digits), about_Type_Conversion and about_Booleans.
func TestToString(t *testing.T) {
	dec, _ := ParseDecimal("1.50")
	obj := object.NewObject()
	obj.SetProp("a", int32(1))
	obj.SetProp("b", int32(2))
	tenth, fifth := 0.1, 0.2
	bill := 33.33 // run-time products, as PowerShell computes them
	tests := []struct {
		in   any
		want string
	}{
		{nil, ""},
		{true, "True"},
		{false, "False"},
		{int32(-5), "-5"},
		{tenth + fifth, "0.3"},
		{1e20, "1E+20"},
		{1e15, "1E+15"},
		{123456789012345.0, "123456789012345"},
		{1.58113883008419, "1.58113883008419"},
		{3.5, "3.5"},
		{bill * 0.20, "6.666"},
		{tenth*0 + 100000000000000.5, "100000000000001"},
		{bill * 0.15, "4.9995"},
		{5.1, "5.1"},
		{29.296875, "29.296875"},
		{0.0001, "0.0001"},
		{0.00001, "1E-05"},
		{-2.5e-10, "-2.5E-10"},
		{float32(0.1), "0.1"},
		{float32(1) / 3, "0.3333333"},
		{dec, "1.50"},
		{big.NewInt(12345678901234567), "12345678901234567"},
		{object.Char('x'), "x"},
		{time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local), "07/01/2015 00:00:00"},
		{object.TimeSpan(object.TicksPerDay + 2*object.TicksPerHour + 3*object.TicksPerMinute + 4*object.TicksPerSecond), "1.02:03:04"},
		{[]any{int32(1), int32(2), int32(3)}, "1 2 3"},
		{[]any{int32(1), []any{int32(2), int32(3)}}, "1 System.Object[]"},
		{object.NewHashtable(false), "System.Collections.Hashtable"},
		{object.NewHashtable(true), "System.Collections.Specialized.OrderedDictionary"},
		{obj, "@{a=1; b=2}"},
		{object.NewObject(), ""},
		{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, "int"},
		{&object.TypeValue{FullName: "System.String[]", Name: "String[]"}, "string[]"},
		{&object.TypeValue{FullName: "System.IO.Path", Name: "Path"}, "System.IO.Path"},
		{&object.TypeValue{FullName: "System.Management.Automation.WildcardPattern", Name: "WildcardPattern"}, "WildcardPattern"},
		{&object.TypeValue{FullName: "System.Management.Automation.PSObject", Name: "PSObject"}, "psobject"},
		{&object.TypeValue{FullName: "System.Int64", Name: "Int64"}, "long"},
		{&object.TypeValue{FullName: "System.Collections.Generic.List`1[System.String]", Name: "List`1"}, "System.Collections.Generic.List[string]"},
	}
	for _, tt := range tests {
		if got := ToString(tt.in); got != tt.want {
			t.Errorf("ToString(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := ToStringOFS([]any{int32(1), int32(2), int32(3)}, "-"); got != "1-2-3" {
		t.Errorf("ToStringOFS = %q", got)
	}
}

func TestToBool(t *testing.T) {
	tests := []struct {
		in   any
		want bool
	}{
		{nil, false},
		{"", false},
		{"False", true},
		{"hello", true},
		{int32(0), false},
		{0.0, false},
		{int32(3), true},
		{[]any{}, false},
		{[]any{int32(0)}, false},
		{[]any{int32(0), int32(0)}, true},
		{[]any{[]any{}}, false},
		{[]any{[]any{int32(0)}}, true},
		{object.NewHashtable(false), true},
		{object.NewObject(), true},
		{object.Null, false},
		{DecimalFromInt64(0), false},
		{object.Char(0), false},
	}
	for _, tt := range tests {
		if got := ToBool(tt.in); got != tt.want {
			t.Errorf("ToBool(%#v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestEnumerate(t *testing.T) {
	if _, ok := Enumerate("abc"); ok {
		t.Error("strings must not enumerate")
	}
	if _, ok := Enumerate(object.NewHashtable(false)); ok {
		t.Error("hashtables must not enumerate")
	}
	if _, ok := Enumerate(object.NewObject()); ok {
		t.Error("objects must not enumerate")
	}
	if items, ok := Enumerate([]any{1, 2}); !ok || len(items) != 2 {
		t.Error("arrays enumerate")
	}
	if items, ok := Enumerate(&object.List{Items: []any{1}}); !ok || len(items) != 1 {
		t.Error("lists enumerate")
	}
}

func TestMethodToString(t *testing.T) {
	co := object.NewObject()
	co.SetProp("one", "for the road")
	tests := []struct {
		in   any
		want string
	}{
		{co, ""},
		{[]any{int32(1)}, "System.Object[]"},
		{object.NewHashtable(false), "System.Collections.Hashtable"},
		{&object.List{TypeName: "System.Collections.Generic.List`1[System.String]"}, "System.Collections.Generic.List`1[System.String]"},
		{time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local), "7/1/2015 12:00:00 AM"},
		{1.5, "1.5"},
		{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, "int"},
	}
	for _, tt := range tests {
		if got := MethodToString(tt.in); got != tt.want {
			t.Errorf("MethodToString(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := ToString(co); got != "@{one=for the road}" {
		t.Errorf("ToString(custom) = %q", got)
	}
}
