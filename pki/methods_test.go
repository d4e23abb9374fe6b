package pki

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

func TestDecodeNameFlags(t *testing.T) {
	name := pkix.Name{CommonName: "sip.litwareinc.com", Organization: []string{"Litware, Inc."}, Country: []string{"US"}}
	raw, err := asn1.Marshal(name.ToRDNSequence())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		flags int64
		want  string
	}{
		{0, `C=US, O="Litware, Inc.", CN=sip.litwareinc.com`},
		{x500Reversed, `CN=sip.litwareinc.com, O="Litware, Inc.", C=US`},
		{x500Reversed | x500UseSemicolons, `CN=sip.litwareinc.com; O="Litware, Inc."; C=US`},
		{x500UseNewLines, "C=US\nO=\"Litware, Inc.\"\nCN=sip.litwareinc.com"},
		{x500DoNotUseQuotes, `C=US, O=Litware, Inc., CN=sip.litwareinc.com`},
	}
	for _, tt := range tests {
		if got := DecodeName(raw, tt.flags); got != tt.want {
			t.Errorf("DecodeName(%d) = %q, want %q", tt.flags, got, tt.want)
		}
	}
	if got, want := formatName(raw, true), "CN=sip.litwareinc.com\nO=\"Litware, Inc.\"\nC=US\n"; got != want {
		t.Errorf("Format($true) = %q, want %q", got, want)
	}
}

func call(t *testing.T, o *object.PSObject, name string, args ...any) any {
	t.Helper()
	m := o.Member(name)
	if m == nil || m.Call == nil {
		t.Fatalf("no method %s", name)
	}
	r, err := m.Call(args)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func bytesOf(v any) []byte {
	var out []byte
	for _, x := range v.([]any) {
		out = append(out, x.(uint8))
	}
	return out
}

func TestCertificateMethods(t *testing.T) {
	ca := testCA(t)
	_, leaf := issueLeaf(t, ca)
	o := CertObject(leaf, ObjectOptions{})
	tests := []struct {
		method string
		args   []any
		want   any
	}{
		{"GetFormat", nil, "X509"},
		{"GetKeyAlgorithm", nil, "1.2.840.113549.1.1.1"},
		{"GetKeyAlgorithmParametersString", nil, "0500"},
		{"GetName", nil, "CN=leaf.litwareinc.com, O=Litware, C=US"},
		{"GetIssuerName", nil, "CN=Test CA"},
		{"GetCertHashString", nil, Thumbprint(leaf.Raw)},
		{"GetRawCertDataString", nil, strings.ToUpper(upperHex(leaf.Raw))},
		{"GetNameInfo", []any{"SimpleName", false}, "leaf.litwareinc.com"},
		{"GetNameInfo", []any{"DnsName", false}, "leaf.litwareinc.com"},
		{"GetNameInfo", []any{"DnsFromAlternativeName", false}, "leaf.litwareinc.com"},
		{"GetNameInfo", []any{"SimpleName", true}, "Test CA"},
		{"GetNameInfo", []any{"UpnName", false}, ""},
		{"Equals", []any{o}, true},
		{"Equals", []any{"x"}, false},
	}
	for _, tt := range tests {
		if got := call(t, o, tt.method, tt.args...); got != tt.want {
			t.Errorf("%s%v = %v, want %v", tt.method, tt.args, got, tt.want)
		}
	}
	// GetSerialNumber is the serial's bytes in reverse (little-endian).
	serial := bytesOf(call(t, o, "GetSerialNumber"))
	for i, j := 0, len(serial)-1; i < j; i, j = i+1, j-1 {
		serial[i], serial[j] = serial[j], serial[i]
	}
	if got := upperHex(serial); got != SerialNumber(leaf) {
		t.Errorf("GetSerialNumber reversed = %s, want %s", got, SerialNumber(leaf))
	}
	if got := bytesOf(call(t, o, "Export", "Cert")); !bytes.Equal(got, leaf.Raw) {
		t.Error("Export('Cert') is not the DER encoding")
	}
	if _, err := o.Member("Export").Call([]any{"Unknown"}); err == nil || !strings.Contains(err.Error(), "Invalid content type.") {
		t.Errorf("Export('Unknown') error = %v", err)
	}
}

func TestExportPfx(t *testing.T) {
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	tests := []struct {
		name    string
		opts    ObjectOptions
		wantKey bool
		wantErr string
	}{
		{"exportable key", ObjectOptions{HasPrivateKey: true, PrivateKey: k, Exportable: true}, true, ""},
		{"non-exportable key", ObjectOptions{HasPrivateKey: true, PrivateKey: k}, false, "Key not valid for use in specified state."},
		{"no key", ObjectOptions{}, false, ""},
	}
	for _, tt := range tests {
		data, err := Export(leaf, tt.opts, "Pfx", "pw")
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		b, err := ReadPFX(data, "pw")
		if tt.wantKey {
			if err != nil || Thumbprint(b.Leaf.Raw) != Thumbprint(leaf.Raw) {
				t.Errorf("%s: ReadPFX = %v", tt.name, err)
			}
		} else if err == nil {
			t.Errorf("%s: the file holds a key", tt.name)
		}
	}
}

func TestKeyUsageFlagsAndBasicConstraints(t *testing.T) {
	tests := []struct {
		ku   x509.KeyUsage
		want int64
	}{
		{x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, 160},
		{x509.KeyUsageCertSign | x509.KeyUsageCRLSign, 6},
		{x509.KeyUsageDecipherOnly, 32768},
		{0, 0},
	}
	for _, tt := range tests {
		if got := KeyUsageFlags(tt.ku); got != tt.want {
			t.Errorf("KeyUsageFlags(%d) = %d, want %d", tt.ku, got, tt.want)
		}
	}
	ca := testCA(t)
	_, leaf := issueLeaf(t, ca)
	exts, _ := CertObject(leaf, ObjectOptions{}).Prop("Extensions")
	for _, e := range exts.(*object.List).Items {
		eo := e.(*object.PSObject)
		if eo.TypeNames[0] != "System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension" {
			continue
		}
		// .NET reports 0 when the extension sets no path length.
		if v, _ := eo.Prop("PathLengthConstraint"); v != int32(0) {
			t.Errorf("PathLengthConstraint = %v, want 0", v)
		}
	}
}

func TestIsPFX(t *testing.T) {
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	pfx, err := WritePFX(k, leaf, nil, "pw")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"PFX with a password", pfx, true},
		{"DER certificate", leaf.Raw, false},
		{"garbage", []byte{1, 2, 3}, false},
	}
	for _, tt := range tests {
		if got := IsPFX(tt.data); got != tt.want {
			t.Errorf("IsPFX(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
