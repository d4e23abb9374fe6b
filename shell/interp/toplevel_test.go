package interp_test

import (
	"strings"
	"testing"
)

// Write-Error reference (5.1), Example 2: typed at the prompt, the error
// is prefixed by the command line, which is $MyInvocation.MyCommand (a
// ScriptInfo named by the text).
func TestTopLevelInvocationIsTheLine(t *testing.T) {
	r, out, errb := newRunner(t)
	r.RunString(`Write-Error "Access denied."`, "")
	want := "Write-Error \"Access denied.\" : Access denied.\n    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\n    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException\n"
	if !strings.HasPrefix(errb.String(), want) {
		t.Errorf("stderr = %q, want prefix %q", errb.String(), want)
	}
	r.RunString(`$MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.Name`, "")
	if got, want := out.String(), "Script\n$MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.Name\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
}
