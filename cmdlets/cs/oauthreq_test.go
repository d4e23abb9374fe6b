package cs

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cspsh/pki"
	"cspsh/store"
)

// writeIssuedPFX has the lab CA issue a certificate for subject with a
// key of bits and writes it as a PFX on drive C.
func writeIssuedPFX(t *testing.T, l *lab, name string, subject pkix.Name, bits int) string {
	t.Helper()
	st, err := OpenLab(nil2call(l))
	if err != nil {
		t.Fatal(err)
	}
	k, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		t.Fatal(err)
	}
	var cert *x509.Certificate
	st.View(func(tx *store.Tx) error {
		ca, err := tx.CA(store.LabCA)
		if err != nil {
			t.Fatal(err)
		}
		cert, err = ca.Issue(pki.Template{Subject: subject, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().AddDate(1, 0, 0)}, &k.PublicKey)
		return err
	})
	pfx, err := pki.WritePFX(k, cert, nil, "pw")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(l.rt.Sess.Home, "drives", "C", "Certificates", name), pfx, 0o644)
	return `C:\Certificates\` + name
}

func TestOAuthRequirementsOnImport(t *testing.T) {
	l := newLab(t)
	tests := []struct {
		name    string
		subject pkix.Name
		bits    int
		msg     string
	}{
		{"short.pfx", pkix.Name{CommonName: "sip.litwareinc.com"}, 1024, "at least 2048 bits"},
		{"nodomain.pfx", pkix.Name{CommonName: "sts.fabrikam.com"}, 2048, "does not contain a SIP domain"},
	}
	for _, tt := range tests {
		p := writeIssuedPFX(t, l, tt.name, tt.subject, tt.bits)
		_, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", p, "-Password", "pw")
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.msg)
		}
		if got := l.get("-Identity", "global"); len(got) != 0 {
			t.Errorf("%s: assigned anyway", tt.name)
		}
	}
	// The same 1024-bit certificate is fine for a use without those rules.
	p := writeIssuedPFX(t, l, "short2.pfx", pkix.Name{CommonName: "sip.litwareinc.com"}, 1024)
	if _, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "WsFedTokenTransfer", "-Path", p, "-Password", "pw"); err != nil {
		t.Errorf("WsFedTokenTransfer: %v", err)
	}
}
