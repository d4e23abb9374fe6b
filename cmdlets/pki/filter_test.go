package pki

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"testing"
	"time"

	"cspsh/pipeline/wildcard"
	"cspsh/pki"
)

func filterTestCert(t *testing.T, cn string, dns []string, eku []x509.ExtKeyUsage, notAfter time.Time) *x509.Certificate {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: cn}, DNSNames: dns,
		ExtKeyUsage: eku, NotBefore: notAfter.AddDate(-1, 0, 0), NotAfter: notAfter}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCertFilterMatch(t *testing.T) {
	now := time.Date(2030, 6, 15, 12, 0, 0, 0, time.UTC)
	server := filterTestCert(t, "web.contoso.com", []string{"www.contoso.com"}, []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, now.AddDate(0, 0, 10))
	client := filterTestCert(t, "client", nil, []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}, now.AddDate(0, 0, -1))
	anyUse := filterTestCert(t, "any.contoso.com", nil, nil, now.AddDate(1, 0, 0))
	pat := func(s string) *wildcard.Pattern {
		p, err := wildcard.Compile(s, false)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		f    certFilter
		cert *x509.Certificate
		want bool
	}{
		{"dns name from the lone CN", certFilter{dnsName: pat("WEB.contoso.com")}, server, true},
		{"dns name from the SAN", certFilter{dnsName: pat("www.*")}, server, true},
		{"dns name absent", certFilter{dnsName: pat("*fabrikam*")}, server, false},
		{"eku by friendly name", certFilter{eku: []*wildcard.Pattern{pat("Server Authentication")}}, server, true},
		{"eku by oid", certFilter{eku: []*wildcard.Pattern{pat("1.3.6.1.5.5.7.3.1")}}, server, true},
		{"eku must match every pattern", certFilter{eku: []*wildcard.Pattern{pat("*Server*"), pat("*Client*")}}, server, false},
		{"empty eku list matches eku filters", certFilter{eku: []*wildcard.Pattern{pat("*Client*")}}, anyUse, true},
		{"ssl server", certFilter{sslServer: true}, server, true},
		{"ssl server refuses client certs", certFilter{sslServer: true}, client, false},
		{"ssl server takes any-purpose certs", certFilter{sslServer: true}, anyUse, true},
		{"expired with 0 days", certFilter{expiring: true, before: now}, client, true},
		{"valid is not expired", certFilter{expiring: true, before: now}, server, false},
		{"expiring within 30 days", certFilter{expiring: true, before: now.AddDate(0, 0, 30)}, server, true},
		{"code signing needs the usage", certFilter{codeSigning: true}, server, false},
	}
	for _, tt := range tests {
		item := pki.CertObject(tt.cert, pki.ObjectOptions{HasPrivateKey: true})
		if got := tt.f.match(item, tt.cert); got != tt.want {
			t.Errorf("%s: match = %v, want %v", tt.name, got, tt.want)
		}
	}
}
