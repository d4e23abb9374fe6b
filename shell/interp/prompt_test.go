package interp_test

import "testing"

// The prompt runs between commands without touching $? or $Error, so
// `$?` typed after a failing command still reports the failure.
func TestPromptKeepsLastStatus(t *testing.T) {
	r, out, _ := newRunner(t)
	r.RunString(`Get-Variable -Name nosuchvariable`, "")
	if got := r.Prompt(); got != "PS /tmp> " {
		t.Errorf("prompt = %q", got)
	}
	r.RunString(`$?; $Error.Count`, "")
	if got, want := out.String(), "False\n1\n"; got != want {
		t.Errorf("after the prompt: %q, want %q", got, want)
	}
}
