package members

import (
	"reflect"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

type callCase struct {
	v    any
	name string
	args []any
	want any
}

func runCalls(t *testing.T, cases []callCase) {
	t.Helper()
	for _, c := range cases {
		got, err := Call(c.v, c.name, c.args)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("(%#v).%s(%v) = %#v, %v; want %#v", c.v, c.name, c.args, got, err, c.want)
		}
	}
}

func chars(s string) []any {
	out := []any{}
	for _, r := range s {
		out = append(out, object.Char(r))
	}
	return out
}

// Expected values: the System.String documentation, with Windows
// PowerShell 5.1's binding of String.Split(params char[]).
func TestStringMethods(t *testing.T) {
	runCalls(t, []callCase{
		{"a,b,c", "Split", []any{","}, []any{"a", "b", "c"}},
		{"a::b", "Split", []any{"::"}, []any{"a", "", "b"}},
		{"a b  c", "Split", nil, []any{"a", "b", "", "c"}},
		{"a b\tc", "Split", []any{nil}, []any{"a", "b", "c"}},
		{"a,b;c", "Split", []any{[]any{object.Char(','), object.Char(';')}}, []any{"a", "b", "c"}},
		{"a,b,c", "Split", []any{",", int32(2)}, []any{"a", "b,c"}},
		{"a::b", "Split", []any{[]any{"::"}, "None"}, []any{"a", "b"}},
		{"a,,b", "Split", []any{[]any{","}, "RemoveEmptyEntries"}, []any{"a", "b"}},
		{"Hello World", "Replace", []any{"World", "There"}, "Hello There"},
		{"Hello", "Replace", []any{"l", "L"}, "HeLLo"},
		{"Hello", "Replace", []any{"h", "J"}, "Hello"},
		{"PowerShell", "Substring", []any{int32(5)}, "Shell"},
		{"PowerShell", "Substring", []any{int32(0), int32(5)}, "Power"},
		{"PowerShell", "IndexOf", []any{"S"}, int32(5)},
		{"PowerShell", "IndexOf", []any{"s"}, int32(-1)},
		{"PowerShell", "IndexOf", []any{"s", "OrdinalIgnoreCase"}, int32(5)},
		{"a.b.c", "LastIndexOf", []any{"."}, int32(3)},
		{"a.b.c", "IndexOf", []any{object.Char('.'), int32(2)}, int32(3)},
		{"  x  ", "Trim", nil, "x"},
		{"xxhixx", "Trim", []any{"x"}, "hi"},
		{"--hi--", "TrimStart", []any{"-"}, "hi--"},
		{"file.txt  ", "TrimEnd", nil, "file.txt"},
		{"abc.txt", "TrimEnd", []any{".txt"}, "abc"},
		{"PowerShell", "StartsWith", []any{"Power"}, true},
		{"PowerShell", "StartsWith", []any{"power"}, false},
		{"PowerShell", "EndsWith", []any{"shell", "OrdinalIgnoreCase"}, true},
		{"PowerShell", "Contains", []any{"rS"}, true},
		{"PowerShell", "Contains", []any{"rs"}, false},
		{"abc", "ToUpper", nil, "ABC"},
		{"ABC", "ToLower", nil, "abc"},
		{"42", "PadLeft", []any{int32(5), "0"}, "00042"},
		{"ab", "PadRight", []any{int32(4)}, "ab  "},
		{"abc", "Insert", []any{int32(1), "X"}, "aXbc"},
		{"abcdef", "Remove", []any{int32(2)}, "ab"},
		{"abcdef", "Remove", []any{int32(1), int32(2)}, "adef"},
		{"abc", "ToCharArray", nil, chars("abc")},
		{"abc", "Equals", []any{"abc"}, true},
		{"abc", "Equals", []any{"ABC"}, false},
		{"a", "CompareTo", []any{"b"}, int32(-1)},
		{"abc", "ToString", nil, "abc"},
		{"abc", "GetType", nil, &object.TypeValue{FullName: "System.String", Name: "String"}},
		// Method enumeration over a collection.
		{[]any{"a", "b"}, "ToUpper", nil, []any{"A", "B"}},
	})
}

func TestCollectionMethods(t *testing.T) {
	al := &object.List{TypeName: "System.Collections.ArrayList", Items: []any{}}
	gl := &object.List{TypeName: "System.Collections.Generic.List`1[System.String]", ElemType: "System.String", Items: []any{"a", "b"}}
	runCalls(t, []callCase{
		{al, "Add", []any{"x"}, int32(0)},
		{al, "Add", []any{"y"}, int32(1)},
		{gl, "Add", []any{"c"}, object.Null},
		{gl, "Contains", []any{"c"}, true},
		{gl, "Contains", []any{"C"}, false},
		{gl, "IndexOf", []any{"b"}, int32(1)},
		{gl, "ToString", nil, "System.Collections.Generic.List`1[System.String]"},
		{gl, "Remove", []any{"a"}, true},
		{gl, "ToArray", nil, []any{"b", "c"}},
		{[]any{int32(1), int32(2)}, "Contains", []any{int32(2)}, true},
		{[]any{int32(1), int32(2)}, "IndexOf", []any{int32(2)}, int32(1)},
		{[]any{int32(1), int32(2)}, "ToString", nil, "System.Object[]"},
	})
	gl2 := &object.List{TypeName: "System.Collections.Generic.List`1[System.Int32]", ElemType: "System.Int32", Items: []any{}}
	if _, err := Call(gl2, "Add", []any{"5"}); err != nil || gl2.Items[0] != int32(5) {
		t.Errorf("List[int].Add('5') = %v, %v", gl2.Items, err)
	}
	s := &object.List{TypeName: "System.Collections.ArrayList", Items: []any{int32(3), int32(1), int32(2)}}
	if _, err := Call(s, "Sort", nil); err != nil || !reflect.DeepEqual(s.Items, []any{int32(1), int32(2), int32(3)}) {
		t.Errorf("Sort gave %v, %v", s.Items, err)
	}
	if c, _ := Get(al, "Count"); c != int32(2) {
		t.Errorf("ArrayList Count = %v", c)
	}
}

// Expected values: about_Hash_Tables.
func TestHashtableMethods(t *testing.T) {
	h := object.NewHashtable(false)
	runCalls(t, []callCase{
		{h, "Add", []any{"Time", "Now"}, object.Null},
		{h, "ContainsKey", []any{"time"}, true},
		{h, "ContainsValue", []any{"Now"}, true},
		{h, "Remove", []any{"Time"}, object.Null},
		{h, "ContainsKey", []any{"Time"}, false},
	})
	_, _ = Call(h, "Add", []any{"a", int32(1)})
	_, err := Call(h, "Add", []any{"a", int32(2)})
	want := `Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'"`
	if err == nil || err.Error() != want {
		t.Errorf("duplicate Add error = %v, want %q", err, want)
	}
	e, _ := Call(h, "GetEnumerator", nil)
	entries := e.([]any)
	if k, _ := Get(entries[0], "Key"); k != "a" {
		t.Errorf("entry Key = %v", k)
	}
	if n, _ := Get(entries[0], "Name"); n != "a" {
		t.Errorf("entry Name = %v", n)
	}
}

func TestDateMethods(t *testing.T) {
	d := time.Date(2001, 11, 12, 0, 0, 0, 0, time.Local)
	runCalls(t, []callCase{
		{d, "AddDays", []any{int32(30)}, time.Date(2001, 12, 12, 0, 0, 0, 0, time.Local)},
		{d, "AddDays", []any{-1.5}, time.Date(2001, 11, 10, 12, 0, 0, 0, time.Local)},
		{d, "AddHours", []any{int32(25)}, time.Date(2001, 11, 13, 1, 0, 0, 0, time.Local)},
		{time.Date(2020, 1, 31, 0, 0, 0, 0, time.Local), "AddMonths", []any{int32(1)}, time.Date(2020, 2, 29, 0, 0, 0, 0, time.Local)},
		{time.Date(2020, 2, 29, 0, 0, 0, 0, time.Local), "AddYears", []any{int32(1)}, time.Date(2021, 2, 28, 0, 0, 0, 0, time.Local)},
		{d, "Subtract", []any{time.Date(2001, 11, 10, 0, 0, 0, 0, time.Local)}, object.TimeSpan(2 * object.TicksPerDay)},
		{object.TimeSpan(object.TicksPerDay), "Add", []any{object.TimeSpan(object.TicksPerHour)}, object.TimeSpan(25 * object.TicksPerHour)},
	})
}

func TestCallErrors(t *testing.T) {
	cases := []struct {
		v    any
		name string
		args []any
		msg  string
		id   string
	}{
		{[]any{"a", int32(1), "c"}, "ToUpper", nil, "Method invocation failed because [System.Int32] does not contain a method named 'ToUpper'.", "MethodNotFound"},
		{nil, "ToUpper", nil, "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull"},
		{"abc", "Substring", []any{int32(1), int32(2), int32(3)}, `Cannot find an overload for "Substring" and the argument count: "3".`, "MethodCountCouldNotFindBest"},
		{"abc", "Substring", []any{int32(5)}, "Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be larger than length of string.\r\nParameter name: startIndex\"", "ArgumentOutOfRangeException"},
	}
	for _, c := range cases {
		_, err := Call(c.v, c.name, c.args)
		rec, ok := err.(*object.ErrorRecord)
		if !ok || rec.Error() != c.msg || rec.FullyQualifiedErrorID != c.id {
			t.Errorf("(%#v).%s(%v) error = %v, want %q (%s)", c.v, c.name, c.args, err, c.msg, c.id)
		}
	}
}

func TestToStringWithProvider(t *testing.T) {
	culture := object.NewObject("System.Globalization.CultureInfo", "System.Object")
	if s, err := Call(1.5, "ToString", []any{culture}); err != nil || s != "1.5" {
		t.Errorf("(1.5).ToString(culture) = %v, %v", s, err)
	}
	if s, err := Call(int32(42), "ToString", []any{"D4", culture}); err != nil || s != "0042" {
		t.Errorf("(42).ToString('D4', culture) = %v, %v", s, err)
	}
}

func TestRegexGroupsByName(t *testing.T) {
	re, _ := New("regex", []any{`(?<year>\d{4})-(\d\d)`})
	m, err := Call(re, "Match", []any{"on 2024-05"})
	if err != nil {
		t.Fatal(err)
	}
	groups, _ := Get(m, "Groups")
	if n, _ := Get(groups, "Count"); n != int32(3) {
		t.Errorf("Groups.Count = %v", n)
	}
	g, err := Call(groups, "get_Item", []any{"year"})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := Get(g, "Value"); v != "2024" {
		t.Errorf("Groups['year'].Value = %v", v)
	}
	all, _ := CallStatic(typ("regex"), "Matches", []any{"a1b2", `\d`})
	if n, _ := Get(all, "Count"); n != int32(2) {
		t.Errorf("Matches.Count = %v", n)
	}
	if v, _ := Get(all, "Value"); !reflect.DeepEqual(v, []any{"1", "2"}) {
		t.Errorf("Matches.Value = %v", v)
	}
}

func TestGetHashCode(t *testing.T) {
	cases := []struct {
		v    any
		want int32
	}{
		{int32(42), 42},
		{true, 1},
		{int64(1) << 32, 1},
		{object.Char('A'), 0x410041},
		{0.0, 0},
		{"", 371857150}, // String.Empty on 64-bit .NET Framework
	}
	for _, c := range cases {
		if h, err := Call(c.v, "GetHashCode", nil); err != nil || h != c.want {
			t.Errorf("(%#v).GetHashCode() = %v, %v; want %d", c.v, h, err, c.want)
		}
	}
}

func TestToStringFormatFromArray(t *testing.T) {
	// An array argument binds to ToString(string) as its joined text.
	d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
	got, err := Call(d, "ToString", []any{[]any{"yyyy", "MM"}})
	if err != nil || got != "2020 01" {
		t.Errorf("ToString(@('yyyy','MM')) = %v, %v", got, err)
	}
	got, err = Call(d, "ToString", []any{"yyyy"})
	if err != nil || got != "2020" {
		t.Errorf("ToString('yyyy') = %v, %v", got, err)
	}
}

func TestDateToStringCultures(t *testing.T) {
	// DateTime.ToString() is en-US "G"; with the invariant culture it is
	// the invariant form "$date" shows.
	d := time.Date(2020, 1, 2, 0, 0, 0, 0, time.Local)
	if got, err := Call(d, "ToString", nil); err != nil || got != "1/2/2020 12:00:00 AM" {
		t.Errorf("ToString() = %v, %v", got, err)
	}
	inv, err := GetStatic(&object.TypeValue{FullName: "System.Globalization.CultureInfo", Name: "CultureInfo"}, "InvariantCulture")
	if err != nil || inv == nil {
		t.Fatalf("InvariantCulture = %v, %v", inv, err)
	}
	if got, err := Call(d, "ToString", []any{inv}); err != nil || got != "01/02/2020 00:00:00" {
		t.Errorf("ToString(InvariantCulture) = %v, %v", got, err)
	}
	if got, _ := Get(inv, "Name"); got != "" {
		t.Errorf("InvariantCulture.Name = %q", got)
	}
}
