package object

import "testing"

func TestAttach(t *testing.T) {
	mk := func() *PSObject { return NewObject("System.Object[]", "System.Array", "System.Object") }
	a := []any{int32(1), int32(2)}
	h, ok := Attach(a, mk)
	if !ok || h == nil {
		t.Fatal("Attach on a non-empty array failed")
	}
	h.SetProp("x", int32(5))
	same := a
	cases := []struct {
		name string
		v    any
		want *PSObject
	}{
		{"the array", a, h},
		{"another variable holding it", same, h},
		{"an equal array", []any{int32(1), int32(2)}, nil},
		{"a shorter view of it", a[:1], nil},
		{"a string", "ab", nil},
		{"nil", nil, nil},
	}
	for _, c := range cases {
		if got := Attached(c.v); got != c.want {
			t.Errorf("Attached(%s) = %p, want %p", c.name, got, c.want)
		}
	}
	if again, _ := Attach(a, mk); again != h {
		t.Error("a second Attach made a new holder")
	}
	for _, v := range []any{[]any{}, "s", int32(1), Char('c')} {
		if _, ok := Attach(v, mk); ok {
			t.Errorf("Attach(%#v) succeeded; only non-empty arrays, lists and hashtables keep members", v)
		}
	}
	ht := NewHashtable(false)
	if hh, ok := Attach(ht, mk); !ok || Attached(ht) != hh || Attached(NewHashtable(false)) != nil {
		t.Error("a hashtable's members are not its own")
	}
	l := &List{Items: []any{1}}
	hl, ok := Attach(l, mk)
	if !ok || Attached(l) != hl || Attached(&List{Items: []any{1}}) != nil {
		t.Error("a list's members are not its own")
	}
}
