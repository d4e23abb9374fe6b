package pki

import (
	"crypto/x509"
	"encoding/pem"
)

// ParseCertificateFile reads a certificate file as Windows accepts one:
// DER, or PEM ("-----BEGIN CERTIFICATE-----", the Base-64 .cer form). It
// returns nil when data holds no certificate.
func ParseCertificateFile(data []byte) *x509.Certificate {
	if c, err := x509.ParseCertificate(data); err == nil {
		return c
	}
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil
		}
		if b.Type == "CERTIFICATE" || b.Type == "X509 CERTIFICATE" {
			if c, err := x509.ParseCertificate(b.Bytes); err == nil {
				return c
			}
		}
	}
}

// EncodeCertificatePEM writes a certificate in the Base-64 .cer form.
func EncodeCertificatePEM(c *x509.Certificate) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
}
