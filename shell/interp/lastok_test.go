package interp_test

import (
	"strings"
	"testing"
)

// TestLastOKNestedErrors: a pipeline's $? counts the errors its own
// commands write, not those of the commands inside a function or script
// block it runs (each statement there is a pipeline of its own);
// $PSCmdlet.WriteError is the function's own (about_Automatic_Variables).
func TestLastOKNestedErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"Write-Error directly", `Write-Error x 2>$null; $?`, "False"},
		{"Write-Error in a function", `function f { Write-Error x }; f 2>$null; $?`, "True"},
		{"Write-Error in ForEach-Object", `1 | ForEach-Object { Write-Error x } 2>$null; $?`, "True"},
		{"Write-Error in a block with param", `1 | ForEach-Object { param($p) Write-Error x } 2>$null; $?`, "True"},
		{"PSCmdlet.WriteError", `function g { [CmdletBinding()] param() $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new('x'), 'X', 'NotSpecified', $null)) }; g 2>$null; $?`, "False"},
		{"upstream cmdlet error", `Get-Item /no/such/path 2>$null | ForEach-Object { $_ }; $?`, "False"},
		{"inside the function", `function Test-Inside { Write-Error x 2>$null; $? }; Test-Inside`, "False"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out, _ := newRunner(t)
			if err := r.RunString(tc.src, ""); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(out.String()); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
