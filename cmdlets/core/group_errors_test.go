package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestGroupHashtableErrors: Windows PowerShell 5.1 declares one
// parameter set for Group-Object, so these are the command's own
// errors (UtilityCommonStrings GroupObjectWithHashTable and
// GroupObjectSingleProperty), raised only when there is something to
// group.
func TestGroupHashtableErrors(t *testing.T) {
	mod2 := cmdtest.SB("$_ % 2", func(d any) any { return d.(int32) % 2 })
	mod3 := cmdtest.SB("$_ % 3", func(d any) any { return d.(int32) % 3 })
	tests := []struct {
		name  string
		input []any
		args  []any
		want  string // "" = no error
	}{
		{"AsString alone", ints(1, 5), []any{P("AsString")},
			"The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter."},
		{"AsString alone, no input", []any{}, []any{P("AsString")}, ""},
		{"two keys", ints(1, 5), []any{P("Property"), []any{mod2, mod3}, P("AsHashTable")},
			"The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter."},
		{"two keys as strings", ints(1, 5), []any{P("Property"), []any{mod2, mod3}, P("AsHashTable"), P("AsString")}, ""},
	}
	for _, tt := range tests {
		rt := cmdtest.New()
		_, err := rt.Run(groupObject(), tt.input, tt.args...)
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		rec, ok := err.(*object.ErrorRecord)
		if !ok || rec.Exception.Message != tt.want || !strings.HasPrefix(rec.FullyQualifiedErrorID, "ArgumentException,") {
			t.Errorf("%s: got %v (%T)", tt.name, err, err)
		}
	}
}
