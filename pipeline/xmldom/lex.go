package xmldom

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer reads XML as the XmlTextReader behind
// XmlDocument.LoadXml does, on the string itself: tokens and errors
// carry byte offsets, turned into .NET's line and position only when an
// error is reported. Its checks run in the reader's order and stop at
// the same character, so a malformed document fails with the
// XmlException text and position Windows PowerShell shows.

// xtokKind says what a token is.
type xtokKind uint8

const (
	tokEOF xtokKind = iota
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
	kind xtokKind
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
		a.value = v
		tok.attrs = append(tok.attrs, a)
		p, last = after, after
	}
}

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
	subset := false
	for p := q + 8; p < len(s); p++ {
		switch c := s[p]; {
		case c == '"' || c == '\'':
			i := strings.IndexByte(s[p+1:], c)
			if i < 0 {
				p = len(s)
				continue
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
	return l.fail(len(s), msgEOF)
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
