package interp_test

import (
	"strings"
	"testing"
)

// TestEnumVarLifetime: $foreach and $switch exist only while their
// statement runs; an inner loop hands $foreach back to the outer one
// (about_Automatic_Variables).
func TestEnumVarLifetime(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"foreach gone after loop", `foreach ($i in 1) { [void]$foreach.MoveNext() }; $null -eq $foreach`, "True"},
		{"switch gone after switch", `switch (1) { 1 { $switch.Current } }; $null -eq $switch`, "1 True"},
		{"outer foreach back after inner", `foreach ($o in 'a','b') { foreach ($i in 1) { $foreach.Current }; $foreach.Current }`, "1 a 1 b"},
		{"outer switch back after inner", `switch ('x') { 'x' { switch (2) { 2 { $switch.Current } }; $switch.Current } }`, "2 x"},
		{"earlier value put back", `$foreach = 'mine'; foreach ($i in 1) { $foreach.Current }; $foreach`, "1 mine"},
		{"restored after break", `:o foreach ($i in 1,2) { foreach ($j in 3) { $foreach.Current; break o } }; $null -eq $foreach`, "3 True"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out, _ := newRunner(t)
			if err := r.RunString(tc.src, ""); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(strings.Fields(out.String()), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
