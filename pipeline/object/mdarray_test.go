package object

import "testing"

func TestMDArrayOffset(t *testing.T) {
	a := NewMDArray("System.Int32", []int{2, 3}, int32(0))
	tests := []struct {
		idx  []int
		off  int
		inOK bool
	}{
		{[]int{0, 0}, 0, true},
		{[]int{0, 2}, 2, true},
		{[]int{1, 0}, 3, true},
		{[]int{-1, -1}, 5, true},
		{[]int{2, 0}, 0, false},
		{[]int{0, 3}, 0, false},
		{[]int{0}, 0, false},
	}
	for _, tc := range tests {
		off, ok := a.Offset(tc.idx)
		if ok != tc.inOK || (ok && off != tc.off) {
			t.Errorf("Offset(%v) = %d, %v; want %d, %v", tc.idx, off, ok, tc.off, tc.inOK)
		}
	}
	if a.TypeName() != "System.Int32[,]" || a.Rank() != 2 || len(a.Items) != 6 || a.Items[5] != int32(0) {
		t.Errorf("NewMDArray = %#v", a)
	}
}

func TestEnumerator(t *testing.T) {
	e := NewEnumerator(InputEnumeratorType, []any{"a", "b", "c"})
	if e.Current() != nil {
		t.Error("Current before MoveNext is not $null")
	}
	if !e.MoveNext() || e.Current() != "a" {
		t.Fatal("first MoveNext")
	}
	if rest := e.Drain(); len(rest) != 2 || rest[0] != "b" {
		t.Errorf("Drain after one MoveNext = %v", rest)
	}
	if rest := e.Drain(); len(rest) != 0 {
		t.Errorf("second Drain = %v", rest)
	}
	if e.MoveNext() || e.Current() != nil {
		t.Error("MoveNext past the end")
	}
	e.Reset()
	if rest := e.Drain(); len(rest) != 3 {
		t.Errorf("Drain after Reset = %v", rest)
	}
}

func TestDictKeysCaseSensitive(t *testing.T) {
	h := NewHashtable(false)
	h.Dict = &DictType{TypeName: "D", KeyType: "System.String", ValueType: "System.Int32"}
	h.Set("a", 1)
	h.Set("A", 2)
	if h.Len() != 2 {
		t.Fatalf("Len = %d, want 2 (ordinal keys)", h.Len())
	}
	if v, _ := h.Get("A"); v != 2 {
		t.Errorf("Get(A) = %v", v)
	}
	h.Delete("a")
	if h.Has("a") || !h.Has("A") {
		t.Error("Delete(a) removed the wrong key")
	}
	ci := NewHashtable(false)
	ci.Dict = &DictType{TypeName: "D", KeyType: "System.String", ValueType: "System.Int32", IgnoreCase: true}
	ci.Set("Key", 1)
	ci.Set("KEY", 2)
	if ci.Len() != 1 {
		t.Errorf("IgnoreCase Len = %d, want 1", ci.Len())
	}
}
