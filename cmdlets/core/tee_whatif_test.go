package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestTeeVariableWhatIf: with $WhatIfPreference on (a function called
// with -WhatIf), Tee-Object still passes its input on but only says
// that it would set the variable, as the Set-Variable it works through
// does (Tee-Object Example 5).
func TestTeeVariableWhatIf(t *testing.T) {
	tests := []struct {
		name   string
		whatIf bool
		set    bool
		host   string
	}{
		{"what if", true, false, `What if: Performing the operation "Set variable" on target "Name: b Value: True".`},
		{"normal", false, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := cmdtest.New()
			rt.Vars["whatifpreference"] = tt.whatIf
			out, err := rt.Run(teeObject(), []any{true}, P("Variable"), "b")
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != 1 || out[0] != true {
				t.Errorf("output %v, want [true]", out)
			}
			if _, ok := rt.Vars["b"]; ok != tt.set {
				t.Errorf("variable set = %v, want %v", ok, tt.set)
			}
			if got := strings.TrimSpace(rt.H.Out.String()); got != tt.host {
				t.Errorf("host %q, want %q", got, tt.host)
			}
		})
	}
}
