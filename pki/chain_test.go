package pki

import (
	"crypto/x509"
	"testing"
)

func TestBuildChain(t *testing.T) {
	ca := testCA(t)
	_, leaf := issueLeaf(t, ca)
	tests := []struct {
		name     string
		cert     *x509.Certificate
		pool     []*x509.Certificate
		length   int
		complete bool
	}{
		{"leaf to its root", leaf, []*x509.Certificate{leaf, ca.Cert}, 2, true},
		{"issuer missing", leaf, nil, 1, false},
		{"self-signed root alone", ca.Cert, nil, 1, true},
	}
	for _, tt := range tests {
		chain, complete := BuildChain(tt.cert, tt.pool)
		if len(chain) != tt.length || complete != tt.complete {
			t.Errorf("%s: chain of %d (complete %v), want %d (%v)", tt.name, len(chain), complete, tt.length, tt.complete)
		}
	}
	if !Trusted(ca.Cert, []*x509.Certificate{ca.Cert}) || Trusted(leaf, []*x509.Certificate{ca.Cert}) {
		t.Error("Trusted compares certificates by their encoding")
	}
}
