package dotnet

import (
	"runtime"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// Expected results and messages come from about_Type_Conversion,
// about_Booleans, about_Arithmetic_Operators and
// ExtendedTypeSystem.resx (InvalidCastException*).
func TestConvert(t *testing.T) {
	tests := []struct {
		in   any
		typ  string
		want any
	}{
		{"42", "int", int32(42)},
		{" 9 ", "int", int32(9)},
		{"0x10", "int", int32(16)},
		{"1e3", "int", int32(1000)},
		{"", "int", int32(0)},
		{nil, "int", int32(0)},
		{nil, "string", ""},
		{nil, "bool", false},
		{2.5, "int", int32(2)},
		{3.5, "int", int32(4)},
		{-2.5, "int", int32(-2)},
		{"2.5", "int", int32(2)},
		{"3.5", "int", int32(4)},
		{int32(5), "long", int64(5)},
		{int32(5), "double", 5.0},
		{"1.5", "double", 1.5},
		{"1,000", "double", 1000.0},
		{true, "int", int32(1)},
		{"False", "bool", true},
		{"", "bool", false},
		{int32(0), "bool", false},
		{"a", "char", object.Char('a')},
		{int32(65), "char", object.Char('A')},
		{object.Char('a'), "int", int32(97)},
		{int32(255), "byte", uint8(255)},
		{int32(5), "string", "5"},
		{[]any{int32(1), int32(2)}, "string", "1 2"},
		{int32(5), "System.Int32", int32(5)},
		{"5", "Int32", int32(5)},
		{"5", "uint64", uint64(5)},
		{42.1, "byte", uint8(42)},
		{21.5, "byte", uint8(22)},
		{22.5, "byte", uint8(22)},
		{int32(-1), "boolean", true},
		{0.0, "boolean", false},
		{"0xa", "int", int32(10)},
	}
	for _, tt := range tests {
		got, err := Convert(tt.in, tt.typ)
		if err != nil {
			t.Errorf("Convert(%#v, %s) error %v", tt.in, tt.typ, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Convert(%#v, %s) = %#v, want %#v", tt.in, tt.typ, got, tt.want)
		}
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		in   any
		typ  string
		want string
	}{
		{"file", "int", `Cannot convert value "file" to type "System.Int32". Error: "Input string was not in a correct format."`},
		{[]any{int32(1), int32(2)}, "int", `Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".`},
		{"x", "datetime", `Cannot convert value "x" to type "System.DateTime". Error: "String was not recognized as a valid DateTime."`},
		{"3000000000", "int", `Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."`},
		{int32(300), "byte", `Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."`},
		{"ab", "char", `Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."`},
		{"abc", "double", `Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format."`},
		{"x", "scriptblock", `Cannot convert the "x" value of type "System.String" to type "System.Management.Automation.ScriptBlock".`},
		{"Funday", "System.DayOfWeek", "Cannot convert value \"Funday\" to type \"System.DayOfWeek\". Error: \"Unable to match the identifier name Funday to a valid enumerator name. Specify one of the following enumerator names and try again:\nSunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday\""},
		{"a", "int[]", `Cannot convert value "a" to type "System.Int32[]". Error: "Cannot convert value "a" to type "System.Int32". Error: "Input string was not in a correct format.""`},
		{[]any{"1", "a"}, "int[]", `Cannot convert value "System.Object[]" to type "System.Int32[]". Error: "Cannot convert value "a" to type "System.Int32". Error: "Input string was not in a correct format.""`},
		{int32(10), "System.DayOfWeek", `Cannot convert value "10" to type "System.DayOfWeek" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday".`},
		{"T", "System.DayOfWeek", `Cannot convert value "T" to type "System.DayOfWeek". Error: "The identifier name T cannot be processed due to the inability to differentiate between the following enumerator names: Tuesday, Thursday. Try a more specific identifier name."`},
		{"Monday,Friday", "System.DayOfWeek", `Cannot convert value "Monday,Friday" to type "System.DayOfWeek" because no commas are allowed for this enumeration.`},
		{"1", "version", `Cannot convert value "1" to type "System.Version". Error: "Version string portion was too short or too long."`},
		{1, "nosuchtype", "Unable to find type [nosuchtype]."},
	}
	for _, tt := range tests {
		_, err := Convert(tt.in, tt.typ)
		if err == nil {
			t.Errorf("Convert(%#v, %s): no error", tt.in, tt.typ)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Convert(%#v, %s) error\n got %s\nwant %s", tt.in, tt.typ, err, tt.want)
		}
		if tt.typ != "nosuchtype" {
			if ex, ok := err.(*object.Exception); !ok || ex.Type != PSInvalidCastException {
				t.Errorf("Convert(%#v, %s): exception type %#v", tt.in, tt.typ, err)
			}
		}
	}
}

func TestConvertCollections(t *testing.T) {
	r, err := Convert([]any{"1", "2"}, "int[]")
	if err != nil || len(r.([]any)) != 2 || r.([]any)[1] != int32(2) {
		t.Errorf("int[] = %#v, %v", r, err)
	}
	r, _ = Convert(int32(7), "array")
	if a := r.([]any); len(a) != 1 || a[0] != int32(7) {
		t.Errorf("[array]7 = %#v", r)
	}
	r, _ = Convert([]any{"a", "b"}, "bool[]")
	if a := r.([]any); a[0] != true || a[1] != true {
		t.Errorf("[bool[]] = %#v", r)
	}
	// An [ordered] dictionary keeps its order; a Hashtable gives 5.1's
	// enumeration order (about_Object_Creation: PSVersion, Name, System).
	h := object.NewHashtable(true)
	h.Set("Name", "Server30")
	h.Set("System", "Server Core")
	o, _ := Convert(h, "pscustomobject")
	po := o.(*object.PSObject)
	if po.TypeName() != object.PSCustomObjectType || len(po.Properties()) != 2 || po.Properties()[0].Name != "Name" {
		t.Errorf("[pscustomobject] = %#v", po)
	}
	h = object.NewHashtable(false)
	for _, k := range []string{"Name", "System", "PSVersion"} {
		h.Set(k, k)
	}
	o, _ = Convert(h, "pscustomobject")
	if ps := o.(*object.PSObject).Properties(); len(ps) != 3 || ps[0].Name != "PSVersion" || ps[1].Name != "Name" || ps[2].Name != "System" {
		t.Errorf("[pscustomobject]$hash = %v", ps)
	}
	l, _ := Convert([]any{int32(1), "b"}, "System.Collections.Generic.List[string]")
	if ll := l.(*object.List); ll.TypeName != "System.Collections.Generic.List`1[System.String]" || ll.Items[0] != "1" {
		t.Errorf("List[string] = %#v", l)
	}
	if d, _ := Convert("thu", "System.DayOfWeek"); ToString(d) != "Thursday" {
		t.Errorf("prefix = %v", d)
	}
	if d, _ := Convert("ReadOnly, Hidden", "System.IO.FileAttributes"); ToString(d) != "ReadOnly, Hidden" {
		t.Errorf("flags = %v", d)
	}
	if d, _ := Convert(int32(3), "System.IO.FileAttributes"); ToString(d) != "ReadOnly, Hidden" {
		t.Errorf("flags from int = %v", d)
	}
	for _, src := range []any{"Public, Abstract", []any{"Public", "Abstract"}} {
		if d, err := Convert(src, "System.Reflection.TypeAttributes"); err != nil || ToString(d) != "Public, Abstract" {
			t.Errorf("TypeAttributes(%v) = %v, %v", src, d, err)
		}
	}
	if d, _ := Convert("Unix", "System.PlatformId"); ToString(d) != "Unix" {
		t.Errorf("PlatformId = %v", d)
	}
	if d, _ := Convert(9223372036854775807.0+1, "decimal"); ToString(d) != "9223372036854780000" {
		t.Errorf("[decimal]([int64]::MaxValue + 1) = %v", d)
	}
	if d, _ := Convert([]any{int32(0)}, "bool"); d != false {
		t.Errorf("[boolean]@(0) = %v", d)
	}
	if d, _ := Convert(object.NewHashtable(false), "bool"); d != true {
		t.Errorf("[boolean]@{} = %v", d)
	}
	d, _ := Convert("Thursday", "System.DayOfWeek")
	if ToString(d) != "Thursday" || TypeName(d) != "System.DayOfWeek" {
		t.Errorf("enum = %#v", d)
	}
	v, err := Convert("1.2.3", "version")
	if err != nil || ToString(v) != "1.2.3" || TypeName(v) != "System.Version" {
		t.Errorf("version = %v, %v", v, err)
	}
	g, err := Convert("{A5B1C3D4-0000-4000-8000-00000000000F}", "guid")
	if err != nil || ToString(g) != "a5b1c3d4-0000-4000-8000-00000000000f" {
		t.Errorf("guid = %v, %v", g, err)
	}
	ts, err := Convert("1.02:03:04", "timespan")
	if err != nil || ToString(ts) != "1.02:03:04" {
		t.Errorf("timespan = %v, %v", ts, err)
	}
	dt, err := Convert("7/1/2015", "datetime")
	if err != nil || dt.(time.Time).Month() != 7 || dt.(time.Time).Day() != 1 {
		t.Errorf("datetime = %v, %v", dt, err)
	}
}

func TestConvertNetAndExceptions(t *testing.T) {
	u, err := Convert("https://contoso.com:8443/a/b.txt?x=1", "uri")
	if err != nil {
		t.Fatal(err)
	}
	uo := u.(*object.PSObject)
	for name, want := range map[string]any{"Host": "contoso.com", "Port": int32(8443), "Scheme": "https", "AbsolutePath": "/a/b.txt", "Query": "?x=1"} {
		if got, _ := uo.Prop(name); got != want {
			t.Errorf("uri.%s = %#v, want %#v", name, got, want)
		}
	}
	if ToString(u) != "https://contoso.com:8443/a/b.txt?x=1" {
		t.Errorf("uri string %q", ToString(u))
	}
	if _, err := Convert("not a uri", "uri"); err == nil || err.Error() != `Cannot convert value "not a uri" to type "System.Uri". Error: "Invalid URI: The format of the URI could not be determined."` {
		t.Errorf("bad uri: %v", err)
	}
	ip, err := Convert("10.0.0.1", "ipaddress")
	if err != nil || ToString(ip) != "10.0.0.1" {
		t.Errorf("ip = %v, %v", ip, err)
	}
	if a, _ := ip.(*object.PSObject).Prop("Address"); a != int64(16777226) {
		t.Errorf("Address = %v", a)
	}
	if _, err := Convert("x", "ipaddress"); err == nil || err.Error() != `Cannot convert value "x" to type "System.Net.IPAddress". Error: "An invalid IP address was specified."` {
		t.Errorf("bad ip: %v", err)
	}
	ex, err := Convert("boom", "System.IO.FileNotFoundException")
	if e, ok := ex.(*object.Exception); err != nil || !ok || e.Message != "boom" || e.Type != "System.IO.FileNotFoundException" {
		t.Errorf("exception = %#v, %v", ex, err)
	}
	// Write-Error reference, Example 4 / about_Hash_Tables: a hashtable
	// converts to a type with a default constructor by setting properties.
	h := object.NewHashtable(false)
	h.Set("Source", "Get-ParameterNames.ps1")
	h.Set("HelpLink", "https://go.microsoft.com/fwlink/?LinkID=113425")
	ex, err = Convert(h, "System.Exception")
	if e, ok := ex.(*object.Exception); err != nil || !ok || e.Type != "System.Exception" ||
		e.Message != "Exception of type 'System.Exception' was thrown." ||
		e.Props["Source"] != "Get-ParameterNames.ps1" || e.Props["HelpLink"] != "https://go.microsoft.com/fwlink/?LinkID=113425" {
		t.Errorf("exception from hashtable = %#v, %v", ex, err)
	}
	// Message is read-only on System.Exception, so the cast still fails.
	bad := object.NewHashtable(false)
	bad.Set("Message", "x")
	if _, err := Convert(bad, "System.Exception"); err == nil {
		t.Errorf("exception from {Message} should fail")
	}
}

// [int[]] and friends keep their .NET type name although the value model
// holds them as []any.
func TestTypedArrays(t *testing.T) {
	ints := func(n string) *object.TypeValue { tv, _ := ResolveType(n); return tv }
	a, err := Convert([]any{"1", "2"}, "int[]")
	if err != nil {
		t.Fatal(err)
	}
	if TypeName(a) != "System.Int32[]" || Name(a) != "Int32[]" {
		t.Errorf("[int[]] type = %s / %s", TypeName(a), Name(a))
	}
	if !IsInstance(a, ints("int[]")) || !IsInstance(a, ints("array")) {
		t.Error("[int[]] -is")
	}
	if e, ok := ArrayElemType(a.([]any)); !ok || e != "System.Int32" {
		t.Errorf("ArrayElemType = %q, %v", e, ok)
	}
	if b, _ := Convert(a, "int[]"); &b.([]any)[0] != &a.([]any)[0] {
		t.Error("[int[]] of an int[] must be the same array")
	}
	if o, _ := Convert(a, "object[]"); TypeName(o) != "System.Object[]" {
		t.Errorf("[object[]] of int[] = %s", TypeName(o))
	}
	if s, _ := Convert("x", "string[]"); TypeName(s) != "System.String[]" {
		t.Errorf("[string[]]'x' = %s", TypeName(s))
	}
	if c, _ := Convert("ab", "char[]"); TypeName(c) != "System.Char[]" || len(c.([]any)) != 2 {
		t.Errorf("[char[]]'ab' = %#v", c)
	}
	if TypeName([]any{int32(1)}) != "System.Object[]" {
		t.Error("plain arrays are Object[]")
	}
}

func TestTypedArraysAreNotRetained(t *testing.T) {
	count := func() int {
		n := 0
		typedArrays.Range(func(_, _ any) bool { n++; return true })
		return n
	}
	before := count()
	for i := 0; i < 1000; i++ {
		_, _ = Convert([]any{"1"}, "int[]")
	}
	for i := 0; i < 300 && count() > before+100; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := count(); n > before+100 {
		t.Errorf("%d typed-array entries still held after GC", n-before)
	}
}

// Conversions.Tests.ps1: "Cast object[] to more narrow generic collection".
func TestConvertGenericCollections(t *testing.T) {
	tests := []struct {
		in        any
		typ, name string
		joined    string
	}{
		{[]any{int32(1), int32(2)}, "Collections.Generic.List[int]", "List`1", "1;2"},
		{"4", "Collections.Generic.List[int]", "List`1", "4"},
		{[]any{"4", "5"}, "Collections.Generic.List[int]", "List`1", "4;5"},
		{int32(1), "Collections.Generic.List[string]", "List`1", "1"},
		{[]any{int32(1), int32(2)}, "System.Collections.ObjectModel.Collection[int]", "Collection`1", "1;2"},
		{"4", "System.Collections.ObjectModel.Collection[int]", "Collection`1", "4"},
	}
	for _, tt := range tests {
		r, err := Convert(tt.in, tt.typ)
		if err != nil {
			t.Errorf("[%s]%v: %v", tt.typ, tt.in, err)
			continue
		}
		if Name(r) != tt.name || ToStringOFS(r, ";") != tt.joined {
			t.Errorf("[%s]%v = %s %q", tt.typ, tt.in, Name(r), ToStringOFS(r, ";"))
		}
	}
	if _, err := Convert("int]whatever", "type"); err == nil {
		t.Error("'int]whatever' -as [type] must fail")
	}
	if b, _ := Convert([]any{Enum{Type: builtinEnums()[0], Value: 0}}, "bool"); b != false {
		t.Error("[bool]@(enum 0) must be false")
	}
}
