package pki

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"hash"
	"math/big"
	"unicode/utf16"
)

// The PFX integrity MAC (RFC 7292, appendix B): HMAC keyed by the PKCS#12
// key derivation of the password. ReadPFX needs it to re-encode a BER
// file whose MAC covers BER bytes.

type digestInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Digest    []byte
}

type macData struct {
	Mac        digestInfo
	MacSalt    []byte
	Iterations int `asn1:"optional,default:1"`
}

var (
	oidSHA1   = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26}
	oidSHA256 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidSHA512 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
)

// macHash returns the hash of a MAC algorithm and its block size in bytes
// (the KDF's v).
func macHash(oid asn1.ObjectIdentifier) (func() hash.Hash, int, error) {
	switch {
	case oid.Equal(oidSHA1):
		return sha1.New, 64, nil
	case oid.Equal(oidSHA256):
		return sha256.New, 64, nil
	case oid.Equal(oidSHA384):
		return sha512.New384, 128, nil
	case oid.Equal(oidSHA512):
		return sha512.New, 128, nil
	}
	return nil, 0, errors.New("unsupported PFX MAC algorithm " + oid.String())
}

// bmpPassword encodes a password as PKCS#12 wants it: UTF-16 big endian
// with a terminating zero character.
func bmpPassword(s string) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(u)+2)
	for _, r := range u {
		out = append(out, byte(r>>8), byte(r))
	}
	return append(out, 0, 0)
}

// kdf is the PKCS#12 key derivation (RFC 7292 B.2) for purpose id
// (3 = MAC key), giving size bytes.
func kdf(newHash func() hash.Hash, v int, salt, password []byte, iterations int, id byte, size int) []byte {
	fill := func(b []byte) []byte {
		if len(b) == 0 {
			return nil
		}
		n := (len(b) + v - 1) / v * v
		out := make([]byte, n)
		for i := range out {
			out[i] = b[i%len(b)]
		}
		return out
	}
	d := make([]byte, v)
	for i := range d {
		d[i] = id
	}
	in := append(fill(salt), fill(password)...)
	var out []byte
	one := big.NewInt(1)
	for len(out) < size {
		h := newHash()
		h.Write(d)
		h.Write(in)
		a := h.Sum(nil)
		for i := 1; i < iterations; i++ {
			h = newHash()
			h.Write(a)
			a = h.Sum(nil)
		}
		out = append(out, a...)
		if len(out) >= size {
			break
		}
		// I_j = (I_j + B + 1) mod 2^(8v), B being A repeated to v bytes.
		b := new(big.Int).SetBytes(fill(a)[:v])
		b.Add(b, one)
		mod := new(big.Int).Lsh(one, uint(8*v))
		for j := 0; j < len(in); j += v {
			x := new(big.Int).SetBytes(in[j : j+v])
			x.Add(x, b).Mod(x, mod)
			xb := x.Bytes()
			block := in[j : j+v]
			for k := range block {
				block[k] = 0
			}
			copy(block[v-len(xb):], xb)
		}
	}
	return out[:size]
}

// pfxMAC computes the MAC of message as md describes it.
func pfxMAC(md *macData, message []byte, password string) ([]byte, error) {
	newHash, v, err := macHash(md.Mac.Algorithm.Algorithm)
	if err != nil {
		return nil, err
	}
	size := newHash().Size()
	key := kdf(newHash, v, md.MacSalt, bmpPassword(password), md.Iterations, 3, size)
	m := hmac.New(newHash, key)
	m.Write(message)
	return m.Sum(nil), nil
}
