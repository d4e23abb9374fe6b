package main

import (
	"strings"
	"testing"
)

// $Host.UI.PromptForChoice at a real prompt: the caption after a blank
// line, the message, the menu with each ChoiceDescription's hot key and
// the default; "?" lists the help messages and asks again; the answer's
// index is returned.
func TestReplPromptForChoice(t *testing.T) {
	m := newTerm(t, 140, 40)
	m.text(`$c = [System.Management.Automation.Host.ChoiceDescription[]]((New-Object System.Management.Automation.Host.ChoiceDescription '&Yes','Remove the files.'), (New-Object System.Management.Automation.Host.ChoiceDescription '&No','Keep them.'))`)
	m.enter()
	m.text(`"chose " + $Host.UI.PromptForChoice('Delete files', 'Remove the old logs?', $c, 0)`)
	m.keys("Enter")
	const menu = `[Y] Yes  [N] No  [?] Help (default is "Y"):`
	s := m.waitFor("the menu", func(s string) bool { return strings.HasPrefix(lastOf(s), menu) })
	if want := "\n\nDelete files\nRemove the old logs?\n" + menu; !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%s", s, want)
	}
	m.text("?")
	m.keys("Enter")
	s = m.waitFor("the help", func(s string) bool {
		return strings.Contains(s, "Y - Remove the files.\nN - Keep them.\n") && strings.HasPrefix(lastOf(s), menu)
	})
	m.text("n")
	if s = m.enter(); !strings.Contains(s, "\nchose 1\n") {
		t.Errorf("after N:\n%s", s)
	}
}

// $Host.UI.PromptForCredential at a real prompt: caption, message,
// "User: ", then the password without echo; the result is a
// PSCredential holding both.
func TestReplPromptForCredential(t *testing.T) {
	m := newTerm(t, 140, 40)
	m.text(`$c = $Host.UI.PromptForCredential('Need credentials', 'Please enter your user name and password.', '', 'NetBiosUserName')`)
	m.keys("Enter")
	s := m.waitFor("the user prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), "User:") })
	if want := "\n\nNeed credentials\nPlease enter your user name and password.\nUser:"; !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%q", s, want)
	}
	m.text(`CONTOSO\admin`)
	m.keys("Enter")
	m.waitFor("the password prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), `Password for user CONTOSO\admin:`) })
	m.text("P@ssw0rd")
	s = m.enter()
	if strings.Contains(s, "P@ssw0rd") {
		t.Errorf("the password was echoed:\n%s", s)
	}
	m.text(`$c.GetType().FullName; $c.UserName; $c.GetNetworkCredential().Password`)
	if s = m.enter(); !strings.Contains(s, "\nSystem.Management.Automation.PSCredential\nCONTOSO\\admin\nP@ssw0rd\n") {
		t.Errorf("the credential:\n%s", s)
	}
}

// On a narrow console the Confirm menu goes on at the start of the next
// line, as the console host wraps it; the answer is typed after the
// last piece.
func TestReplConfirmNarrow(t *testing.T) {
	m := newTerm(t, 60, 30)
	m.text(`function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }`)
	m.enter()
	m.text("Remove-Thing a -Confirm")
	m.keys("Enter")
	const last = `[S] Suspend  [?] Help (default is "Y"):`
	s := m.waitFor("the Confirm prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), last) })
	if want := "\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All\n" + last; !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%s", s, want)
	}
	m.text("y")
	if s = m.enter(); !strings.Contains(s, "\nremoved a") {
		t.Errorf("after Y:\n%s", s)
	}
}

// $Host.UI.ReadLine and ReadLineAsSecureString read the next line typed
// (the second without echo, as a SecureString).
func TestReplHostReadLine(t *testing.T) {
	m := newTerm(t, 120, 30)
	m.text(`Write-Host ready; $a = $Host.UI.ReadLine(); $b = $Host.UI.ReadLineAsSecureString(); "[$a] $($b.GetType().FullName) $($b.Length)"`)
	m.keys("Enter")
	n := m.prompts()
	m.waitFor("the command to run", func(s string) bool { return strings.HasSuffix(s, "\nready") })
	m.text("plain text")
	m.keys("Enter")
	m.text("s3cret")
	m.keys("Enter")
	s := m.waitFor("the next prompt", func(s string) bool { return strings.Count(s, "PS ") > n })
	if !strings.Contains(s, "\n[plain text] System.Security.SecureString 6") || strings.Contains(s, "s3cret") {
		t.Errorf("after reading:\n%s", s)
	}
}
