package cs

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/object"
	"cspsh/pki"
)

func TestLoadCertificateMessages(t *testing.T) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(9), Subject: pkix.Name{CommonName: "load.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pfx, err := pki.WritePFX(k, cert, nil, "right")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		password string
		flags    int64
		wantErr  string
		wantKey  bool
	}{
		{"DER certificate", der, "", 0, "", false},
		{"PFX with its password", pfx, "right", flagExportable, "", true},
		{"PFX with a wrong password", pfx, "wrong", 0, errBadPassword, false},
		{"not a certificate", []byte("hello"), "", 0, errNotFoundInPFX, false},
	}
	for _, tt := range tests {
		o, err := loadCertificate(tt.data, tt.password, tt.flags, x509Cert2Type)
		if tt.wantErr != "" {
			ex, ok := err.(*object.Exception)
			if !ok || ex.Type != cryptoException || !strings.Contains(ex.Message, tt.wantErr) {
				t.Errorf("%s: error = %v, want CryptographicException %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if has, _ := o.Prop("HasPrivateKey"); has != tt.wantKey {
			t.Errorf("%s: HasPrivateKey = %v, want %v", tt.name, has, tt.wantKey)
		}
		if tt.wantKey && !pki.ExportableOf(o) {
			t.Errorf("%s: the Exportable flag was lost", tt.name)
		}
	}
}
