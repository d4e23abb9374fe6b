package interp_test

import (
	"strings"
	"testing"
)

// TestSwitchStringComparison: a switch without -Regex or -Wildcard compares
// the value and a non-script-block clause as strings, case-insensitively
// unless -CaseSensitive (about_Switch, "Impact of string conversion").
func TestSwitchStringComparison(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"enum value is its name", `switch ([System.DayOfWeek]::Thursday) { 4 { 'int' } '4' { 'numstr' } 'thursday' { 'name' } }`, "name"},
		{"number and numeric string", `switch (5) { '5' { 'a' } 5 { 'b' } }; switch ('5') { 5 { 'c' } }`, "a b c"},
		{"string forms differ", `switch (5) { '05' { 'padded' } default { 'no' } }`, "no"},
		{"double prints as int", `switch (5.0) { 5 { 'five' } }`, "five"},
		{"bool is True", `switch ($true) { 1 { 'one' } 'true' { 'name' } }`, "name"},
		{"type literal", `switch ([int]) { ([int]) { 'same type' } '[int]' { 'no' } }`, "same type"},
		{"case sensitive", `switch -CaseSensitive ([System.DayOfWeek]::Monday) { 'monday' { 'lower' } 'Monday' { 'exact' } }`, "exact"},
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
