package syntax

import "strings"

// binaryToHex rewrites binary digits as hex digits with the same bit
// pattern and digit-count class, so that a binary literal is typed as a
// hex one is: up to 32 bits (8 hex digits) is an Int32 bit pattern, up to
// 64 an Int64 ("0b11111111111111111111111111111111" is -1).
func binaryToHex(bits string) string {
	bits = strings.TrimLeft(bits, "0")
	if bits == "" {
		return "0"
	}
	for len(bits)%4 != 0 {
		bits = "0" + bits
	}
	const hexDigits = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < len(bits); i += 4 {
		v := 0
		for _, c := range bits[i : i+4] {
			v = v<<1 | int(c-'0')
		}
		b.WriteByte(hexDigits[v])
	}
	return b.String()
}
