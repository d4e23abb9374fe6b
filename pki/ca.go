package pki

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
	"time"
)

// CA is a certification authority that can sign: the lab's enterprise CA
// (atl-ca-001.litwareinc.com\myca) or one made for a test.
type CA struct {
	Cert *x509.Certificate
	Key  crypto.Signer
	// Config is how Request-CsCertificate names it: "host\name".
	Config string
}

// NewSerial returns a random 16-byte serial number with the high bit
// clear (so its printed form has no leading 00), as enterprise CAs issue.
func NewSerial() (*big.Int, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	b[0] &= 0x7f
	b[0] |= 0x10
	return new(big.Int).SetBytes(b), nil
}

// NewRootCA makes a self-signed root with the given common name.
func NewRootCA(cn, config string, key crypto.Signer, notBefore, notAfter time.Time) (*CA, error) {
	serial, err := NewSerial()
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	return &CA{Cert: cert, Key: key, Config: config}, nil
}

// Template describes a certificate to issue.
type Template struct {
	Subject     pkix.Name
	DNSNames    []string
	NotBefore   time.Time
	NotAfter    time.Time
	ExtKeyUsage []x509.ExtKeyUsage
	// ExtraNames, when set, is the exact subject RDN order (encoded
	// order) to use instead of Go's default ordering of Subject.
	RDNs pkix.RDNSequence
}

// ServerAuthClientAuth are the EKUs Skype for Business server
// certificates carry (its web server template adds client auth).
var ServerAuthClientAuth = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}

// Issue signs a certificate for pub.
func (ca *CA) Issue(t Template, pub crypto.PublicKey) (*x509.Certificate, error) {
	if ca == nil || ca.Key == nil {
		return nil, errors.New("the certification authority has no signing key")
	}
	serial, err := NewSerial()
	if err != nil {
		return nil, err
	}
	eku := t.ExtKeyUsage
	if eku == nil {
		eku = ServerAuthClientAuth
	}
	ku := x509.KeyUsageDigitalSignature
	if _, ok := pub.(*rsa.PublicKey); ok {
		ku |= x509.KeyUsageKeyEncipherment
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               t.Subject,
		DNSNames:              t.DNSNames,
		NotBefore:             t.NotBefore,
		NotAfter:              t.NotAfter,
		KeyUsage:              ku,
		ExtKeyUsage:           eku,
		BasicConstraintsValid: true,
	}
	if len(t.RDNs) > 0 {
		tmpl.Subject = pkix.Name{ExtraNames: flattenRDNs(t.RDNs)}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, pub, ca.Key)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

func flattenRDNs(seq pkix.RDNSequence) []pkix.AttributeTypeAndValue {
	var out []pkix.AttributeTypeAndValue
	for _, rdn := range seq {
		out = append(out, rdn...)
	}
	return out
}

// SignRequest issues a certificate for a PKCS#10 request (the offline
// round trip: request file → lab CA → certificate file).
func (ca *CA) SignRequest(csr *x509.CertificateRequest, notBefore, notAfter time.Time, eku []x509.ExtKeyUsage) (*x509.Certificate, error) {
	if err := csr.CheckSignature(); err != nil {
		return nil, err
	}
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(csr.RawSubject, &rdns); err != nil {
		return nil, err
	}
	return ca.Issue(Template{Subject: csr.Subject, RDNs: rdns, DNSNames: csr.DNSNames,
		NotBefore: notBefore, NotAfter: notAfter, ExtKeyUsage: eku}, csr.PublicKey)
}
