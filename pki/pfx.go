package pki

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"strings"

	"software.sslmate.com/src/go-pkcs12"
)

// Bundle is what a PFX file holds: the private key, the certificate it
// belongs to, and the other certificates of the chain.
type Bundle struct {
	Key   crypto.PrivateKey
	Leaf  *x509.Certificate
	Chain []*x509.Certificate
}

// Errors a PFX read can give, so that cmdlets can word them as Windows
// does.
var (
	// ErrBadPassword: the MAC or the decryption failed with this password.
	ErrBadPassword = errors.New("the specified network password is not correct")
	// ErrNoPrivateKey: the file holds certificates but no key.
	ErrNoPrivateKey = errors.New("the PFX file holds no private key")
	// ErrCorrupt: the file is not a PFX file.
	ErrCorrupt = errors.New("the PFX file is corrupt or not a PFX file")
)

// ReadPFX decodes a PKCS#12 file: modern (AES, PBES2) and legacy (RC2,
// 3DES) encryption, DER or BER encoding. The leaf is the certificate
// whose public key matches the private key, wherever it sits in the file.
func ReadPFX(data []byte, password string) (*Bundle, error) {
	key, leaf, chain, err := pkcs12.DecodeChain(data, password)
	if err != nil && isEncodingError(err) {
		// A BER file (Windows and Java write them): re-encode as DER,
		// checking and renewing the MAC that covers the BER bytes.
		der, derr := derPFX(data, password)
		if derr != nil {
			return nil, derr
		}
		key, leaf, chain, err = pkcs12.DecodeChain(der, password)
	}
	if err != nil {
		return nil, classifyPFXError(err)
	}
	all := append([]*x509.Certificate{leaf}, chain...)
	b := &Bundle{Key: key}
	for _, c := range all {
		if b.Leaf == nil && KeyMatches(c, key) {
			b.Leaf = c
			continue
		}
		b.Chain = append(b.Chain, c)
	}
	if b.Leaf == nil {
		return nil, ErrNoPrivateKey
	}
	return b, nil
}

func isEncodingError(err error) bool {
	s := err.Error()
	return strings.Contains(s, "asn1") || strings.Contains(s, "indefinite")
}

func classifyPFXError(err error) error {
	switch {
	case errors.Is(err, pkcs12.ErrIncorrectPassword), errors.Is(err, pkcs12.ErrDecryption):
		return ErrBadPassword
	case strings.Contains(err.Error(), "private key missing"):
		return ErrNoPrivateKey
	}
	return ErrCorrupt
}

// KeyMatches reports whether key is the private key of c.
func KeyMatches(c *x509.Certificate, key crypto.PrivateKey) bool {
	type publicKeyer interface{ Public() crypto.PublicKey }
	pk, ok := key.(publicKeyer)
	if !ok {
		return false
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	eq, ok := c.PublicKey.(equaler)
	return ok && eq.Equal(pk.Public())
}

// WritePFX encodes a key, its certificate and chain as an AES-256 PFX
// (PBES2, HMAC-SHA-256), the form Windows Server 2019 and OpenSSL 3 write.
func WritePFX(key crypto.PrivateKey, leaf *x509.Certificate, chain []*x509.Certificate, password string) ([]byte, error) {
	return pkcs12.Modern.Encode(key, leaf, chain, password)
}

// WriteLegacyPFX encodes with 3DES (the older Windows default), for
// tests and for files meant for old systems.
func WriteLegacyPFX(key crypto.PrivateKey, leaf *x509.Certificate, chain []*x509.Certificate, password string) ([]byte, error) {
	return pkcs12.LegacyDES.Encode(key, leaf, chain, password)
}

// KeySize returns the size in bits of a public key (RSA modulus, curve
// size), as PublicKey.Key.KeySize shows it.
func KeySize(pub crypto.PublicKey) int {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return k.N.BitLen()
	case *ecdsa.PublicKey:
		return k.Curve.Params().BitSize
	case ed25519.PublicKey:
		return 256
	}
	return 0
}

// IsPFX reports whether data is a PKCS#12 file, whatever its password
// (X509Certificate2.GetCertContentType).
func IsPFX(data []byte) bool {
	_, err := ReadPFX(data, "")
	return err == nil || !errors.Is(err, ErrCorrupt)
}
