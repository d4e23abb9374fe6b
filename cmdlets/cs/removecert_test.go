package cs

import (
	"strings"
	"testing"
)

// A certificate in use is removed only after the prompt is answered
// (the reference: "the certificate cannot be removed until you respond
// to that prompt"). With no console to answer it, the command fails with
// the NonInteractive error and removes nothing; -Force and -WhatIf never
// ask.
func TestRemoveInUseNeedsAnAnswer(t *testing.T) {
	tests := []struct {
		args    []any
		wantErr string
		removed bool
	}{
		{[]any{"-Type", "WebServicesExternal"}, "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", false},
		{[]any{"-Type", []any{"WebServicesExternal", "Default"}}, "Windows PowerShell is in NonInteractive mode.", false},
		{[]any{"-Type", "WebServicesExternal", "-WhatIf"}, "", false},
		{[]any{"-Type", "WebServicesExternal", "-Force"}, "", true},
	}
	for _, tt := range tests {
		l := newLab(t)
		_, err := l.run("Remove-CsCertificate", tt.args...)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%v: %v", tt.args, err)
		case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
			t.Errorf("%v: error %v, want %q", tt.args, err, tt.wantErr)
		}
		if got := len(l.get("-Type", "WebServicesExternal")) == 0; got != tt.removed {
			t.Errorf("%v: removed %v, want %v", tt.args, got, tt.removed)
		}
		if len(l.get("-Type", "Default")) != 1 {
			t.Errorf("%v: Default removed", tt.args)
		}
	}
}
