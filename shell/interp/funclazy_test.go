package interp

import (
	"bytes"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// A function with a plain signature gets its parameter declarations on
// first look-up; until then it has none, and afterwards it binds, lists
// and shows help exactly as one declared when it was defined.
func TestPlainFunctionDeclaredOnLookup(t *testing.T) {
	var out, errb bytes.Buffer
	r := New(WithRegistry(cmdlets.Registry()), WithStdout(&out), WithStderr(&errb), WithNonInteractive(true), WithSession(&pipeline.Session{Home: t.TempDir()}))
	src := `
<#
.SYNOPSIS
Adds one.
.PARAMETER x
The number to add to.
#>
function Add-One($x, [int]$y = 2) { $x + $y }
function Get-Both { param($a, $b) "$a-$b" }
function Get-Typed { param([Parameter(Mandatory)] $n) $n }
`
	if err := r.RunString(src, ""); err != nil {
		t.Fatal(err)
	}
	pending := func(name string) bool {
		slot := r.global.funcs[strings.ToLower(name)]
		fc := slot.fc
		if slot.ci != nil {
			fc, _ = slot.ci.Script.(*funcCode)
		}
		return fc != nil && fc.pending
	}
	for _, tt := range []struct {
		name    string
		pending bool
	}{{"Add-One", true}, {"Get-Both", true}, {"Get-Typed", false}} {
		if got := pending(tt.name); got != tt.pending {
			t.Errorf("%s pending = %v, want %v", tt.name, got, tt.pending)
		}
	}
	out.Reset()
	r.RunString(`Add-One 4; Get-Both -b 1 -a 2; (Get-Command Add-One).Parameters.Keys -join ','`, "")
	if got, want := out.String(), "6\n2-1\nx,y\n"; got != want {
		t.Errorf("output %q, want %q (stderr %q)", got, want, errb.String())
	}
	if pending("Add-One") {
		t.Error("Add-One still pending after it was called")
	}
	ci := r.findFunction("add-one")
	if p := ci.Param("x"); p == nil || p.Help != "The number to add to." {
		t.Errorf("comment-based help of -x not applied: %+v", p)
	}
	if ci.Synopsis != "Adds one." {
		t.Errorf("Synopsis = %q", ci.Synopsis)
	}
}
