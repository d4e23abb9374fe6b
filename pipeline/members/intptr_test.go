package members

import (
	"os"
	"path/filepath"
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestIntPtrDBNullStatics(t *testing.T) {
	get := func(typ, name string) any {
		tv, ok := dotnet.ResolveType(typ)
		if !ok {
			t.Fatalf("no type %s", typ)
		}
		v, err := GetStatic(tv, name)
		if err != nil {
			t.Fatalf("[%s]::%s: %v", typ, name, err)
		}
		return v
	}
	cases := []struct {
		typ, name string
		want      any
	}{
		{"IntPtr", "Zero", object.IntPtr(0)},
		{"System.IntPtr", "Size", int32(8)},
		{"DBNull", "Value", object.DBNull{}},
		{"System.Convert", "DBNull", object.DBNull{}},
	}
	for _, c := range cases {
		if got := get(c.typ, c.name); got != c.want {
			t.Errorf("[%s]::%s = %#v, want %#v", c.typ, c.name, got, c.want)
		}
	}
	p, err := New("System.IntPtr", []any{int32(5)})
	if err != nil || p != object.IntPtr(5) {
		t.Fatalf("New IntPtr 5 = %#v, %v", p, err)
	}
	calls := []struct {
		v    any
		name string
		want any
	}{
		{object.IntPtr(5), "ToInt64", int64(5)},
		{object.IntPtr(5), "ToInt32", int32(5)},
		{object.IntPtr(255), "ToString", "255"},
		{object.DBNull{}, "ToString", ""},
	}
	for _, c := range calls {
		got, err := Call(c.v, c.name, nil)
		if err != nil || got != c.want {
			t.Errorf("%#v.%s() = %#v, %v; want %#v", c.v, c.name, got, err, c.want)
		}
	}
	if _, err := Call(object.IntPtr(1<<40), "ToInt32", nil); err == nil {
		t.Error("ToInt32 of a 64-bit value succeeded; want OverflowException")
	}
}

func TestUTF8EncodingPreambleAndWrite(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []any
		want string // file bytes for WriteAllText(path, "a", enc)
	}{
		{"no arguments", nil, "a"},
		{"$false", []any{false}, "a"},
		{"$true", []any{true}, "\xEF\xBB\xBFa"},
		{"$true, $true", []any{true, true}, "\xEF\xBB\xBFa"},
	}
	for _, c := range cases {
		enc, err := New("System.Text.UTF8Encoding", c.args)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		path := filepath.Join(dir, "f.txt")
		tv, _ := dotnet.ResolveType("System.IO.File")
		if _, err := CallStatic(tv, "WriteAllText", []any{path, "a", enc}); err != nil {
			t.Fatalf("%s: WriteAllText: %v", c.name, err)
		}
		b, _ := os.ReadFile(path)
		if string(b) != c.want {
			t.Errorf("%s: file = %q, want %q", c.name, b, c.want)
		}
	}
	if _, err := New("System.Text.UTF8Encoding", []any{true, true, true}); err == nil {
		t.Error("UTF8Encoding with three arguments succeeded")
	}
}
