package pki

import (
	"bytes"
	"crypto/x509"
)

// BuildChain follows issuers from cert among pool up to a self-signed
// root, as the Windows chain engine does with the computer's stores;
// complete is false when an issuer is missing (a partial chain).
func BuildChain(cert *x509.Certificate, pool []*x509.Certificate) ([]*x509.Certificate, bool) {
	chain := []*x509.Certificate{cert}
	for cur := cert; len(chain) < 10; {
		if bytes.Equal(cur.RawIssuer, cur.RawSubject) && cur.CheckSignatureFrom(cur) == nil {
			return chain, true
		}
		var next *x509.Certificate
		for _, p := range pool {
			if bytes.Equal(p.RawSubject, cur.RawIssuer) && cur.CheckSignatureFrom(p) == nil {
				next = p
				break
			}
		}
		if next == nil {
			return chain, false
		}
		chain = append(chain, next)
		cur = next
	}
	return chain, false
}

// Trusted reports whether root is one of the trusted roots.
func Trusted(root *x509.Certificate, roots []*x509.Certificate) bool {
	for _, r := range roots {
		if bytes.Equal(r.Raw, root.Raw) {
			return true
		}
	}
	return false
}
