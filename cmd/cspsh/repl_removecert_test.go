package main

import (
	"strings"
	"testing"
)

// Remove-CsCertificate on a certificate in use asks first, with the
// cmdlet's ShouldContinue menu; "N" keeps the assignment (the reference:
// "the certificate cannot be removed until you respond to that prompt").
func TestReplRemoveCsCertificateInUse(t *testing.T) {
	m := newTerm(t, 160, 40)
	m.text("Remove-CsCertificate -Type WebServicesExternal")
	m.keys("Enter")
	const menu = `[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"):`
	s := m.waitFor("the prompt", func(s string) bool { return strings.HasPrefix(lastOf(s), menu) })
	if want := "\nConfirm\nThe certificate with thumbprint "; !strings.Contains(s, want) {
		t.Fatalf("prompt:\n%s\nwant it to contain:\n%s", s, want)
	}
	m.text("n")
	m.enter()
	m.text(`(Get-CsCertificate -Type WebServicesExternal).Use`)
	if s = m.enter(); !strings.Contains(s, "\nWebServicesExternal\n") {
		t.Errorf("after N:\n%s", s)
	}
}
