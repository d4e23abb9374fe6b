package xmldom

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Character data, references, comments, CDATA sections and processing
// instructions, read as XmlTextReader reads them.

// attrValue reads an attribute value from p up to its closing quote and
// returns it with the offset after the quote.
func (l *lexer) attrValue(p int, quote byte) (string, int, error) {
	s := l.src
	start := p
	var b strings.Builder
	plain := true
	for p < len(s) {
		c := s[p]
		switch {
		case c == quote:
			if plain {
				return s[start:p], p + 1, nil
			}
			return b.String(), p + 1, nil
		case c == '<':
			_, err := l.fail(p, "'<', hexadecimal value 0x3C, is an invalid attribute character.")
			return "", 0, err
		case c == '&' || c == '\r':
			if plain {
				b.WriteString(s[start:p])
				plain = false
			}
			if c == '\r' {
				b.WriteByte('\n')
				p++
				if p < len(s) && s[p] == '\n' {
					p++
				}
				continue
			}
			v, next, _, err := l.ref(p, true)
			if err != nil {
				return "", 0, err
			}
			b.WriteString(v)
			p = next
		default:
			r, n := utf8.DecodeRuneInString(s[p:])
			if !isXMLChar(r) {
				_, err := l.invalidChar(p)
				return "", 0, err
			}
			if !plain {
				b.WriteString(s[p : p+n])
			}
			p += n
		}
	}
	_, err := l.fail(len(s), "There is an unclosed literal string.")
	return "", 0, err
}

// ref resolves the reference at p ('&'): a character reference or one
// of the five predefined entities. dec says it was decimal, which the
// reader counts as content even when it stands for white space.
func (l *lexer) ref(p int, inAttr bool) (string, int, bool, error) {
	s := l.src
	if p+1 >= len(s) {
		_, err := l.fail(p, msgEOF)
		return "", 0, false, err
	}
	if s[p+1] == '#' {
		return l.charRef(p)
	}
	for _, e := range [...]struct{ name, val string }{{"amp;", "&"}, {"apos;", "'"}, {"quot;", "\""}, {"lt;", "<"}, {"gt;", ">"}} {
		if strings.HasPrefix(s[p+1:], e.name) {
			return e.val, p + 1 + len(e.name), false, nil
		}
	}
	// Any other name is a general entity, and a document without a
	// DTD declares none.
	name := p + 1
	end, _, err := l.qname(name, false)
	if err != nil {
		_, err := l.fail(name, msgEntityName)
		return "", 0, false, err
	}
	if end >= len(s) || s[end] != ';' {
		if inAttr {
			_, err = l.unexpected(end, ";", "")
		} else {
			_, err = l.fail(name, msgEntityName)
		}
		return "", 0, false, err
	}
	_, err = l.fail(name, fmt.Sprintf("Reference to undeclared entity '%s'.", s[name:end]))
	return "", 0, false, err
}

// charRef reads &#NN; or &#xHH; at p.
func (l *lexer) charRef(p int) (string, int, bool, error) {
	s := l.src
	q := p + 2
	hex := q < len(s) && s[q] == 'x'
	if hex {
		q++
	}
	digits := q
	val := 0
	for ; q < len(s); q++ {
		d := digitVal(s[q], hex)
		if d < 0 {
			break
		}
		base := 10
		if hex {
			base = 16
		}
		// The reader adds the digits in a checked Int32.
		if val > (1<<31-1-d)/base {
			_, err := l.fail(q, "Invalid value of a character entity reference.")
			return "", 0, false, err
		}
		val = val*base + d
	}
	if q >= len(s) {
		_, err := l.fail(p, "Unexpected end of file while parsing  has occurred.")
		return "", 0, false, err
	}
	if s[q] != ';' || q == digits {
		msg := "Invalid syntax for a decimal numeric entity reference."
		if hex {
			msg = "Invalid syntax for a hexadecimal numeric entity reference."
		}
		_, err := l.fail(q, msg)
		return "", 0, false, err
	}
	// LoadXml's reader does not check the character (its
	// Normalization is off); one Go cannot hold becomes U+FFFD.
	return string(rune(val)), q + 1, !hex, nil
}

func digitVal(c byte, hex bool) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case hex && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case hex && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// text reads character data up to the next markup.
func (l *lexer) text() (token, error) {
	s, p := l.src, l.pos
	start := p
	var b strings.Builder
	plain, space := true, true
	flush := func() {
		if plain {
			b.WriteString(s[start:p])
			plain = false
		}
	}
	for p < len(s) && s[p] != '<' {
		c := s[p]
		switch c {
		case ' ', '\t', '\n':
			if !plain {
				b.WriteByte(c)
			}
			p++
		case '\r':
			flush()
			b.WriteByte('\n')
			p++
			if p < len(s) && s[p] == '\n' {
				p++
			}
		case '&':
			flush()
			v, next, dec, err := l.ref(p, false)
			if err != nil {
				return token{}, err
			}
			if dec || strings.Trim(v, " \t\r\n") != "" {
				space = false
			}
			b.WriteString(v)
			p = next
		case ']':
			if strings.HasPrefix(s[p:], "]]>") {
				return l.fail(p, "']]>' is not allowed in character data.")
			}
			fallthrough
		default:
			r, n := utf8.DecodeRuneInString(s[p:])
			if !isXMLChar(r) {
				return l.invalidChar(p)
			}
			if !plain {
				b.WriteString(s[p : p+n])
			}
			space = false
			p += n
		}
	}
	l.pos = p
	v := s[start:p]
	if !plain {
		v = b.String()
	}
	return token{kind: tokText, value: v, space: space}, nil
}

// comment reads a comment's text after "<!--".
func (l *lexer) comment() (token, error) {
	v, err := l.section('-', "Comment")
	return token{kind: tokComment, value: v}, err
}

// cdata reads a CDATA section's text after "<![CDATA[".
func (l *lexer) cdata() (token, error) {
	v, err := l.section(']', "CDATA")
	return token{kind: tokCDATA, value: normalizeEOL(v)}, err
}

// section reads up to "-->" or "]]>" (stop doubled and '>'). At the end
// of the input the reader stops where its last chunk did: before a
// trailing stop character or two, else at the end.
func (l *lexer) section(stop byte, what string) (string, error) {
	s, p := l.src, l.pos
	start := p
	eof := "Unexpected end of file while parsing " + what + " has occurred."
	if len(s)-p < 3 {
		_, err := l.fail(p, eof)
		return "", err
	}
	for p < len(s) {
		c := s[p]
		if c == stop {
			if p+1 >= len(s) {
				break
			}
			if s[p+1] == stop {
				if p+2 >= len(s) {
					break
				}
				if s[p+2] == '>' {
					l.pos = p + 3
					return s[start:p], nil
				}
				if stop == '-' {
					_, err := l.fail(p, "An XML comment cannot contain '--', and '-' cannot be the last character.")
					return "", err
				}
			}
			p++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[p:])
		if !isXMLChar(r) {
			_, err := l.invalidChar(p)
			return "", err
		}
		p += n
	}
	_, err := l.fail(p, eof)
	return "", err
}

// pi reads a processing instruction after "<?".
func (l *lexer) pi() (token, error) {
	s, p := l.src, l.pos
	end, _, err := l.qname(p, false)
	if err != nil {
		return token{}, err
	}
	target := s[p:end]
	if strings.EqualFold(target, "xml") {
		if target == "xml" {
			return l.fail(p, "Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it.")
		}
		return l.fail(p, fmt.Sprintf("'%s' is an invalid name for processing instructions.", target))
	}
	q := l.skipSpace(end)
	if q == end && !strings.HasPrefix(s[q:], "?>") {
		return l.charErr(q, "The '%s' character, hexadecimal value %s, cannot be included in a name.")
	}
	for v := q; v < len(s); {
		if strings.HasPrefix(s[v:], "?>") {
			l.pos = v + 2
			return token{kind: tokPI, local: target, value: s[q:v]}, nil
		}
		r, n := utf8.DecodeRuneInString(s[v:])
		if !isXMLChar(r) {
			return l.invalidChar(v)
		}
		v += n
	}
	return l.fail(len(s), "Unexpected end of file while parsing PI has occurred.")
}
