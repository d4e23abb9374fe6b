package interp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFileScriptCommonParameters: the common parameters given to an
// advanced script run with -File set its preference variables
// (about_CommonParameters), as they do for `& script.ps1`.
func TestFileScriptCommonParameters(t *testing.T) {
	const script = "[CmdletBinding(SupportsShouldProcess)] param()\n" +
		"Write-Verbose 'said'\n" +
		`"v=$VerbosePreference e=$ErrorActionPreference d=$DebugPreference w=$WhatIfPreference"` + "\n"
	tests := []struct {
		args []string
		want string
	}{
		{nil, "v=SilentlyContinue e=Continue d=SilentlyContinue w=False"},
		{[]string{"-Verbose"}, "VERBOSE: said v=Continue e=Continue d=SilentlyContinue w=False"},
		{[]string{"-ErrorAction", "Stop", "-Debug", "-WhatIf"}, "v=SilentlyContinue e=Stop d=Continue w=True"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.ps1")
			if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
				t.Fatal(err)
			}
			r, out, _ := newRunner(t)
			if err := r.RunFile(path, tc.args); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(strings.Fields(out.String()), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
