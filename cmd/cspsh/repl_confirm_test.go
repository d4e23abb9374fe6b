package main

import (
	"strings"
	"testing"
)

// The Confirm prompt of ShouldProcess at a real prompt (about_CommonParameters,
// -Confirm): the caption, "Are you sure you want to perform this action?",
// the operation, the choices; N skips one object, A confirms the rest.
func TestReplConfirm(t *testing.T) {
	m := newTerm(t, 140, 40)
	m.text(`function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param([Parameter(ValueFromPipeline)]$Name) process { if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } } }`)
	m.enter()
	m.text("'a','b','c' | Remove-Thing -Confirm")
	m.keys("Enter")
	const menu = `[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):`
	s := m.waitFor("the Confirm prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), menu) })
	want := "Confirm\nAre you sure you want to perform this action?\nPerforming the operation \"Remove-Thing\" on target \"a\".\n" + menu
	if !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%s", s, want)
	}
	m.text("n")
	m.keys("Enter")
	m.waitFor("the prompt for b", func(s string) bool {
		return strings.Contains(s, `on target "b".`) && strings.HasPrefix(lastOf(s), menu)
	})
	m.text("a")
	s = m.enter()
	if strings.Contains(s, "removed a") || !strings.Contains(s, "\nremoved b\nremoved c") {
		t.Errorf("after N then A:\n%s", s)
	}
	if strings.Contains(s, `on target "c"`) {
		t.Errorf("Yes to All still asked for c:\n%s", s)
	}
}

// lastOf is the last line of a captured screen (the one the cursor is on).
func lastOf(screen string) string {
	lines := strings.Split(screen, "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// The Inquire preference at a real prompt (about_Preference_Variables,
// $VerbosePreference = "Inquire"): the message, then "Continue with this
// operation?" with Halt Command; H stops the command.
func TestReplInquire(t *testing.T) {
	m := newTerm(t, 140, 40)
	m.text(`$VerbosePreference = "Inquire"; Write-Verbose -Message "Verbose message test."; "went on"`)
	m.keys("Enter")
	const menu = `[Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend  [?] Help (default is "Y"):`
	s := m.waitFor("the Inquire prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), menu) })
	want := "VERBOSE: Verbose message test.\n\nConfirm\nContinue with this operation?\n" + menu
	if !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%s", s, want)
	}
	m.text("h")
	s = m.enter()
	if !strings.Contains(s, "Write-Verbose : The running command stopped because the user selected the Stop option.") {
		t.Errorf("after Halt:\n%s", s)
	}
}
