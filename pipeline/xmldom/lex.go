package xmldom

import (
	"fmt"
	"strings"
)

// The tokenizer reads XML as the XmlTextReader behind
// XmlDocument.LoadXml does, on the string itself: tokens and errors
// carry byte offsets, turned into .NET's line and position only when an
// error is reported. Its checks run in the reader's order and stop at
// the same character, so a malformed document fails with the
// XmlException text and position Windows PowerShell shows.

// tokenKind says what a token is.
type tokenKind uint8

const (
	tokEOF tokenKind = iota
	tokDecl
	tokPI
	tokDoctype
	tokStart
	tokEnd
	tokText
	tokCDATA
	tokComment
)

// token is one piece of markup or character data.
type token struct {
	kind tokenKind
	// prefix and local name an element (start tag); local alone is a
	// processing instruction's target.
	prefix, local string
	// value is the text (references resolved), a comment's, CDATA
	// section's or processing instruction's data, the XML
	// declaration's content or the DOCTYPE's text after "<!".
	value string
	// space says a text token is white space only, which the DOM
	// keeps only when white space is preserved.
	space     bool
	attrs     []rawAttr
	selfClose bool
}

// rawAttr is an attribute as written; off is where its name starts,
// for the duplicate attribute message.
type rawAttr struct {
	prefix, local, value string
	off                  int
}

// openTag is an element whose end tag is still to come; off is where
// its name starts.
type openTag struct {
	name string
	off  int
}

// lexer tokenizes one document or InnerXml fragment.
type lexer struct {
	src string
	pos int
	// frag allows what a fragment may hold at its top: text, CDATA and
	// several elements (no DOCTYPE).
	frag     bool
	started  bool
	rootSeen bool
	dtdSeen  bool
	open     []openTag
}

// .NET's XmlException texts (System.Xml resources), for the messages
// used in more than one place.
const (
	msgRootData   = "Data at the root level is invalid."
	msgEOF        = "Unexpected end of file has occurred."
	msgEOFName    = "Unexpected end of file while parsing Name has occurred."
	msgBadXMLDecl = "Syntax for an XML declaration is invalid."
	msgEntityName = "An error occurred while parsing EntityName."
)

// next returns the next token, tokEOF at the end, or the XmlException
// the reader would throw.
func (l *lexer) next() (token, error) {
	if !l.started {
		l.started = true
		// "<?xml" followed by a name character (a colon too) is a
		// processing instruction's target, not the declaration.
		if strings.HasPrefix(l.src, "<?xml") && len(l.src) >= 6 && l.src[5] != ':' && !isNCChar(l.runeAt(5)) {
			return l.xmlDecl()
		}
	}
	if len(l.open) == 0 {
		return l.topLevel()
	}
	return l.content()
}

// topLevel reads outside any element (XmlTextReader's document content).
func (l *lexer) topLevel() (token, error) {
	s, p := l.src, l.pos
	// A NUL ends the input for the reader as the end of its buffer
	// does.
	if p >= len(s) || s[p] == 0 {
		if !l.frag && !l.rootSeen {
			return token{}, &SyntaxError{Msg: "Root element is missing."}
		}
		return token{kind: tokEOF}, nil
	}
	switch s[p] {
	case '<':
		// The reader wants four characters ("<a/>") before it looks
		// at a tag at this level.
		if len(s)-p < 4 {
			return l.fail(p, msgRootData)
		}
		switch s[p+1] {
		case '?':
			l.pos = p + 2
			return l.pi()
		case '!':
			q := p + 2
			if len(s)-q < 2 {
				return l.fail(p, msgRootData)
			}
			switch {
			case s[q] == '-':
				if s[q+1] != '-' {
					return l.unexpected(q+1, "-", "")
				}
				l.pos = q + 2
				return l.comment()
			case s[q] == '[':
				if !l.frag {
					return l.fail(p, msgRootData)
				}
				q++
				if len(s)-q < 6 {
					return l.fail(p, msgRootData)
				}
				if s[q:q+6] != "CDATA[" {
					return l.unexpected(q, "CDATA[", "")
				}
				l.pos = q + 6
				return l.cdata()
			case !l.frag:
				return l.doctype(q)
			case l.tokenAt(q) == "DOCTYPE":
				return l.fail(q, "Unexpected DTD declaration.")
			}
			return l.unexpected(q, "<!--", "<[CDATA[")
		case '/':
			return l.fail(p+2, "Unexpected end tag.")
		}
		if l.rootSeen && !l.frag {
			return l.fail(p+1, "There are multiple root elements.")
		}
		l.rootSeen = true
		return l.startTag(p + 1)
	case '&':
		if !l.frag {
			return l.fail(p, msgRootData)
		}
		return l.text()
	}
	if l.frag {
		return l.text()
	}
	q := l.skipSpace(p)
	if q >= len(s) || s[q] == '<' {
		l.pos = q
		return token{kind: tokText, value: normalizeEOL(s[p:q]), space: true}, nil
	}
	if r := l.runeAt(q); !isXMLChar(r) {
		return l.invalidChar(q)
	}
	return l.fail(q, msgRootData)
}

// content reads inside an element (XmlTextReader's element content).
func (l *lexer) content() (token, error) {
	s, p := l.src, l.pos
	if p >= len(s) {
		return l.unclosed()
	}
	if s[p] != '<' {
		return l.text()
	}
	if p+1 >= len(s) {
		return l.unclosed()
	}
	switch s[p+1] {
	case '?':
		l.pos = p + 2
		return l.pi()
	case '/':
		return l.endTag(p + 2)
	case '!':
		q := p + 2
		if len(s)-q < 2 {
			return l.unclosed()
		}
		switch s[q] {
		case '-':
			if s[q+1] != '-' {
				return l.unexpected(q+1, "-", "")
			}
			l.pos = q + 2
			return l.comment()
		case '[':
			q++
			if len(s)-q < 6 {
				return l.unclosed()
			}
			if s[q:q+6] != "CDATA[" {
				return l.unexpected(q, "CDATA[", "")
			}
			l.pos = q + 6
			return l.cdata()
		}
		if l.tokenAt(q) == "DOCTYPE" {
			return l.fail(q, "Unexpected DTD declaration.")
		}
		return l.unexpected(q, "<!--", "<[CDATA[")
	}
	return l.startTag(p + 1)
}

// unclosed is the error for input that ends inside elements: their
// names, innermost first.
func (l *lexer) unclosed() (token, error) {
	names := make([]string, 0, len(l.open))
	for i := len(l.open) - 1; i >= 0; i-- {
		names = append(names, l.open[i].name)
	}
	list := strings.Join(names, ", ")
	if list != "" {
		list += "."
	}
	return l.fail(len(l.src), "Unexpected end of file has occurred. The following elements are not closed: "+list)
}

// startTag reads an element's start tag from its name at p.
func (l *lexer) startTag(p int) (token, error) {
	s := l.src
	end, colon, err := l.qname(p, true)
	if err != nil {
		return token{}, err
	}
	tok := token{kind: tokStart, local: s[p:end]}
	if colon >= 0 {
		tok.prefix, tok.local = s[p:colon], s[colon+1:end]
	}
	name := s[p:end]
	q := end
	switch {
	case isSpaceByte(s[q]):
		if err := l.attrs(&tok, q); err != nil {
			return token{}, err
		}
	case s[q] == '>':
		l.pos = q + 1
	case s[q] == '/':
		if q+1 >= len(s) {
			return l.fail(q, "Unexpected end of file while parsing > has occurred.")
		}
		if s[q+1] != '>' {
			return l.unexpected(q, ">", "")
		}
		tok.selfClose = true
		l.pos = q + 2
	default:
		return l.charErr(q, "The '%s' character, hexadecimal value %s, cannot be included in a name.")
	}
	if !tok.selfClose {
		l.open = append(l.open, openTag{name: name, off: p})
	}
	return tok, nil
}

// attrs reads the attributes of a start tag from the white space at p
// to the tag's end.
func (l *lexer) attrs(tok *token, p int) error {
	s := l.src
	// last is where the previous attribute ended: the next one needs
	// white space before it.
	last := p
	for {
		q := l.skipSpace(p)
		if q >= len(s) {
			_, err := l.unclosed()
			return err
		}
		if !isNCStart(l.runeAt(q)) {
			switch s[q] {
			case '>':
				l.pos = q + 1
				return nil
			case '/':
				if q+1 >= len(s) {
					_, err := l.unclosed()
					return err
				}
				if s[q+1] != '>' {
					_, err := l.unexpected(q+1, ">", "")
					return err
				}
				tok.selfClose = true
				l.pos = q + 2
				return nil
			}
			_, err := l.charErr(q, "Name cannot begin with the '%s' character, hexadecimal value %s.")
			return err
		}
		if q == last {
			_, err := l.expectingSpace(q)
			return err
		}
		end, colon, err := l.qname(q, true)
		if err != nil {
			return err
		}
		a := rawAttr{local: s[q:end], off: q}
		if colon >= 0 {
			a.prefix, a.local = s[q:colon], s[colon+1:end]
		}
		p = end
		if p >= len(s) || s[p] != '=' {
			p = l.skipSpace(p)
			if p >= len(s) || s[p] != '=' {
				_, err := l.unexpected(p, "=", "")
				return err
			}
		}
		p++
		if p >= len(s) || (s[p] != '"' && s[p] != '\'') {
			p = l.skipSpace(p)
			if p >= len(s) || (s[p] != '"' && s[p] != '\'') {
				_, err := l.unexpected(p, "\"", "'")
				return err
			}
		}
		v, after, err := l.attrValue(p+1, s[p])
		if err != nil {
			return err
		}
		// A prefix cannot be bound to no namespace; the reader says so
		// at the value's opening quote, before reading on.
		if a.prefix == "xmlns" && v == "" {
			_, err := l.fail(p, "Invalid namespace declaration.")
			return err
		}
		a.value = v
		tok.attrs = append(tok.attrs, a)
		p, last = after, after
	}
}

// endTag reads an end tag from its name at p, which must close the
// innermost open element.
func (l *lexer) endTag(p int) (token, error) {
	s := l.src
	top := l.open[len(l.open)-1]
	q := p + len(top.name)
	if !strings.HasPrefix(s[p:], top.name) || (q < len(s) && (s[q] == ':' || isNCChar(l.runeAt(q)))) {
		end, _, err := l.qname(p, true)
		if err != nil {
			return token{}, err
		}
		line, pos := linePos(s, top.off)
		return l.fail(p, fmt.Sprintf("The '%s' start tag on line %d position %d does not match the end tag of '%s'.", top.name, line, pos, s[p:end]))
	}
	q = l.skipSpace(q)
	if q >= len(s) {
		return l.unclosed()
	}
	if s[q] != '>' {
		return l.unexpected(q, ">", "")
	}
	l.open = l.open[:len(l.open)-1]
	l.pos = q + 1
	return token{kind: tokEnd}, nil
}
