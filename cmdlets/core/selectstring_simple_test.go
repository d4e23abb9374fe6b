package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestSimpleMatchHasNoMatches: Select-String.md, -SimpleMatch: "the
// Matches property of the MatchInfo object returned is empty", also
// with -AllMatches (which SimpleMatch ignores).
func TestSimpleMatchHasNoMatches(t *testing.T) {
	for _, args := range [][]any{
		{P("Pattern"), "HELLO", P("SimpleMatch"), P("CaseSensitive")},
		{P("Pattern"), "l", P("SimpleMatch"), P("AllMatches")},
	} {
		out, err := cmdtest.New().Run(selectString(), strs("Hello", "HELLO"), args...)
		if err != nil || len(out) == 0 {
			t.Fatalf("%v: %v %v", args, out, err)
		}
		for _, mi := range out {
			if m, _ := prop(t, mi, "Matches").([]any); len(m) != 0 {
				t.Errorf("%v: Matches = %v, want empty", args, m)
			}
		}
	}
}
