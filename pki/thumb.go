package pki

import (
	"crypto/sha1"
	"crypto/x509"
	"encoding/hex"
	"strings"
)

// Thumbprint is the certificate's identity in Windows: the SHA-1 hash of
// its DER encoding in upper-case hex.
func Thumbprint(der []byte) string {
	sum := sha1.Sum(der)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// SerialNumber prints the serial as X509Certificate2.SerialNumber does:
// the big-endian bytes of the encoded INTEGER in upper-case hex, keeping
// the leading zero byte DER adds before a high bit.
func SerialNumber(c *x509.Certificate) string {
	b := c.SerialNumber.Bytes()
	if len(b) == 0 {
		return "00"
	}
	if b[0]&0x80 != 0 {
		b = append([]byte{0}, b...)
	}
	return strings.ToUpper(hex.EncodeToString(b))
}

// NormalizeThumbprint makes a thumbprint as a user typed it comparable:
// upper case, without spaces, colons or the invisible left-to-right
// mark the Windows certificate dialog copies along.
func NormalizeThumbprint(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'F':
			b.WriteRune(r)
		case r >= 'a' && r <= 'f':
			b.WriteRune(r - 'a' + 'A')
		case r == ' ' || r == ':' || r == '\u200e' || r == '\u200f' || r == '\t':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
