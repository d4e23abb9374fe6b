package pki

import (
	"crypto/x509"
	"os"
	"testing"
)

// berFixtureThumbprint is the SHA-1 fingerprint OpenSSL printed for the
// leaf of testdata/ber.pfx ("openssl pkcs12 -in ber.pfx -nokeys -clcerts |
// openssl x509 -noout -fingerprint -sha1").
const berFixtureThumbprint = "2694313B06671DD0292B7E6F841018F5E79B8255"

// TestBERFixture reads the committed BER-encoded PFX (indefinite lengths
// in every unencrypted layer, as Windows and Java write them). Set
// CSPSH_WRITE_FIXTURES=1 to make a new one.
func TestBERFixture(t *testing.T) {
	if os.Getenv("CSPSH_WRITE_FIXTURES") == "1" {
		ca := testCA(t)
		k, leaf := issueLeaf(t, ca)
		der, err := WriteLegacyPFX(k, leaf, []*x509.Certificate{ca.Cert}, "BerFixture1")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("testdata/ber.pfx", deepBER(t, der, "BerFixture1"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote testdata/ber.pfx, leaf %s", Thumbprint(leaf.Raw))
	}
	data, err := os.ReadFile("testdata/ber.pfx")
	if err != nil {
		t.Fatal(err)
	}
	if data[1] != 0x80 {
		t.Fatal("the fixture does not start with an indefinite length")
	}
	b, err := ReadPFX(data, "BerFixture1")
	if err != nil {
		t.Fatal(err)
	}
	if got := Thumbprint(b.Leaf.Raw); got != berFixtureThumbprint {
		t.Errorf("leaf thumbprint %s, want %s", got, berFixtureThumbprint)
	}
}
