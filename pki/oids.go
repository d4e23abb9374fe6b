package pki

import (
	"crypto/x509"
	"strings"

	"cspsh/pipeline/object"
)

// EKUOIDs lists the object identifiers of a certificate's enhanced key
// usages, in the order the extension holds them.
func EKUOIDs(c *x509.Certificate) []string { return ekuValues(c) }

// knownOIDs are the identifiers oidName has friendly names for, so that
// a name can be turned back into its identifier.
func knownOIDs() []string {
	return []string{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2", "1.3.6.1.5.5.7.3.3", "1.3.6.1.5.5.7.3.4",
		"1.3.6.1.5.5.7.3.8", "1.3.6.1.5.5.7.3.9", "2.5.29.14", "2.5.29.15", "2.5.29.17", "2.5.29.19",
		"2.5.29.31", "2.5.29.32", "2.5.29.35", "2.5.29.37", "1.3.6.1.5.5.7.1.1", "1.2.840.113549.1.1.1",
		"1.2.840.10045.2.1"}
}

// OIDByName returns the identifier Windows gives a friendly name
// ("Server Authentication" is 1.3.6.1.5.5.7.3.1), without case.
func OIDByName(name string) (string, bool) {
	for _, id := range knownOIDs() {
		if strings.EqualFold(oidName(id), name) {
			return id, true
		}
	}
	return "", false
}

// KeyUsageFlags converts Go's key usage bits to the value of .NET's
// X509KeyUsageFlags, whose bits follow the encoded BIT STRING.
func KeyUsageFlags(ku x509.KeyUsage) int64 {
	var v int64
	for _, k := range []struct {
		bit  x509.KeyUsage
		flag int64
	}{
		{x509.KeyUsageEncipherOnly, 1}, {x509.KeyUsageCRLSign, 2}, {x509.KeyUsageCertSign, 4},
		{x509.KeyUsageKeyAgreement, 8}, {x509.KeyUsageDataEncipherment, 16}, {x509.KeyUsageKeyEncipherment, 32},
		{x509.KeyUsageContentCommitment, 64}, {x509.KeyUsageDigitalSignature, 128}, {x509.KeyUsageDecipherOnly, 32768},
	} {
		if ku&k.bit != 0 {
			v |= k.flag
		}
	}
	return v
}

// OIDFriendlyName is the name Windows gives an object identifier, "" for
// one it has none for.
func OIDFriendlyName(oid string) string { return oidName(oid) }

// NewOid is System.Security.Cryptography.Oid made from an identifier or
// from the friendly name Windows gives one ("Server Authentication").
func NewOid(value string) *object.PSObject {
	if id, ok := OIDByName(value); ok {
		return oidObject(id)
	}
	return oidObject(value)
}
