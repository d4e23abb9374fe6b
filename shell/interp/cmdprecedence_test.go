package interp_test

import (
	"strings"
	"testing"
)

func TestCallOperatorWithCommandInfo(t *testing.T) {
	// An alias comes before a function of the same name, but the
	// FunctionInfo from Get-Command -CommandType Function runs the
	// function itself (about_Command_Precedence).
	out, errs := runScript(t, "function h { 'my function' }\n(Get-Command h).CommandType\n& (Get-Command h -CommandType Function)\n")
	if got := strings.Fields(out); len(got) != 3 || got[0] != "Alias" || got[1]+" "+got[2] != "my function" {
		t.Errorf("out = %q, errors %q", out, errs)
	}
}
