package pki

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"software.sslmate.com/src/go-pkcs12"
)

// indefinite re-encodes DER with every constructed element in
// indefinite-length form, as BER writers do.
func indefinite(t *testing.T, der []byte) []byte {
	t.Helper()
	var out []byte
	for len(der) > 0 {
		var rv asn1.RawValue
		rest, err := asn1.Unmarshal(der, &rv)
		if err != nil {
			t.Fatal(err)
		}
		hdr := len(rv.FullBytes) - len(rv.Bytes)
		if rv.IsCompound {
			tag := rv.FullBytes[:1]
			out = append(out, tag...)
			out = append(out, 0x80)
			out = append(out, indefinite(t, rv.Bytes)...)
			out = append(out, 0, 0)
		} else {
			out = append(out, rv.FullBytes[:hdr]...)
			out = append(out, rv.Bytes...)
		}
		der = rest
	}
	return out
}

// deepBER turns a DER PFX into one that is BER throughout its
// unencrypted layers, with the MAC computed over the BER bytes.
func deepBER(t *testing.T, der []byte, password string) []byte {
	t.Helper()
	var pfx pfxPDU
	if _, err := asn1.Unmarshal(der, &pfx); err != nil {
		t.Fatal(err)
	}
	var inner []byte
	asn1.Unmarshal(pfx.AuthSafe.Content.Bytes, &inner)
	var safes []contentInfo
	if _, err := asn1.Unmarshal(inner, &safes); err != nil {
		t.Fatal(err)
	}
	for i, ci := range safes {
		if ci.ContentType.Equal(oidData) {
			var contents []byte
			asn1.Unmarshal(ci.Content.Bytes, &contents)
			safes[i].Content, _ = explicitOctets(indefinite(t, contents))
		}
	}
	inner, _ = asn1.Marshal(safes)
	inner = indefinite(t, inner)
	pfx.AuthSafe.Content, _ = explicitOctets(inner)
	var md macData
	asn1.Unmarshal(pfx.MacData.FullBytes, &md)
	sum, err := pfxMAC(&md, inner, password)
	if err != nil {
		t.Fatal(err)
	}
	md.Mac.Digest = sum
	b, _ := asn1.Marshal(md)
	pfx.MacData = asn1.RawValue{FullBytes: b}
	out, _ := asn1.Marshal(pfx)
	return indefinite(t, out)
}

func TestReadDeepBERPFX(t *testing.T) {
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	for _, write := range []func(any, *x509.Certificate, []*x509.Certificate, string) ([]byte, error){
		func(k any, l *x509.Certificate, c []*x509.Certificate, p string) ([]byte, error) {
			return WritePFX(k, l, c, p)
		},
		func(k any, l *x509.Certificate, c []*x509.Certificate, p string) ([]byte, error) {
			return WriteLegacyPFX(k, l, c, p)
		},
	} {
		der, err := write(k, leaf, []*x509.Certificate{ca.Cert}, "Pässwort")
		if err != nil {
			t.Fatal(err)
		}
		ber := deepBER(t, der, "Pässwort")
		if _, _, _, err := decodeDirect(ber, "Pässwort"); err == nil {
			t.Fatal("the BER file decodes without conversion; the test proves nothing")
		}
		// OpenSSL, when present, must accept the BER file and its MAC.
		if openssl, err := exec.LookPath("openssl"); err == nil {
			p := filepath.Join(t.TempDir(), "ber.pfx")
			os.WriteFile(p, ber, 0o600)
			if out, err := exec.Command(openssl, "pkcs12", "-in", p, "-passin", "pass:Pässwort", "-nokeys", "-noout").CombinedOutput(); err != nil {
				t.Fatalf("openssl rejects the BER test file: %v\n%s", err, out)
			}
		}
		b, err := ReadPFX(ber, "Pässwort")
		if err != nil {
			t.Fatalf("deep BER PFX: %v", err)
		}
		if !bytes.Equal(b.Leaf.Raw, leaf.Raw) || len(b.Chain) != 1 {
			t.Error("wrong contents from a deep BER PFX")
		}
		if _, err := ReadPFX(ber, "wrong"); !errors.Is(err, ErrBadPassword) {
			t.Errorf("deep BER PFX, wrong password: %v", err)
		}
	}
}

// The KDF against RFC 7292's definition as OpenSSL implements it: the MAC
// of an OpenSSL-made file verifies with the right password only.
func TestMACOfOpenSSLFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/legacy3des.pfx")
	if err != nil {
		t.Fatal(err)
	}
	var pfx pfxPDU
	if _, err := asn1.Unmarshal(data, &pfx); err != nil {
		t.Fatal(err)
	}
	var inner []byte
	asn1.Unmarshal(pfx.AuthSafe.Content.Bytes, &inner)
	var md macData
	if _, err := asn1.Unmarshal(pfx.MacData.FullBytes, &md); err != nil {
		t.Fatal(err)
	}
	good, _ := pfxMAC(&md, inner, "Legacy1")
	bad, _ := pfxMAC(&md, inner, "Legacy2")
	if !bytes.Equal(good, md.Mac.Digest) || bytes.Equal(bad, md.Mac.Digest) {
		t.Error("PFX MAC does not match OpenSSL's")
	}
}

// decodeDirect is go-pkcs12's decoder without the BER fallback.
func decodeDirect(data []byte, password string) (any, *x509.Certificate, []*x509.Certificate, error) {
	return pkcs12.DecodeChain(data, password)
}
