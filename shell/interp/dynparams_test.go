package interp

import (
	"bytes"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// dynFunc defines Test-Dyn, whose dynamicparam block adds -Extra (in
// set Dyn, at position 0 when $Positional) only when -Kind is 'on'.
const dynFunc = `function Test-Dyn {
  [CmdletBinding()]
  param($Kind, [switch]$Positional)
  dynamicparam {
    if ($Kind -ne 'on') { return }
    $attr = New-Object System.Management.Automation.ParameterAttribute
    $attr.ParameterSetName = 'Dyn'
    if ($Positional) { $attr.Position = 0 }
    $coll = New-Object 'System.Collections.ObjectModel.Collection[System.Attribute]'
    $coll.Add($attr)
    $p = New-Object System.Management.Automation.RuntimeDefinedParameter('Extra', [int], $coll)
    $d = New-Object System.Management.Automation.RuntimeDefinedParameterDictionary
    $d.Add('Extra', $p)
    $d
  }
  end { "Kind=$Kind Extra=$($PSBoundParameters['Extra']) set=$($PSCmdlet.ParameterSetName) var=[$Extra] value=$($p.Value)" }
}
`

// TestDynamicParam: a function's dynamicparam block runs after the static
// parameters are bound and adds the parameters it returns.
func TestDynamicParam(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"named", `Test-Dyn -Kind on -Extra 5`, "Kind=on Extra=5 set=Dyn var=[] value=5\n"},
		{"prefix and order", `Test-Dyn -Ext 6 -Kind on`, "Kind=on Extra=6 set=Dyn var=[] value=6\n"},
		{"positional", `Test-Dyn -Kind on -Positional 7`, "Kind=on Extra=7 set=Dyn var=[] value=7\n"},
		{"absent", `Test-Dyn -Kind off`, "Kind=off Extra= set=__AllParameterSets var=[] value=\n"},
		{"refused", `try { Test-Dyn -Kind off -Extra 1 } catch { $_.FullyQualifiedErrorId }`, "NamedParameterNotFound,Test-Dyn\n"},
		{"converted", `try { Test-Dyn -Kind on -Extra x } catch { $_.FullyQualifiedErrorId }`, "ParameterArgumentTransformationError,Test-Dyn\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			r := New(WithRegistry(cmdlets.Registry()), WithStdout(&out), WithStderr(&errb), WithNonInteractive(true), WithSession(&pipeline.Session{Home: t.TempDir()}))
			if err := r.RunString(dynFunc+tt.src, ""); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("output %q, want %q (stderr %q)", got, tt.want, errb.String())
			}
		})
	}
}
