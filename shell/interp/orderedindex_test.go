package interp

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestOrderedIndexSet checks that an integer index on an [ordered]
// dictionary sets by position (OrderedDictionary's this[int]) while other
// keys, and any key of a plain hashtable, set by key.
func TestOrderedIndexSet(t *testing.T) {
	r := New()
	tests := []struct {
		ordered bool
		idx     any
		wantKey any
		wantLen int
	}{
		{true, int32(1), "b", 2},
		{true, int64(0), "a", 2},
		{true, "c", "c", 3},
		{false, int32(1), int32(1), 3},
	}
	for _, tt := range tests {
		h := object.NewHashtable(tt.ordered)
		h.Set("a", int32(1))
		h.Set("b", int32(2))
		if err := r.indexSet(h, tt.idx, "new"); err != nil {
			t.Fatalf("ordered=%v [%v] = 'new': %v", tt.ordered, tt.idx, err)
		}
		if v, _ := h.Get(tt.wantKey); v != "new" || h.Len() != tt.wantLen {
			t.Errorf("ordered=%v [%v] = 'new': key %v holds %v, %d keys; want new, %d", tt.ordered, tt.idx, tt.wantKey, v, h.Len(), tt.wantLen)
		}
	}
	h := object.NewHashtable(true)
	h.Set("a", int32(1))
	if err := r.indexSet(h, int32(5), "x"); err == nil {
		t.Error("[ordered] position 5 of 1: no error")
	}
}
