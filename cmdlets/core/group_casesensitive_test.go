package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestGroupCaseSensitiveHashTable: -CaseSensitive -AsHashTable makes a
// case-sensitive table, so values differing only in case stay two keys
// (Group-Object Example 8); without -CaseSensitive they are one group.
func TestGroupCaseSensitiveHashTable(t *testing.T) {
	tests := []struct {
		name     string
		args     []any
		keys     int
		lowerLen int // members under ".txt"
	}{
		{"case-sensitive", []any{P("AsHashTable"), P("CaseSensitive")}, 2, 2},
		{"case-sensitive as string", []any{P("AsHashTable"), P("AsString"), P("CaseSensitive")}, 2, 2},
		{"default", []any{P("AsHashTable")}, 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(groupObject(), strs(".txt", ".TXT", ".txt"), tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			h := out[0].(*object.Hashtable)
			if got := len(h.Keys()); got != tt.keys {
				t.Fatalf("%d keys, want %d", got, tt.keys)
			}
			v, _ := h.Get(".txt")
			if got := len(v.(*object.List).Items); got != tt.lowerLen {
				t.Errorf(".txt has %d members, want %d", got, tt.lowerLen)
			}
		})
	}
}
