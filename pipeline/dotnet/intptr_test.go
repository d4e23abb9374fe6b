package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestIntPtrAndDBNull(t *testing.T) {
	names := []struct {
		v          any
		name, text string
		truth      bool
	}{
		{object.DBNull{}, "System.DBNull", "", true},
		{object.IntPtr(0), "System.IntPtr", "0", true},
		{object.IntPtr(-42), "System.IntPtr", "-42", true},
	}
	for _, c := range names {
		if got := TypeName(c.v); got != c.name {
			t.Errorf("TypeName(%#v) = %q, want %q", c.v, got, c.name)
		}
		if got := ToString(c.v); got != c.text {
			t.Errorf("ToString(%#v) = %q, want %q", c.v, got, c.text)
		}
		if got := ToBool(c.v); got != c.truth {
			t.Errorf("ToBool(%#v) = %v, want %v", c.v, got, c.truth)
		}
	}
	conv := []struct {
		v      any
		target string
		want   any
		fails  bool
	}{
		{int32(5), "System.IntPtr", object.IntPtr(5), false},
		{int64(1) << 40, "System.IntPtr", object.IntPtr(1 << 40), false},
		{nil, "System.IntPtr", object.IntPtr(0), false},
		{object.IntPtr(7), "System.Int64", int64(7), false},
		{object.IntPtr(7), "System.Int32", int32(7), false},
		{object.IntPtr(1 << 40), "System.Int32", nil, true},
		{object.IntPtr(7), "System.String", "7", false},
		{object.IntPtr(7), "System.Object", object.IntPtr(7), false},
		{object.IntPtr(7), "System.Double", nil, true},
		{"x", "System.IntPtr", nil, true},
	}
	for _, c := range conv {
		got, err := Convert(c.v, c.target)
		if c.fails {
			if err == nil {
				t.Errorf("Convert(%#v, %s) = %#v, want an error", c.v, c.target, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Convert(%#v, %s) = %#v, %v; want %#v", c.v, c.target, got, err, c.want)
		}
	}
	for _, c := range []struct {
		v    any
		typ  string
		want bool
	}{
		{object.DBNull{}, "DBNull", true},
		{object.DBNull{}, "System.ValueType", false},
		{object.IntPtr(1), "System.ValueType", true},
		{object.IntPtr(1), "IntPtr", true},
	} {
		tv, ok := ResolveType(c.typ)
		if !ok {
			t.Fatalf("ResolveType(%q) failed", c.typ)
		}
		if got := IsInstance(c.v, tv); got != c.want {
			t.Errorf("%#v -is [%s] = %v, want %v", c.v, c.typ, got, c.want)
		}
	}
}
