package interp_test

import (
	"strings"
	"testing"
)

// TestPipelineVariableFirstBlock: an advanced function's
// -PipelineVariable holds only what its first block run wrote, as in
// Windows PowerShell 5.1 (about_CommonParameters); cmdlets assign every
// object.
func TestPipelineVariableFirstBlock(t *testing.T) {
	const fn = `function F { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$I) `
	tests := []struct {
		name, src, want string
	}{
		{"begin block wins", fn + `begin { 'b' } process { "p$I" } }; 1,2 | F -pv v | % { "$_=$v" }`, "b=b p1= p2="},
		{"first process run", fn + `process { "p$I" } }; 1,2 | F -pv v | % { "$_=$v" }`, "p1=p1 p2="},
		{"one body, every object", fn + `'x'; 'y' }; F -pv v | % { "$_=$v" }`, "x=x y=y"},
		{"cleared after the pipeline", fn + `'x' }; F -pv v | Out-Null; $null -eq $v`, "True"},
		{"cmdlet assigns every object", `1,2 | % -pv v { $_ } | % { "$_=$v" }`, "1=1 2=2"},
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
