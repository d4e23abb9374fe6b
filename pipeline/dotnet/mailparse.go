package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// The rules of System.Net.Mail.MailAddress's parser, which is not RFC
// 5322's (so not Go's net/mail, whose package initialisation also ran at
// every start of the shell): it reads the address from its end backwards,
// the domain first, then '@', the user, and whatever is left is the display
// name. It accepts what the MailAddress remarks list: user@host, "display
// name" <user@host>, display name <user@host>, "display name" user@host,
// a quoted user ("user name"@host), consecutive and trailing dots in the
// user, bracketed domain literals, comments in parentheses; it refuses a
// mixed quoted and unquoted display name. Indexes count runes, as .NET's
// count chars.

// mailAddressInvalidFormat is SR.MailAddressInvalidFormat, the
// FormatException of an address that is not one.
const mailAddressInvalidFormat = "The specified string is not in the form required for an e-mail address."

// mailFormatError is the FormatException for a string that is not an address.
func mailFormatError() *object.Exception {
	return &object.Exception{Type: "System.FormatException", Message: mailAddressInvalidFormat}
}

// mailCharError is SR.MailHeaderFieldInvalidCharacter: the parser names
// the character it could not place.
func mailCharError(c rune) *object.Exception {
	return &object.Exception{Type: "System.FormatException",
		Message: "An invalid character was found in the mail header: '" + string(c) + "'."}
}

// mailParts are the three strings a MailAddress keeps.
type mailParts struct {
	display, user, host string
}

// parseMailAddress parses one address as MailAddress(string) does.
func parseMailAddress(s string) (mailParts, *object.Exception) {
	p := mailParser{r: []rune(s)}
	return p.address()
}

// mailParser reads r backwards; each reader takes the index of the last
// rune still to read and returns the index of the first rune it left,
// -1 at the start of the string.
type mailParser struct {
	r []rune
}

func (p *mailParser) address() (mailParts, *object.Exception) {
	var out mailParts
	i, err := p.cfwsNotEmpty(len(p.r) - 1)
	if err != nil {
		return out, err
	}
	angle := p.r[i] == '>'
	if angle {
		i--
	}
	if out.host, i, err = p.domain(i); err != nil {
		return out, err
	}
	if p.r[i] != '@' {
		return out, mailFormatError()
	}
	if out.user, i, err = p.localPart(i-1, angle); err != nil {
		return out, err
	}
	if angle {
		if i < 0 || p.r[i] != '<' {
			c := '>'
			if i >= 0 {
				c = p.r[i]
			}
			return out, mailCharError(c)
		}
		// Only white space is skipped here: a comment before '<' belongs
		// to an unquoted display name.
		if i, err = p.fws(i - 1); err != nil {
			return out, err
		}
	}
	if i >= 0 {
		out.display, err = p.displayName(i)
	}
	return out, err
}

// cfwsNotEmpty skips white space and comments and fails when nothing is
// left: a part of the address is missing.
func (p *mailParser) cfwsNotEmpty(i int) (int, *object.Exception) {
	i, err := p.cfws(i)
	if err == nil && i < 0 {
		err = mailFormatError()
	}
	return i, err
}

// domain reads the host: a dot-atom or a [domain literal], and the white
// space and comments before it.
func (p *mailParser) domain(i int) (string, int, *object.Exception) {
	i, err := p.cfwsNotEmpty(i)
	if err != nil {
		return "", i, err
	}
	end := i
	if p.r[i] == ']' {
		i, err = p.domainLiteral(i)
	} else {
		i, err = p.dotAtom(i)
	}
	if err != nil {
		return "", i, err
	}
	host := string(p.r[i+1 : end+1])
	i, err = p.cfwsNotEmpty(i)
	return host, i, err
}

// localPart reads the user: a quoted string, kept with its quotes, or a
// dot-atom that something other than an atom character must end.
func (p *mailParser) localPart(i int, angle bool) (string, int, *object.Exception) {
	i, err := p.cfwsNotEmpty(i)
	if err != nil {
		return "", i, err
	}
	end := i
	if p.r[i] == '"' {
		i, err = p.quoted(i)
	} else if i, err = p.dotAtom(i); err == nil && i >= 0 {
		switch c := p.r[i]; {
		case mailWhiteSpace(c), c == ')', c == '"', angle && c == '<':
		default:
			err = mailCharError(c)
		}
	}
	if err != nil {
		return "", i, err
	}
	user := string(p.r[i+1 : end+1])
	i, err = p.cfws(i)
	return user, i, err
}

// displayName reads what is left before the address: a quoted string
// (without its quotes, and nothing may stand before it) or, unquoted, all
// the text to the start, comments included, trimmed.
func (p *mailParser) displayName(i int) (string, *object.Exception) {
	j, err := p.cfws(i)
	if err != nil {
		return "", err
	}
	if j >= 0 && p.r[j] == '"' {
		k, err := p.quoted(j)
		if err != nil {
			return "", err
		}
		name := string(p.r[k+2 : j])
		if k, err = p.cfws(k); err != nil {
			return "", err
		}
		if k >= 0 {
			return "", mailCharError(p.r[k])
		}
		return name, nil
	}
	k, err := p.unquoted(i)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(p.r[k+1 : i+1])), nil
}

// fws skips folding white space: spaces, tabs and CRLF pairs; a CR or LF
// on its own makes the string no address.
func (p *mailParser) fws(i int) (int, *object.Exception) {
	expectCR := false
	for ; i >= 0; i-- {
		c := p.r[i]
		switch {
		case c == '\r' && expectCR:
			expectCR = false
		case c == '\r' || expectCR:
			return i, mailFormatError()
		case c == '\n':
			expectCR = true
		case c == ' ' || c == '\t':
		default:
			return i, nil
		}
	}
	if expectCR {
		return i, mailFormatError()
	}
	return i, nil
}

// cfws skips white space and (possibly nested) comments.
func (p *mailParser) cfws(i int) (int, *object.Exception) {
	depth := 0
	i, err := p.fws(i)
	for err == nil && i >= 0 {
		c := p.r[i]
		if n := p.quotedPair(i); depth > 0 && n > 0 {
			i -= n
		} else if c == ')' {
			depth++
			i--
		} else if c == '(' {
			depth--
			if depth < 0 {
				return i, mailCharError('(')
			}
			i--
		} else if depth > 0 && (c > 127 || mailCtext(c)) {
			i--
		} else if depth > 0 {
			return i, mailCharError(c)
		} else {
			break
		}
		i, err = p.fws(i)
	}
	if err == nil && depth > 0 {
		err = mailCharError(')')
	}
	return i, err
}

// quotedPair returns how many runes a backslash escape ending at i takes
// (the escaped rune and its backslashes), 0 when r[i] is not escaped.
func (p *mailParser) quotedPair(i int) int {
	if i <= 0 || p.r[i-1] != '\\' {
		return 0
	}
	n := 0
	for j := i - 1; j >= 0 && p.r[j] == '\\'; j-- {
		n++
	}
	if n%2 == 0 {
		return 0
	}
	return n + 1
}

// dotAtom reads atom characters and dots (any non-ASCII rune counts as
// one); it must read one, and the first may not be a dot.
func (p *mailParser) dotAtom(i int) (int, *object.Exception) {
	start := i
	for ; i >= 0; i-- {
		if c := p.r[i]; c <= 127 && c != '.' && !mailAtext(c) {
			break
		}
	}
	if i == start {
		return i, mailCharError(p.r[i])
	}
	if p.r[i+1] == '.' {
		return i, mailCharError('.')
	}
	return i, nil
}

// domainLiteral reads [ ... ] backwards from its ']'; unlike a quoted
// string it takes no escaped non-ASCII character.
func (p *mailParser) domainLiteral(i int) (int, *object.Exception) {
	return p.delimited(i, '[', ']', func(c rune) bool { return c <= 127 && mailDtext(c) }, true)
}

// quoted reads a quoted string backwards from its closing quote and
// returns the index before the opening one.
func (p *mailParser) quoted(i int) (int, *object.Exception) {
	return p.delimited(i, '"', '"', mailQtext, false)
}

// delimited reads backwards from the closing delimiter at i to the opening
// one, through folding white space, quoted pairs (not escaping a
// non-ASCII character when asciiPairs is set) and characters text
// accepts, and returns the index before the opening delimiter. A missing
// opening delimiter is reported as the closing one, as .NET does.
func (p *mailParser) delimited(i int, open, close rune, text func(rune) bool, asciiPairs bool) (int, *object.Exception) {
	var err *object.Exception
	for i--; i >= 0; {
		if i, err = p.fws(i); err != nil || i < 0 {
			break
		}
		c := p.r[i]
		if n := p.quotedPair(i); n > 0 {
			if asciiPairs && c > 127 {
				return i, mailCharError(c)
			}
			i -= n
		} else if c == open {
			return i - 1, nil
		} else if !text(c) {
			return i, mailCharError(c)
		} else {
			i--
		}
	}
	if err != nil {
		return i, err
	}
	return i, mailCharError(close)
}

// unquoted reads a display name that lacks its quotes, to the start of
// the string; a quote in it is refused.
func (p *mailParser) unquoted(i int) (int, *object.Exception) {
	var err *object.Exception
	for i >= 0 {
		if i, err = p.fws(i); err != nil || i < 0 {
			break
		}
		c := p.r[i]
		if n := p.quotedPair(i); n > 0 {
			i -= n
		} else if !mailQtext(c) {
			return i, mailCharError(c)
		} else {
			i--
		}
	}
	return i, err
}

// mailWhiteSpace is what may end an unbracketed user before the display name.
func mailWhiteSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// mailAtext is RFC 2822's atext: letters, digits and !#$%&'*+-/=?^_`{|}~.
func mailAtext(c rune) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.ContainsRune("!#$%&'*+-/=?^_`{|}~", c)
}

// mailNoWSCtl is RFC 2822's NO-WS-CTL: controls other than NUL, tab, LF
// and CR.
func mailNoWSCtl(c rune) bool {
	return c >= 1 && c <= 8 || c == 11 || c == 12 || c >= 14 && c <= 31
}

// mailQtext is what a quoted string holds unescaped: anything but NUL,
// LF, CR, the quote and the backslash (tab and space included, and any
// non-ASCII rune, as MailAddress permits Unicode in names).
func mailQtext(c rune) bool {
	return c > 127 || c == '\t' || c == ' ' || mailNoWSCtl(c) || c == '!' ||
		c >= '#' && c <= '[' || c >= ']' && c <= 127
}

// mailCtext is what a comment holds unescaped: ASCII printables but the
// parentheses and the backslash.
func mailCtext(c rune) bool {
	return mailNoWSCtl(c) || c >= '!' && c <= '\'' || c >= '*' && c <= '[' || c >= ']' && c <= 127
}

// mailDtext is what a domain literal holds unescaped: ASCII printables but
// the brackets and the backslash.
func mailDtext(c rune) bool {
	return mailNoWSCtl(c) || c >= '!' && c <= 'Z' || c >= '^' && c <= 127
}
