package members

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func custom(kv ...any) *object.PSObject {
	o := object.NewObject()
	for i := 0; i < len(kv); i += 2 {
		o.SetProp(kv[i].(string), kv[i+1])
	}
	return o
}

func eq(a, b any) bool {
	if e, ok := a.(dotnet.Enum); ok {
		return e.String() == b
	}
	return reflect.DeepEqual(a, b)
}

// Expected values: about_Member-Access_Enumeration, about_Arrays,
// about_Hash_Tables and the .NET property documentation.
func TestGet(t *testing.T) {
	h := object.NewHashtable(true)
	h.Set(int32(1), "one")
	h.Set(int32(2), "two")
	h.Set("three", int32(3))
	list := &object.List{TypeName: "System.Collections.Generic.List`1[System.String]", ElemType: "System.String", Items: []any{"a", "b"}}
	date := time.Date(1970, 1, 1, 0, 0, 0, 0, time.Local)
	cases := []struct {
		v    any
		name string
		want any
	}{
		{nil, "Count", int32(0)},
		{nil, "Length", int32(0)},
		{int32(4), "Count", int32(1)},
		{int32(4), "Length", int32(1)},
		{"hello", "Length", int32(5)},
		{"hello", "Count", int32(1)},
		{[]any{int32(1), int32(2)}, "Count", int32(2)},
		{[]any{int32(1), int32(2)}, "Length", int32(2)},
		{list, "Count", int32(2)},
		{list, "IsReadOnly", false},
		{h, "2", "two"},
		{h, "three", int32(3)},
		{h, "THREE", int32(3)},
		{h, "Count", int32(3)},
		{h, "missing", nil},
		{custom("Name", "x"), "name", "x"},
		{custom("Name", "x"), "Other", nil},
		// Member enumeration: values of each element, one level flattened.
		{[]any{custom("Size", int32(1)), custom("Size", int32(2))}, "Size", []any{int32(1), int32(2)}},
		{[]any{custom("A", []any{int32(1), int32(2)}), custom("A", int32(3))}, "A", []any{int32(1), int32(2), int32(3)}},
		{[]any{custom("Size", int32(1))}, "Size", int32(1)},
		{[]any{"ab", "cde"}, "Length", int32(2)},
		{date, "DayOfWeek", "Thursday"},
		{date, "Year", int32(1970)},
		{date, "Month", int32(1)},
		{time.Date(2020, 3, 1, 13, 45, 10, 0, time.Local), "Hour", int32(13)},
		{time.Date(2020, 3, 1, 13, 45, 10, 0, time.Local), "Date", time.Date(2020, 3, 1, 0, 0, 0, 0, time.Local)},
		{time.Date(2020, 3, 1, 13, 45, 10, 0, time.Local), "TimeOfDay", object.TimeSpan(13*object.TicksPerHour + 45*object.TicksPerMinute + 10*object.TicksPerSecond)},
		{time.Date(1, 1, 2, 0, 0, 0, 0, time.Local), "Ticks", int64(object.TicksPerDay)},
		{object.TimeSpan(29 * object.TicksPerDay), "Days", int32(29)},
		{object.TimeSpan(36 * object.TicksPerHour), "Hours", int32(12)},
		{object.TimeSpan(36 * object.TicksPerHour), "TotalDays", 1.5},
		{object.TimeSpan(90 * object.TicksPerSecond), "TotalMinutes", 1.5},
		{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, "FullName", "System.Int32"},
		{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, "Name", "Int32"},
	}
	for _, c := range cases {
		got, err := Get(c.v, c.name)
		if err != nil || !eq(got, c.want) {
			t.Errorf("(%#v).%s = %#v, %v; want %#v", c.v, c.name, got, err, c.want)
		}
	}
}

func TestSet(t *testing.T) {
	o := custom("Size", int32(1))
	if err := Set(o, "size", int32(5)); err != nil {
		t.Fatal(err)
	}
	if v, _ := Get(o, "Size"); v != int32(5) {
		t.Errorf("Size = %v after set", v)
	}
	h := object.NewHashtable(false)
	if err := Set(h, "Day", "Monday"); err != nil {
		t.Fatal(err)
	}
	if v, _ := h.Get("day"); v != "Monday" {
		t.Errorf("$h.Day = %v", v)
	}
	const notFound = "The property 'Size' cannot be found on this object. Verify that the property exists and can be set."
	for _, v := range []any{[]any{custom("Size", int32(1)), custom("Size", int32(2))}, custom("Other", int32(1)), int32(3)} {
		err := Set(v, "Size", int32(5))
		if err == nil || err.Error() != notFound {
			t.Errorf("Set(%#v, Size) = %v, want %q", v, err, notFound)
		}
	}
	// Properties of built-in values exist but are read-only.
	for _, tc := range []struct {
		v    any
		name string
	}{{"abc", "length"}, {[]any{int32(1)}, "Count"}} {
		err := Set(tc.v, tc.name, int32(5))
		want := fmt.Sprintf("'%s' is a ReadOnly property.", strings.ToUpper(tc.name[:1])+tc.name[1:])
		if err == nil || err.Error() != want {
			t.Errorf("Set(%#v, %s) = %v, want %q", tc.v, tc.name, err, want)
		}
	}
}

func TestTypedArrayDefaults(t *testing.T) {
	// Clear() fills a typed array with default(T); List<T>.ToArray() is a T[].
	a, err := dotnet.Convert([]any{int32(1), int32(2)}, "System.Int32[]")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call(a, "Clear", nil); err != nil {
		t.Fatal(err)
	}
	if got := a.([]any); got[0] != int32(0) || got[1] != int32(0) {
		t.Errorf("after Clear: %v", got)
	}
	plain := []any{"x"}
	if _, err := Call(plain, "Clear", nil); err != nil || plain[0] != nil {
		t.Errorf("Object[] Clear: %v %v", plain, err)
	}
	l := &object.List{TypeName: "System.Collections.Generic.List`1[System.Int32]", ElemType: "System.Int32", Items: []any{int32(5)}}
	arr, err := Call(l, "ToArray", nil)
	if err != nil || dotnet.TypeName(arr) != "System.Int32[]" {
		t.Errorf("ToArray() = %v (%s), %v", arr, dotnet.TypeName(arr), err)
	}
	for full, want := range map[string]any{"System.Int32": int32(0), "System.Boolean": false, "System.String": nil, "System.Double": float64(0)} {
		if got := typeDefault(full); got != want {
			t.Errorf("typeDefault(%s) = %#v, want %#v", full, got, want)
		}
	}
}

func TestErrorRecordMembers(t *testing.T) {
	ex := object.NewException("System.Management.Automation.ItemNotFoundException", "Cannot find path 'x' because it does not exist.")
	rec := object.NewError(ex, "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand", "ObjectNotFound", "x")
	rec.Activity = "Get-Item"
	ci, _ := Get(rec, "CategoryInfo")
	s, err := Call(ci, "ToString", nil)
	if err != nil || s != "ObjectNotFound: (x:String) [Get-Item], ItemNotFoundException" {
		t.Errorf("CategoryInfo.ToString() = %v, %v", s, err)
	}
	if r, _ := Get(ci, "Reason"); r != "ItemNotFoundException" {
		t.Errorf("Reason = %v", r)
	}
	if m, _ := Get(rec, "Exception"); m != ex {
		t.Errorf("Exception = %v", m)
	}
	if m, _ := Get(ex, "Message"); m != ex.Message {
		t.Errorf("Message = %v", m)
	}
	if id, _ := Get(rec, "FullyQualifiedErrorId"); id != "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand" {
		t.Errorf("FullyQualifiedErrorId = %v", id)
	}
	if in, _ := Get(ex, "InnerException"); in != nil {
		t.Errorf("InnerException = %#v, want $null", in)
	}
	rt := &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "Attempted to divide by zero."}
	rec2 := object.NewError(rt, "RuntimeException", "NotSpecified", nil)
	ci2, _ := Get(rec2, "CategoryInfo")
	if s, _ := Call(ci2, "ToString", nil); s != "NotSpecified: (:) [], RuntimeException" {
		t.Errorf("CategoryInfo = %v", s)
	}
}

func TestPSObjectView(t *testing.T) {
	o := custom("A", int32(1), "B", "x")
	props, _ := Get(o, "PSObject")
	names, err := Get(props, "Properties")
	if err != nil {
		t.Fatal(err)
	}
	n, _ := Get(names, "Name")
	if !reflect.DeepEqual(n, []any{"A", "B"}) {
		t.Errorf("$o.PSObject.Properties.Name = %#v", n)
	}
}

func TestCustomObjectCountLength(t *testing.T) {
	// about_PSCustomObject: starting in PowerShell 6 Length and Count are 1.
	o := custom("key", "value")
	for _, n := range []string{"Count", "Length"} {
		if v, _ := Get(o, n); v != int32(1) {
			t.Errorf("$object.%s = %#v, want 1", n, v)
		}
	}
	_, err := Call([]any{int32(1)}, "Add", []any{int32(2)})
	want := `Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."`
	if err == nil || err.Error() != want {
		t.Errorf("@(1).Add(2) error = %v, want %q", err, want)
	}
}

// about_Member-Access_Enumeration: nested collections, custom objects
// without the property, psbase on dictionaries.
func TestMemberEnumerationDocExamples(t *testing.T) {
	a := []any{[]any{"bar", "baz"}, "foo"}
	if r, err := Call(a, "ToUpper", nil); err != nil || !reflect.DeepEqual(r, []any{"BAR", "BAZ", "FOO"}) {
		t.Errorf("$a.ToUpper() = %#v, %v", r, err)
	}
	objs := []any{custom("Foo", "Foo"), custom("Bar", "Bar"), custom("Baz", "Baz")}
	if r, _ := Get(objs, "Foo"); !reflect.DeepEqual(r, []any{"Foo", nil, nil}) {
		t.Errorf("($foo, $bar, $baz).Foo = %#v", r)
	}
	list := &object.List{TypeName: "System.Collections.Generic.List`1[System.String]", ElemType: "System.String", Items: []any{"a", "b", "c"}}
	if r, _ := Get(list, "Length"); !reflect.DeepEqual(r, []any{int32(1), int32(1), int32(1)}) {
		t.Errorf("$Collection.Length = %#v", r)
	}
	h := object.NewHashtable(false)
	h.Set("keys", "shadow")
	if r, _ := Get(h, "Keys"); r != "shadow" {
		t.Errorf("$h.Keys = %#v", r)
	}
	pb, _ := Get(h, "psbase")
	if r, _ := Get(pb, "Keys"); !reflect.DeepEqual(r, []any{"keys"}) {
		t.Errorf("$h.psbase.Keys = %#v", r)
	}
}

func TestPSObjectPropertiesCollection(t *testing.T) {
	o := custom("A", int32(1), "B", "x")
	view, _ := Get(o, "PSObject")
	props, _ := Get(view, "Properties")
	if n, _ := Get(props, "Count"); n != int32(2) {
		t.Errorf("Properties.Count = %v", n)
	}
	p, err := Call(props, "Item", []any{"b"})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := Get(p, "Value"); v != "x" {
		t.Errorf("Properties['b'].Value = %v", v)
	}
	if _, err := Call(props, "Remove", []any{"A"}); err != nil {
		t.Fatal(err)
	}
	if o.Member("A") != nil {
		t.Error("Remove did not remove A")
	}
	np, _ := New("System.Management.Automation.PSNoteProperty", []any{"C", int32(3)})
	if _, err := Call(props, "Add", []any{np}); err != nil {
		t.Fatal(err)
	}
	if v, _ := Get(o, "C"); v != int32(3) {
		t.Errorf("added C = %v", v)
	}
}

func TestPSObjectTypeNamesAreLive(t *testing.T) {
	// $o.PSObject.TypeNames.Insert(0, 'My.Type') changes the object's
	// type names, as custom formatting relies on.
	o := custom("a", int32(1))
	o.TypeNames = []string{object.PSCustomObjectType, "System.Object"}
	view, err := Get(o, "PSObject")
	if err != nil {
		t.Fatal(err)
	}
	names, err := Get(view, "TypeNames")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call(names, "Insert", []any{int32(0), "My.Type"}); err != nil {
		t.Fatal(err)
	}
	if o.TypeNames[0] != "My.Type" || len(o.TypeNames) != 3 {
		t.Errorf("TypeNames = %v", o.TypeNames)
	}
	if got := dotnet.GetType(o).FullName; got != object.PSCustomObjectType {
		t.Errorf("GetType() = %s", got)
	}
}
