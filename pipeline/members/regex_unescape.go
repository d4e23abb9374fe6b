package members

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// regexUnescape is [regex]::Unescape: every backslash escape a .NET
// pattern may contain outside a character class becomes its character
// (\a \b \e \f \n \r \t \v, \xHH, \uHHHH, \cX, octal \0nn), an escaped
// non-word character is itself, and an escaped letter or digit with no
// meaning is an error, as the .NET regex parser reports it.
func regexUnescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	fail := func(msg string) (string, error) {
		return "", argException("", "parsing \""+s+"\" - "+msg)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i == len(s) {
			return fail(`Illegal \ at end of pattern.`)
		}
		c := s[i]
		switch c {
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'e':
			b.WriteByte(0x1B)
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case 'x', 'u':
			n := 2
			if c == 'u' {
				n = 4
			}
			if i+n >= len(s) {
				return fail("Insufficient hex digits.")
			}
			v := 0
			for _, h := range []byte(s[i+1 : i+1+n]) {
				d := digitValue(h)
				if d >= 16 {
					return fail("Insufficient hex digits.")
				}
				v = v*16 + d
			}
			b.WriteRune(rune(v))
			i += n
		case 'c':
			if i+1 >= len(s) {
				return fail("Missing control character.")
			}
			i++
			ch := unicode.ToUpper(rune(s[i]))
			if ch-'@' < 0 || ch-'@' >= ' ' {
				return fail("Unrecognized control character.")
			}
			b.WriteRune(ch - '@')
		default:
			if c >= '0' && c <= '7' {
				// Up to three octal digits, at most \377.
				v, j := 0, i
				for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' && v*8+int(s[j]-'0') <= 0377 {
					v = v*8 + int(s[j]-'0')
					j++
				}
				b.WriteRune(rune(v))
				i = j - 1
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
				return fail(`Unrecognized escape sequence \` + string(r) + ".")
			}
			b.WriteString(s[i : i+size])
			i += size - 1
		}
	}
	return b.String(), nil
}
