package xmldom

import (
	"fmt"
	"strings"
)

// The XML declaration and the DOCTYPE, which only the start of a
// document may hold.

// xmlDecl reads the XML declaration at the start of the input.
func (l *lexer) xmlDecl() (token, error) {
	s := l.src
	p := 5
	// state: 0 before version, 1 after it (encoding may follow), 2
	// after encoding (standalone may follow), 3 after standalone.
	state := 0
	for {
		q := l.skipSpace(p)
		ws := q - p
		p = q
		if p < len(s) && s[p] == '?' {
			if p+1 >= len(s) {
				return l.fail(p, msgEOF)
			}
			if s[p+1] != '>' {
				return l.unexpected(p, "'>'", "")
			}
			if state == 0 {
				return l.fail(p, msgBadXMLDecl)
			}
			l.pos = p + 2
			return token{kind: tokDecl, value: strings.Trim(s[5:p], " \t\r\n")}, nil
		}
		if ws == 0 && state != 0 {
			return l.unexpected(p, "?>", "")
		}
		end, _, err := l.qname(p, false)
		if err != nil {
			return token{}, err
		}
		switch name := s[p:end]; {
		case name == "version" && state == 0:
		case name == "encoding" && state == 1:
		case name == "standalone" && (state == 1 || state == 2):
			state = 2
		default:
			return l.fail(p, msgBadXMLDecl)
		}
		p = end
		if p >= len(s) || s[p] != '=' {
			p = l.skipSpace(p)
			if p >= len(s) || s[p] != '=' {
				return l.unexpected(p, "=", "")
			}
		}
		p++
		if p >= len(s) || (s[p] != '"' && s[p] != '\'') {
			p = l.skipSpace(p)
			if p >= len(s) || (s[p] != '"' && s[p] != '\'') {
				return l.unexpected(p, "\"", "'")
			}
		}
		quote := s[p]
		p++
		v := p
		for p < len(s) && s[p] != quote && !strings.ContainsRune("\"'<>&\t\r\n", rune(s[p])) {
			p++
		}
		switch {
		case p >= len(s):
			return l.fail(v, "There is an unclosed literal string.")
		case s[p] != quote:
			return l.fail(v, msgBadXMLDecl)
		}
		switch val := s[v:p]; state {
		case 0:
			if val != "1.0" {
				return l.fail(v, fmt.Sprintf("Version number '%s' is invalid.", val))
			}
			state = 1
		case 1:
			// The text is already decoded: a declared encoding (utf-16
			// from a file Get-Content read) names how the bytes were, as
			// LoadXml ignores it for a string.
			state = 2
		case 2:
			if val != "yes" && val != "no" {
				return l.fail(v-1, msgBadXMLDecl)
			}
			state = 3
		}
		p++
	}
}

// doctype reads <!DOCTYPE …> from q (after "<!"). The DOM keeps its
// text; the declarations in it are not read.
func (l *lexer) doctype(q int) (token, error) {
	s := l.src
	if len(s)-q < 8 {
		return l.fail(q, "Unexpected end of file while parsing DOCTYPE has occurred.")
	}
	if s[q:q+7] != "DOCTYPE" {
		want := "DOCTYPE"
		if l.rootSeen || l.dtdSeen {
			want = "<!--"
		}
		return l.unexpected(q, want, "")
	}
	if !isSpaceByte(s[q+7]) {
		return l.expectingSpace(q + 7)
	}
	if l.dtdSeen {
		return l.fail(q-2, "Cannot have multiple DTDs.")
	}
	if l.rootSeen {
		return l.fail(q-2, "DTD must be defined before the document root element.")
	}
	l.dtdSeen = true
	// The root element's name, then an external ID, the internal
	// subset or the end.
	// The DTD parser reports running out of input anywhere in it
	// the same way.
	const incomplete = "Incomplete DTD content."
	end, _, err := l.qname(l.skipSpace(q+8), true)
	if err != nil {
		if se, ok := err.(*SyntaxError); ok && se.Msg == msgEOFName {
			return l.fail(len(s), incomplete)
		}
		return token{}, err
	}
	p := l.skipSpace(end)
	if t := l.tokenAt(p); t != "PUBLIC" && t != "SYSTEM" && t != "[" && t != ">" {
		if t == "" {
			return l.fail(p, incomplete)
		}
		return l.fail(p, "Expecting external ID, '[' or '>'.")
	}
	subset := false
	for ; p < len(s); p++ {
		switch c := s[p]; {
		case c == '"' || c == '\'':
			i := strings.IndexByte(s[p+1:], c)
			if i < 0 {
				return l.fail(len(s), "There is an unclosed literal string.")
			}
			p += 1 + i
		case strings.HasPrefix(s[p:], "<!--"):
			i := strings.Index(s[p+4:], "-->")
			if i < 0 {
				p = len(s)
				continue
			}
			p += 4 + i + 2
		case c == '[':
			subset = true
		case c == ']':
			subset = false
		case c == '>' && !subset:
			l.pos = p + 1
			return token{kind: tokDoctype, value: s[q:p]}, nil
		}
	}
	return l.fail(len(s), incomplete)
}
