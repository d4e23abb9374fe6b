package pki

import (
	"crypto/x509"
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

func TestKeyUsageString(t *testing.T) {
	tests := []struct {
		ku   x509.KeyUsage
		want string
	}{
		{x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, "KeyEncipherment, DigitalSignature"},
		{x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature, "CrlSign, KeyCertSign, DigitalSignature"},
		{0, "None"},
	}
	for _, tt := range tests {
		if got := KeyUsageString(tt.ku); got != tt.want {
			t.Errorf("KeyUsageString(%v) = %q, want %q", tt.ku, got, tt.want)
		}
	}
}

func TestExtensionFormat(t *testing.T) {
	ca := testCA(t)
	_, leaf := issueLeaf(t, ca)
	o := CertObject(leaf, ObjectOptions{})
	exts, _ := o.Prop("Extensions")
	want := map[string]string{
		"Subject Alternative Name": "DNS Name=leaf.litwareinc.com, DNS Name=sip.litwareinc.com",
		"Enhanced Key Usage":       "Server Authentication (1.3.6.1.5.5.7.3.1), Client Authentication (1.3.6.1.5.5.7.3.2)",
		"Key Usage":                "Digital Signature, Key Encipherment (a0)",
		"Basic Constraints":        "Subject Type=End Entity, Path Length Constraint=None",
	}
	seen := 0
	for _, e := range exts.(*object.List).Items {
		eo := e.(*object.PSObject)
		oid, _ := eo.Prop("Oid")
		name, _ := oid.(*object.PSObject).Prop("FriendlyName")
		w, ok := want[name.(string)]
		if !ok {
			continue
		}
		seen++
		got, _ := eo.Member("Format").Call([]any{false})
		if got != w {
			t.Errorf("%s.Format($false) = %q, want %q", name, got, w)
		}
		multi, _ := eo.Member("Format").Call([]any{true})
		if !strings.HasSuffix(multi.(string), "\n") {
			t.Errorf("%s.Format($true) = %q: one line each, newline-terminated", name, multi)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d extensions", seen, len(want))
	}
}
