package pki

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestFormatName(t *testing.T) {
	oid := func(s ...int) asn1.ObjectIdentifier { return asn1.ObjectIdentifier(s) }
	atv := func(o asn1.ObjectIdentifier, v string) []pkix.AttributeTypeAndValue {
		return []pkix.AttributeTypeAndValue{{Type: o, Value: v}}
	}
	cn, o, c, st, email := oid(2, 5, 4, 3), oid(2, 5, 4, 10), oid(2, 5, 4, 6), oid(2, 5, 4, 8), oid(1, 2, 840, 113549, 1, 9, 1)
	tests := []struct {
		seq  pkix.RDNSequence
		want string
	}{
		{pkix.RDNSequence{atv(c, "US"), atv(o, "Litware"), atv(cn, "sip.litwareinc.com")}, "CN=sip.litwareinc.com, O=Litware, C=US"},
		{pkix.RDNSequence{atv(cn, "myca")}, "CN=myca"},
		{pkix.RDNSequence{atv(st, "Washington"), atv(email, "a@b.com")}, "E=a@b.com, S=Washington"},
		{pkix.RDNSequence{atv(o, "Litware, Inc.")}, `O="Litware, Inc."`},
		{pkix.RDNSequence{atv(o, `Say "hi"`)}, `O="Say ""hi"""`},
		{pkix.RDNSequence{atv(o, " padded")}, `O=" padded"`},
		{pkix.RDNSequence{atv(oid(1, 2, 3, 4), "x")}, "OID.1.2.3.4=x"},
		{pkix.RDNSequence{{{Type: cn, Value: "a"}, {Type: o, Value: "b"}}}, "CN=a + O=b"},
	}
	for _, tt := range tests {
		if got := FormatRDNs(tt.seq); got != tt.want {
			t.Errorf("FormatRDNs = %q, want %q", got, tt.want)
		}
	}
}

// The fixture was made by OpenSSL (3DES keys and certificates, SHA-1 MAC,
// the pre-AES Windows default); its thumbprint and serial are OpenSSL's.
func TestReadLegacyPFXFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/legacy3des.pfx")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadPFX(data, "Legacy1")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Thumbprint(b.Leaf.Raw), "C80E8D3BC54A4105113E08AAB6EC607537E30F39"; got != want {
		t.Errorf("thumbprint = %s, want %s", got, want)
	}
	if got, want := SerialNumber(b.Leaf), "43C15A906BC4970836DEB8AF98670CBD917E2B40"; got != want {
		t.Errorf("serial = %s, want %s", got, want)
	}
	if got, want := FormatName(b.Leaf.RawSubject), "E=admin@litwareinc.com, CN=legacy.litwareinc.com, OU=IT, O=Litware, L=Redmond, S=Washington, C=US"; got != want {
		t.Errorf("subject = %q, want %q", got, want)
	}
	if _, err := ReadPFX(data, "wrong"); !errors.Is(err, ErrBadPassword) {
		t.Errorf("wrong password: %v, want ErrBadPassword", err)
	}
}

func TestReadPFXErrors(t *testing.T) {
	nokey, err := os.ReadFile("testdata/nokey.pfx")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		pass string
		want error
	}{
		{"no key", nokey, "NoKey1", ErrNoPrivateKey},
		{"garbage", []byte("this is not a pfx file"), "x", ErrCorrupt},
		{"empty", nil, "x", ErrCorrupt},
	}
	for _, tt := range tests {
		if _, err := ReadPFX(tt.data, tt.pass); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

func testCA(t *testing.T) *CA {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := NewRootCA("Test CA", `host\Test CA`, k, time.Now().Add(-time.Hour), time.Now().Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return ca
}

func issueLeaf(t *testing.T, ca *CA) (*rsa.PrivateKey, *x509.Certificate) {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ca.Issue(Template{
		Subject:   pkix.Name{CommonName: "leaf.litwareinc.com", Organization: []string{"Litware"}, Country: []string{"US"}},
		DNSNames:  []string{"leaf.litwareinc.com", "sip.litwareinc.com"},
		NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(time.Hour),
	}, &k.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	return k, c
}

func TestPFXRoundTripAndLeafByKey(t *testing.T) {
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
		// The CA first, the leaf second: the leaf must be found by its key.
		data, err := write(k, ca.Cert, []*x509.Certificate{leaf}, "pw")
		if err != nil {
			t.Fatal(err)
		}
		b, err := ReadPFX(data, "pw")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Leaf.Raw, leaf.Raw) {
			t.Errorf("leaf is %q, want the certificate matching the key", b.Leaf.Subject.CommonName)
		}
		if len(b.Chain) != 1 || !bytes.Equal(b.Chain[0].Raw, ca.Cert.Raw) {
			t.Errorf("chain not kept")
		}
	}
}

// berize re-encodes the outer layers of a DER PFX the way Windows
// exports them: indefinite lengths and the authSafe content as a
// constructed OCTET STRING in chunks.
func berize(t *testing.T, der []byte) []byte {
	t.Helper()
	var pfx struct {
		Version  int
		AuthSafe struct {
			ContentType asn1.ObjectIdentifier
			Content     asn1.RawValue `asn1:"tag:0,explicit"`
		}
		MacData asn1.RawValue
	}
	if _, err := asn1.Unmarshal(der, &pfx); err != nil {
		t.Fatal(err)
	}
	var octets []byte
	if _, err := asn1.Unmarshal(pfx.AuthSafe.Content.Bytes, &octets); err != nil {
		t.Fatal(err)
	}
	ver, _ := asn1.Marshal(pfx.Version)
	ctype, _ := asn1.Marshal(pfx.AuthSafe.ContentType)
	var chunks []byte
	for len(octets) > 0 {
		n := min(500, len(octets))
		c, _ := asn1.Marshal(octets[:n])
		chunks = append(chunks, c...)
		octets = octets[n:]
	}
	indef := func(tag byte, body []byte) []byte { return append(append([]byte{tag, 0x80}, body...), 0, 0) }
	content := indef(0xa0, indef(0x24, chunks))
	authSafe := indef(0x30, append(ctype, content...))
	return indef(0x30, append(append(ver, authSafe...), pfx.MacData.FullBytes...))
}

func TestReadBERPFX(t *testing.T) {
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	der, err := WritePFX(k, leaf, []*x509.Certificate{ca.Cert}, "P@ssw0rd")
	if err != nil {
		t.Fatal(err)
	}
	ber := berize(t, der)
	if bytes.Equal(ber, der) {
		t.Fatal("berize changed nothing")
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), "ber.pfx"), ber, 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := ReadPFX(ber, "P@ssw0rd")
	if err != nil {
		t.Fatalf("BER PFX: %v", err)
	}
	if !bytes.Equal(b.Leaf.Raw, leaf.Raw) {
		t.Error("wrong leaf from BER PFX")
	}
	if _, err := ReadPFX(ber, "nope"); !errors.Is(err, ErrBadPassword) {
		t.Errorf("BER PFX, wrong password: %v", err)
	}
}

// OpenSSL, when the machine has it, must read what WritePFX writes and
// make legacy files ReadPFX reads.
func TestOpenSSLInterop(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl not installed")
	}
	dir := t.TempDir()
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	data, err := WritePFX(k, leaf, []*x509.Certificate{ca.Cert}, "P@ssw0rd")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "a.pfx")
	os.WriteFile(p, data, 0o600)
	out, err := exec.Command(openssl, "pkcs12", "-in", p, "-passin", "pass:P@ssw0rd", "-nokeys", "-clcerts").CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("leaf.litwareinc.com")) {
		t.Fatalf("openssl cannot read our PFX: %v\n%s", err, out)
	}
	// Legacy 3DES file made by openssl from our key and certificate.
	keyDER, _ := x509.MarshalPKCS8PrivateKey(k)
	os.WriteFile(filepath.Join(dir, "k.der"), keyDER, 0o600)
	os.WriteFile(filepath.Join(dir, "c.der"), leaf.Raw, 0o600)
	run := func(args ...string) {
		if out, err := exec.Command(openssl, args...).CombinedOutput(); err != nil {
			t.Fatalf("openssl %v: %v\n%s", args, err, out)
		}
	}
	run("pkey", "-inform", "DER", "-in", filepath.Join(dir, "k.der"), "-out", filepath.Join(dir, "k.pem"))
	run("x509", "-inform", "DER", "-in", filepath.Join(dir, "c.der"), "-out", filepath.Join(dir, "c.pem"))
	run("pkcs12", "-export", "-in", filepath.Join(dir, "c.pem"), "-inkey", filepath.Join(dir, "k.pem"),
		"-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES", "-macalg", "sha1", "-passout", "pass:x", "-out", filepath.Join(dir, "l.pfx"))
	legacy, _ := os.ReadFile(filepath.Join(dir, "l.pfx"))
	b, err := ReadPFX(legacy, "x")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Leaf.Raw, leaf.Raw) {
		t.Error("leaf differs")
	}
}

func TestCertObject(t *testing.T) {
	ca := testCA(t)
	k, leaf := issueLeaf(t, ca)
	o := CertObject(leaf, ObjectOptions{HasPrivateKey: true, PrivateKey: k, FriendlyName: "S2S", Roots: []*x509.Certificate{ca.Cert}})
	if o.TypeNames[0] != CertTypeName || o.TypeNames[1] != "System.Security.Cryptography.X509Certificates.X509Certificate" {
		t.Errorf("TypeNames = %v", o.TypeNames)
	}
	get := func(name string) any {
		v, ok := o.Prop(name)
		if !ok {
			t.Fatalf("no property %s", name)
		}
		return v
	}
	if get("Thumbprint") != Thumbprint(leaf.Raw) || get("Subject") != "CN=leaf.litwareinc.com, O=Litware, C=US" || get("Issuer") != "CN=Test CA" {
		t.Errorf("thumbprint/subject/issuer = %v / %v / %v", get("Thumbprint"), get("Subject"), get("Issuer"))
	}
	if get("HasPrivateKey") != true || get("FriendlyName") != "S2S" {
		t.Error("store entry properties lost")
	}
	pk := get("PublicKey").(*object.PSObject)
	key, _ := pk.Prop("Key")
	if ks, _ := key.(*object.PSObject).Prop("KeySize"); ks != int32(2048) {
		t.Errorf("PublicKey.Key.KeySize = %v", ks)
	}
	dns := get("DnsNameList").(*object.List).Items
	if len(dns) != 2 {
		t.Errorf("DnsNameList = %v", dns)
	}
	exts := get("Extensions").(*object.List).Items
	found := false
	for _, e := range exts {
		eo := e.(*object.PSObject)
		if eo.TypeNames[0] == "System.Security.Cryptography.X509Certificates.X509KeyUsageExtension" {
			found = true
			if ku, _ := eo.Prop("KeyUsages"); dotnet.ToString(ku) != "KeyEncipherment, DigitalSignature" {
				t.Errorf("KeyUsages = %v", ku)
			}
		}
	}
	if !found {
		t.Error("no key usage extension")
	}
	verify := o.Member("Verify")
	if r, _ := verify.Call(nil); r != true {
		t.Error("Verify() = false for a certificate issued by a trusted root")
	}
	untrusted := CertObject(leaf, ObjectOptions{})
	if r, _ := untrusted.Member("Verify").Call(nil); r != false {
		t.Error("Verify() = true without the root")
	}
	expired := CertObject(leaf, ObjectOptions{Roots: []*x509.Certificate{ca.Cert}, Now: func() time.Time { return time.Now().Add(48 * time.Hour) }})
	if r, _ := expired.Member("Verify").Call(nil); r != false {
		t.Error("Verify() = true after expiry")
	}
	if c, ok := CertOf(o); !ok || c != leaf {
		t.Error("CertOf does not return the certificate")
	}
	s, _ := o.Member("ToString").Call(nil)
	if str, _ := s.(string); !bytes.HasPrefix([]byte(str), []byte("[Subject]\n  CN=leaf.litwareinc.com, O=Litware, C=US\n\n[Issuer]\n  CN=Test CA\n")) {
		t.Errorf("ToString = %q", s)
	}
}

func TestSerialNumberLeadingZero(t *testing.T) {
	c := &x509.Certificate{SerialNumber: new(big.Int).SetBytes([]byte{0x8f, 0x01})}
	if got := SerialNumber(c); got != "008F01" {
		t.Errorf("SerialNumber = %s, want 008F01", got)
	}
}

func TestNormalizeThumbprint(t *testing.T) {
	if got := NormalizeThumbprint("\u200eab cd:ef"); got != "ABCDEF" {
		t.Errorf("NormalizeThumbprint = %q", got)
	}
}
