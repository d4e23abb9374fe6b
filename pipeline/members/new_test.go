package members

import (
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestNew(t *testing.T) {
	l, err := New("System.Collections.Generic.List[string]", nil)
	if err != nil {
		t.Fatal(err)
	}
	if tn := dotnet.TypeName(l); tn != "System.Collections.Generic.List`1[System.String]" {
		t.Errorf("List[string] type = %s", tn)
	}
	al, _ := New("System.Collections.ArrayList", nil)
	if r, _ := Call(al, "Add", []any{"x"}); r != int32(0) {
		t.Errorf("ArrayList.Add = %v", r)
	}
	sb, err := New("System.Text.StringBuilder", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = Call(sb, "Append", []any{"Hello"})
	_, _ = Call(sb, "Append", []any{object.Char(',')})
	_, _ = Call(sb, "AppendLine", []any{" World"})
	if s, _ := Call(sb, "ToString", nil); s != "Hello, World\r\n" {
		t.Errorf("StringBuilder = %q", s)
	}
	if n, _ := Get(sb, "Length"); n != int32(14) {
		t.Errorf("Length = %v", n)
	}
	d, err := New("datetime", []any{int32(2015), int32(7), int32(1)})
	if err != nil || d != time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local) {
		t.Errorf("[datetime]::new(2015,7,1) = %v, %v", d, err)
	}
	ts, err := New("timespan", []any{int32(1), int32(2), int32(3)})
	if err != nil || ts != object.TimeSpan(object.TicksPerHour+2*object.TicksPerMinute+3*object.TicksPerSecond) {
		t.Errorf("[timespan]::new(1,2,3) = %v, %v", ts, err)
	}
	v, err := New("version", []any{"1.2.3"})
	if err != nil || dotnet.ToString(v) != "1.2.3" {
		t.Errorf("[version]'1.2.3' = %v, %v", v, err)
	}
	u, err := New("System.Uri", []any{"https://pool01.contoso.com/abs/x?y=1"})
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := Get(u, "Host"); h != "pool01.contoso.com" {
		t.Errorf("Uri Host = %v", h)
	}
	if p, _ := Get(u, "Port"); p != int32(443) {
		t.Errorf("Uri Port = %v", p)
	}
}

// Expected messages: .NET Framework's default exception messages
// (about_Throw shows FormatException's).
func TestNewException(t *testing.T) {
	cases := []struct {
		typ  string
		args []any
		msg  string
	}{
		{"System.FormatException", nil, "One of the identified items was in an invalid format."},
		{"System.Exception", []any{"boom"}, "boom"},
		{"System.InvalidOperationException", nil, "Operation is not valid due to the current state of the object."},
		{"System.ArgumentException", []any{"bad", "name"}, "bad\r\nParameter name: name"},
		{"System.IO.FileNotFoundException", []any{"gone", "a.txt"}, "gone"},
	}
	for _, c := range cases {
		v, err := New(c.typ, c.args)
		ex, ok := v.(*object.Exception)
		if err != nil || !ok || ex.Message != c.msg || ex.Type != c.typ {
			t.Errorf("New(%s, %v) = %#v, %v; want message %q", c.typ, c.args, v, err, c.msg)
		}
	}
	_, err := New("No.Such.Type", nil)
	want := "Cannot find type [No.Such.Type]: verify that the assembly containing this type is loaded."
	if rec, ok := err.(*object.ErrorRecord); !ok || rec.Error() != want || rec.FullyQualifiedErrorID != "TypeNotFound" {
		t.Errorf("unknown type error = %v", err)
	}
}

func TestNewDictionary(t *testing.T) {
	d, err := New("System.Collections.Generic.Dictionary[string,int]", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call(d, "Add", []any{"x", int32(1)}); err != nil {
		t.Fatal(err)
	}
	if v, _ := Get(d, "x"); v != int32(1) {
		t.Errorf("$d.x = %v", v)
	}
}

func TestSetsQueuesStacks(t *testing.T) {
	set, err := New("System.Collections.Generic.HashSet[string]", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := Call(set, "Add", []any{"a"}); r != true {
		t.Errorf("first Add = %v", r)
	}
	if r, _ := Call(set, "Add", []any{"a"}); r != false {
		t.Errorf("second Add = %v", r)
	}
	if n, _ := Get(set, "Count"); n != int32(1) {
		t.Errorf("Count = %v", n)
	}
	q, _ := New("System.Collections.Generic.Queue[int]", nil)
	_, _ = Call(q, "Enqueue", []any{int32(1)})
	_, _ = Call(q, "Enqueue", []any{int32(2)})
	if v, _ := Call(q, "Dequeue", nil); v != int32(1) {
		t.Errorf("Dequeue = %v", v)
	}
	s, _ := New("System.Collections.Stack", nil)
	_, _ = Call(s, "Push", []any{"x"})
	_, _ = Call(s, "Push", []any{"y"})
	if v, _ := Call(s, "Pop", nil); v != "y" {
		t.Errorf("Pop = %v", v)
	}
	_, _ = Call(s, "Pop", nil)
	_, err = Call(s, "Pop", nil)
	if err == nil || err.Error() != `Exception calling "Pop" with "0" argument(s): "Stack empty."` {
		t.Errorf("empty Pop error = %v", err)
	}
	if _, err := Call(q, "Sort", nil); err == nil {
		t.Error("Queue.Sort should not exist")
	}
}

func TestNewArrayAndGuidFromBytes(t *testing.T) {
	// [int[]]::new(3) is three zeros typed Int32[]; [string[]]::new(2) two $nulls.
	a, err := New("int[]", []any{int32(3)})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.([]any); len(got) != 3 || got[0] != int32(0) || dotnet.TypeName(a) != "System.Int32[]" {
		t.Errorf("[int[]]::new(3) = %#v (%s)", a, dotnet.TypeName(a))
	}
	s, err := New("string[]", []any{int32(2)})
	if err != nil || len(s.([]any)) != 2 || s.([]any)[0] != nil {
		t.Errorf("[string[]]::new(2) = %#v, %v", s, err)
	}
	// Guid(byte[]): the first three fields are little-endian
	// (about_Type_Conversion's example).
	bytes := make([]any, 16)
	for i := range bytes {
		bytes[i] = uint8(i + 1)
	}
	g, err := New("System.Guid", []any{bytes})
	if err != nil || dotnet.ToString(g) != "04030201-0605-0807-090a-0b0c0d0e0f10" {
		t.Errorf("Guid(bytes) = %v, %v", g, err)
	}
	if _, err := New("System.Guid", []any{bytes[:3]}); err == nil {
		t.Error("Guid(3 bytes): want an error")
	}
}
