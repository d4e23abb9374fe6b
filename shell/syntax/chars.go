package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of PowerShell's tokenizer (CharTraits.cs), including
// the typographic dashes, quotes and spaces that pasted text brings.

// termByte marks ASCII characters that end a bare word in any mode
// (PowerShell's ForceStartNewToken): white space, newlines, & ( ) , ; { | }.
var termByte = [128]bool{
	0: true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	'&': true, '(': true, ')': true, ',': true, ';': true, '{': true, '|': true, '}': true,
}

// afterNumByte marks ASCII characters that end a number in expression mode
// (ForceStartNewTokenAfterNumber), plus ':' and '?' for the ternary operator.
var afterNumByte = [128]bool{
	'!': true, '#': true, '%': true, '*': true, '+': true, '-': true, '.': true, '/': true,
	'<': true, '=': true, '>': true, ']': true, ':': true, '?': true,
}

func isDashRune(r rune) bool { return r == '-' || r == 0x2013 || r == 0x2014 || r == 0x2015 }

func isSQuoteRune(r rune) bool {
	return r == '\'' || r == 0x2018 || r == 0x2019 || r == 0x201a || r == 0x201b
}

func isDQuoteRune(r rune) bool { return r == '"' || r == 0x201c || r == 0x201d || r == 0x201e }

// isSpaceRune is white space other than newlines.
func isSpaceRune(r rune) bool {
	if r < 128 {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f'
	}
	return r == 0xa0 || r == 0x85 || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}

func isIdentStart(r rune) bool {
	if r < 128 {
		return r == '_' || (r|0x20 >= 'a' && r|0x20 <= 'z')
	}
	return unicode.IsLetter(r)
}

func isIdentFollow(r rune) bool {
	if r < 128 {
		return r == '_' || (r|0x20 >= 'a' && r|0x20 <= 'z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

// runeAt decodes the character at i (utf8.RuneError, 0 at the end).
func (p *parser) runeAt(i int) (rune, int) {
	if i >= len(p.src) {
		return 0, 0
	}
	c := p.src[i]
	if c < 0x80 {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(p.src[i:])
}

// isTerm reports whether the character at i ends a bare word.
func (p *parser) isTerm(i int) bool {
	if i >= len(p.src) {
		return true
	}
	c := p.src[i]
	if c < 0x80 {
		return termByte[c]
	}
	r, _ := p.runeAt(i)
	return isSpaceRune(r)
}

// dashAt returns the width of a dash (any kind) at i, or 0.
func (p *parser) dashAt(i int) int {
	if i >= len(p.src) {
		return 0
	}
	if p.src[i] == '-' {
		return 1
	}
	if p.src[i] == 0xe2 {
		r, w := p.runeAt(i)
		if isDashRune(r) {
			return w
		}
	}
	return 0
}

// squoteAt / dquoteAt return the width of a quote of that kind at i, or 0.
func (p *parser) squoteAt(i int) int {
	if i >= len(p.src) {
		return 0
	}
	if p.src[i] == '\'' {
		return 1
	}
	if p.src[i] == 0xe2 {
		r, w := p.runeAt(i)
		if isSQuoteRune(r) {
			return w
		}
	}
	return 0
}

func (p *parser) dquoteAt(i int) int {
	if i >= len(p.src) {
		return 0
	}
	if p.src[i] == '"' {
		return 1
	}
	if p.src[i] == 0xe2 {
		r, w := p.runeAt(i)
		if isDQuoteRune(r) {
			return w
		}
	}
	return 0
}
