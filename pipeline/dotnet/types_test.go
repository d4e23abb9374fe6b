package dotnet

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// Names as .GetType().FullName and .Name report them (about_Numeric_Literals,
// about_Arithmetic_Operators).
func TestTypeName(t *testing.T) {
	tests := []struct {
		in         any
		full, name string
	}{
		{int32(1), "System.Int32", "Int32"},
		{1.5, "System.Double", "Double"},
		{"s", "System.String", "String"},
		{[]any{}, "System.Object[]", "Object[]"},
		{object.NewHashtable(false), "System.Collections.Hashtable", "Hashtable"},
		{object.NewObject(), "System.Management.Automation.PSCustomObject", "PSCustomObject"},
		{time.Now(), "System.DateTime", "DateTime"},
		{object.TimeSpan(0), "System.TimeSpan", "TimeSpan"},
		{object.Char('a'), "System.Char", "Char"},
		{DecimalFromInt64(1), "System.Decimal", "Decimal"},
		{big.NewInt(1), "System.Numerics.BigInteger", "BigInteger"},
		{uint8(1), "System.Byte", "Byte"},
		{int8(1), "System.SByte", "SByte"},
		{uint16(1), "System.UInt16", "UInt16"},
		{&object.List{}, "System.Collections.ArrayList", "ArrayList"},
		{&object.List{TypeName: "System.Collections.Generic.List`1[System.String]"}, "System.Collections.Generic.List`1[System.String]", "List`1"},
	}
	for _, tt := range tests {
		if got := TypeName(tt.in); got != tt.full {
			t.Errorf("TypeName(%#v) = %q, want %q", tt.in, got, tt.full)
		}
		if got := Name(tt.in); got != tt.name {
			t.Errorf("Name(%#v) = %q, want %q", tt.in, got, tt.name)
		}
	}
}

func TestResolveType(t *testing.T) {
	tests := []struct{ in, full string }{
		{"int", "System.Int32"},
		{"INT", "System.Int32"},
		{"Int32", "System.Int32"},
		{"System.Int32", "System.Int32"},
		{"long", "System.Int64"},
		{"float", "System.Single"},
		{"bigint", "System.Numerics.BigInteger"},
		{"hashtable", "System.Collections.Hashtable"},
		{"ordered", "System.Collections.Specialized.OrderedDictionary"},
		{"pscustomobject", "System.Management.Automation.PSObject"},
		{"regex", "System.Text.RegularExpressions.Regex"},
		{"xml", "System.Xml.XmlDocument"},
		{"int[]", "System.Int32[]"},
		{"string[]", "System.String[]"},
		{"IO.Path", "System.IO.Path"},
		{"System.IO.FileNotFoundException", "System.IO.FileNotFoundException"},
		{"List[string]", "System.Collections.Generic.List`1[System.String]"},
		{"System.Collections.Generic.Dictionary[string,int]", "System.Collections.Generic.Dictionary`2[System.String,System.Int32]"},
		{"math", "System.Math"},
		{"Math", "System.Math"},
	}
	for _, tt := range tests {
		tv, ok := ResolveType(tt.in)
		if !ok || tv.FullName != tt.full {
			t.Errorf("ResolveType(%q) = %v, %v; want %q", tt.in, tv, ok, tt.full)
		}
	}
	if _, ok := ResolveType("NoSuchType"); ok {
		t.Error("unknown type resolved")
	}
	if tv, _ := ResolveType("int[]"); tv.Name != "Int32[]" {
		t.Errorf("int[] Name = %q", tv.Name)
	}
}

func TestIsInstanceAndCatch(t *testing.T) {
	ty := func(n string) *object.TypeValue { tv, _ := ResolveType(n); return tv }
	tests := []struct {
		v    any
		t    string
		want bool
	}{
		{int32(1), "int", true},
		{"1", "int", false},
		{int32(1), "ValueType", true},
		{int32(1), "object", true},
		{"1", "string", true},
		{[]any{}, "array", true},
		{[]any{}, "object[]", true},
		{object.NewHashtable(false), "hashtable", true},
		{object.NewHashtable(false), "System.Collections.IDictionary", true},
		{object.NewObject(), "pscustomobject", true},
		{object.NewObject(), "psobject", true},
		{int32(1), "psobject", false},
		{nil, "object", false},
		{2.5, "System.IComparable", true},
		{&object.Exception{Type: "System.IO.FileNotFoundException"}, "System.IO.IOException", true},
	}
	for _, tt := range tests {
		if got := IsInstance(tt.v, ty(tt.t)); got != tt.want {
			t.Errorf("%#v -is [%s] = %v, want %v", tt.v, tt.t, got, tt.want)
		}
	}
	catches := []struct {
		ex, catch string
		want      bool
	}{
		{"System.IO.FileNotFoundException", "System.IO.IOException", true},
		{"System.IO.FileNotFoundException", "System.SystemException", true},
		{"System.IO.FileNotFoundException", "System.Exception", true},
		{"System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException", true},
		{"System.Management.Automation.ItemNotFoundException", "System.Management.Automation.RuntimeException", true},
		{"System.Management.Automation.PSInvalidCastException", "System.InvalidCastException", true},
		{"System.FormatException", "System.IO.IOException", false},
		{"System.DivideByZeroException", "System.ArithmeticException", true},
		{"System.Management.Automation.RuntimeException", "System.Management.Automation.CommandNotFoundException", false},
		{"System.Management.Automation.ParameterBindingValidationException", "System.Management.Automation.ParameterBindingException", true},
		{"System.Management.Automation.ParameterBindingArgumentTransformationException", "System.Management.Automation.RuntimeException", true},
	}
	for _, tt := range catches {
		if got := ExceptionIs(tt.ex, tt.catch); got != tt.want {
			t.Errorf("ExceptionIs(%s, %s) = %v", tt.ex, tt.catch, got)
		}
	}
}

// TypeAccelerator.Tests.ps1: every built-in accelerator resolves, in any
// case, to its type.
func TestBuiltinAccelerators(t *testing.T) {
	for _, a := range accelOrder {
		tv, ok := ResolveType(a)
		if !ok {
			t.Errorf("[%s] does not resolve", a)
			continue
		}
		if lookup(tv.FullName) == nil {
			t.Errorf("[%s] → %s is not in the type table", a, tv.FullName)
		}
		if up, _ := ResolveType(strings.ToUpper(a)); up == nil || up.FullName != tv.FullName {
			t.Errorf("[%s] is case-sensitive", a)
		}
	}
}

func TestGetTypeOfCustomObjects(t *testing.T) {
	// Select-Object's and PSTypeName'd objects are still PSCustomObjects
	// to GetType(); a cmdlet-made object keeps its own type name.
	sel := object.NewObject("Selected.System.String", object.PSCustomObjectType, "System.Object")
	if got := GetType(sel).FullName; got != object.PSCustomObjectType {
		t.Errorf("Selected object GetType() = %s", got)
	}
	cert := object.NewObject("System.Security.Cryptography.X509Certificates.X509Certificate2", "System.Object")
	if got := GetType(cert).FullName; got != "System.Security.Cryptography.X509Certificates.X509Certificate2" {
		t.Errorf("certificate GetType() = %s", got)
	}
}

func TestParsedDatesAreUnspecified(t *testing.T) {
	// [datetime]'2020-01-01' has DateTimeKind Unspecified: "o" prints no
	// offset; a string with an offset converts to Local (.NET's Parse).
	d, err := ParseDateTime("2020-01-01")
	if err != nil {
		t.Fatal(err)
	}
	if got := FormatDate(d, "o"); got != "2020-01-01T00:00:00.0000000" {
		t.Errorf(`ParseDateTime("2020-01-01") "o" = %s`, got)
	}
	if dateKind(d) != "Unspecified" {
		t.Errorf("kind = %s", dateKind(d))
	}
	local := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
	if !d.Equal(local) || d.Hour() != 0 {
		t.Errorf("Unspecified moved the wall clock or the instant: %v", d)
	}
	withOffset, err := ParseDateTime("2020-01-01T00:00:00Z")
	if err != nil || dateKind(withOffset) != "Local" {
		t.Errorf("offset date kind = %s, %v", dateKind(withOffset), err)
	}
}
