package data

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// hexEncodings are the values Format-Hex's -Encoding accepts in Windows
// PowerShell 5.1 (its ValidateSet), in the reference page's order.
var hexEncodings = []string{"Ascii", "UTF32", "UTF7", "UTF8", "BigEndianUnicode", "Unicode"}

// encodeString returns the bytes of s in the named .NET encoding, as
// Encoding.GetBytes makes them: no byte-order mark, and ASCII turns each
// character above 0x7F into '?'.
func encodeString(s, encoding string) []byte {
	switch strings.ToLower(encoding) {
	case "utf8":
		return []byte(strings.ToValidUTF8(s, "\uFFFD"))
	case "unicode", "bigendianunicode":
		units := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(units))
		for i, u := range units {
			if strings.EqualFold(encoding, "unicode") {
				binary.LittleEndian.PutUint16(out[2*i:], u)
			} else {
				binary.BigEndian.PutUint16(out[2*i:], u)
			}
		}
		return out
	case "utf32":
		rs := []rune(s)
		out := make([]byte, 4*len(rs))
		for i, r := range rs {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(r))
		}
		return out
	case "utf7":
		return encodeUTF7(s)
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0x7F {
			r = '?'
		}
		out = append(out, byte(r))
	}
	return out
}

// utf7Direct reports the characters .NET's UTF7Encoding writes as
// themselves (RFC 2152's set D and the white space it allows; the
// optional set O is encoded, as Encoding.UTF7 does).
func utf7Direct(r rune) bool {
	switch {
	case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("'(),-./:? \t\r\n", r)
}

// utf7Base64 is modified base64's alphabet (RFC 2152).
const utf7Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// encodeUTF7 is Encoding.UTF7.GetBytes: direct characters as themselves,
// '+' as "+-", and runs of other UTF-16 units in modified base64 after a
// '+', closed by '-' when the next character could be read as base64
// (or is '-') and at the end of the text.
func encodeUTF7(s string) []byte {
	var out []byte
	var bits uint32
	nbits := 0
	shifted := false
	flush := func() {
		if nbits > 0 {
			out = append(out, utf7Base64[(bits<<(6-nbits))&0x3F])
		}
		bits, nbits = 0, 0
	}
	for _, r := range s {
		if utf7Direct(r) || r == '+' && !shifted {
			if shifted {
				flush()
				if strings.ContainsRune(utf7Base64, r) || r == '-' {
					out = append(out, '-')
				}
				shifted = false
			}
			if r == '+' {
				out = append(out, '+', '-')
				continue
			}
			out = append(out, byte(r))
			continue
		}
		if !shifted {
			out = append(out, '+')
			shifted = true
		}
		for _, u := range utf16.Encode([]rune{r}) {
			bits = bits<<16 | uint32(u)
			nbits += 16
			for nbits >= 6 {
				nbits -= 6
				out = append(out, utf7Base64[(bits>>nbits)&0x3F])
			}
			bits &= 1<<nbits - 1
		}
	}
	if shifted {
		flush()
		out = append(out, '-')
	}
	return out
}
