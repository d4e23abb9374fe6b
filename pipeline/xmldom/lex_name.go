package xmldom

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names, character classes and the XmlException texts built from the
// character or token where the reader stopped.

// qname reads a name at p as the reader's ParseQName does (a QName
// when qualified, else a name without a colon): it returns the offset
// after it and the colon's offset, -1 for none.
func (l *lexer) qname(p int, qualified bool) (int, int, error) {
	s := l.src
	colon := -1
	for {
		r, n := utf8.DecodeRuneInString(s[p:])
		if p >= len(s) || !isNCStart(r) {
			if p+n >= len(s) {
				_, err := l.fail(p, msgEOFName)
				return 0, 0, err
			}
			_, err := l.charErr(p, "Name cannot begin with the '%s' character, hexadecimal value %s.")
			return 0, 0, err
		}
		p += n
		for p < len(s) {
			r, n := utf8.DecodeRuneInString(s[p:])
			if !isNCChar(r) {
				break
			}
			p += n
		}
		if p >= len(s) {
			_, err := l.fail(p, msgEOFName)
			return 0, 0, err
		}
		if s[p] != ':' {
			return p, colon, nil
		}
		if colon >= 0 || !qualified {
			_, err := l.fail(p, "The ':' character, hexadecimal value 0x3A, cannot be included in a name.")
			return 0, 0, err
		}
		colon = p
		p++
	}
}

// fail is an XmlException at byte offset off.
func (l *lexer) fail(off int, msg string) (token, error) {
	line, pos := linePos(l.src, off)
	return token{}, &SyntaxError{Msg: msg, Line: line, Pos: pos}
}

// charErr fills a message taking the character at off and its code as
// XmlException.BuildCharExceptionArgs words them.
func (l *lexer) charErr(off int, format string) (token, error) {
	r := l.runeAt(off)
	c := string(r)
	if r <= 0 {
		c, r = ".", 0
	}
	return l.fail(off, fmt.Sprintf(format, c, fmt.Sprintf("0x%02X", r)))
}

func (l *lexer) invalidChar(off int) (token, error) {
	return l.charErr(off, "'%s', hexadecimal value %s, is an invalid character.")
}

// unexpected is "'x' is an unexpected token" for the token at off (a
// run of name characters or one character), or the end of file.
func (l *lexer) unexpected(off int, want1, want2 string) (token, error) {
	t := l.tokenAt(off)
	switch {
	case t == "":
		return l.fail(off, msgEOF)
	case want2 != "":
		return l.fail(off, fmt.Sprintf("'%s' is an unexpected token. The expected token is '%s' or '%s'.", t, want1, want2))
	}
	return l.fail(off, fmt.Sprintf("'%s' is an unexpected token. The expected token is '%s'.", t, want1))
}

func (l *lexer) expectingSpace(off int) (token, error) {
	t := l.tokenAt(off)
	if t == "" {
		return l.fail(off, msgEOF)
	}
	return l.fail(off, fmt.Sprintf("'%s' is an unexpected token. Expecting white space.", t))
}

// tokenAt is the reader's ParseUnexpectedToken: the name characters
// from off, or the one character there.
func (l *lexer) tokenAt(off int) string {
	s := l.src
	if off >= len(s) {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s[off:])
	if !isNCChar(r) {
		return s[off : off+n]
	}
	end := off + n
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !isNCChar(r) {
			break
		}
		end += n
	}
	return s[off:end]
}

// runeAt is the character at off, -1 past the end.
func (l *lexer) runeAt(off int) rune {
	if off >= len(l.src) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(l.src[off:])
	return r
}

// skipSpace returns the offset of the first character at or after p
// that is not XML white space.
func (l *lexer) skipSpace(p int) int {
	for p < len(l.src) && isSpaceByte(l.src[p]) {
		p++
	}
	return p
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isNCStart and isNCChar are XML 1.0's NCName characters in the
// Basic Multilingual Plane, which is what the reader accepts (a colon
// is handled by qname).
func isNCStart(r rune) bool {
	return r == '_' || (r <= 0xFFFF && (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)))
}

func isNCChar(r rune) bool {
	if isNCStart(r) || r == '-' || r == '.' || r == 0xB7 || r == 0x387 {
		return true
	}
	return r <= 0xFFFF && r > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc))
}

// isXMLChar is XML's Char production.
func isXMLChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// normalizeEOL turns CRLF and lone CR into LF in character data, as
// the DOM has always read it here.
func normalizeEOL(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
