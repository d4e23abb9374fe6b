package interp

import (
	"bytes"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// TestParameterSetOrder: a parameter's [Parameter()] attributes are read
// last to first, which orders the sets they name (default set first).
func TestParameterSetOrder(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"reversed attributes", `function f { [CmdletBinding()] param([Parameter(ParameterSetName='A')][Parameter(ParameterSetName='B')]$x, [Parameter(ParameterSetName='C')]$y) }`, "B,A,C\n"},
		{"default first", `function f { [CmdletBinding(DefaultParameterSetName='C')] param([Parameter(ParameterSetName='A')][Parameter(ParameterSetName='B')]$x, [Parameter(ParameterSetName='C')]$y) }`, "C,B,A\n"},
		{"one attribute each", `function f { [CmdletBinding()] param([Parameter(ParameterSetName='A')]$x, [Parameter(ParameterSetName='B')]$y) }`, "A,B\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			r := New(WithRegistry(cmdlets.Registry()), WithStdout(&out), WithStderr(&errb), WithNonInteractive(true), WithSession(&pipeline.Session{Home: t.TempDir()}))
			if err := r.RunString(tt.src+"\n(Get-Command f).ParameterSets.Name -join ','", ""); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("output %q, want %q (stderr %q)", got, tt.want, errb.String())
			}
		})
	}
}
