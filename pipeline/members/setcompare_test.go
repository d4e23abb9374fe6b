package members

import "testing"

// TestSetCompare checks HashSet<T>'s comparisons against {1,2,3}.
func TestSetCompare(t *testing.T) {
	tests := []struct {
		method string
		other  []any
		want   bool
	}{
		{"Overlaps", []any{int32(3), int32(9)}, true},
		{"Overlaps", []any{int32(9)}, false},
		{"SetEquals", []any{int32(3), int32(2), int32(1), int32(1)}, true},
		{"IsSubsetOf", []any{int32(1), int32(2), int32(3)}, true},
		{"IsProperSubsetOf", []any{int32(1), int32(2), int32(3)}, false},
		{"IsProperSubsetOf", []any{int32(1), int32(2), int32(3), int32(4)}, true},
		{"IsSupersetOf", []any{int32(2)}, true},
		{"IsProperSupersetOf", []any{int32(1), int32(2), int32(3)}, false},
		{"IsSupersetOf", []any{"2"}, true}, // converted to T first
	}
	for _, tt := range tests {
		set, err := New("System.Collections.Generic.HashSet[int]", nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []any{int32(1), int32(2), int32(3)} {
			if _, err := Call(set, "Add", []any{v}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := Call(set, tt.method, []any{tt.other})
		if err != nil || got != tt.want {
			t.Errorf("%s(%v) = %v, %v; want %v", tt.method, tt.other, got, err, tt.want)
		}
	}
}
