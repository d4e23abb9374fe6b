package syntax

import (
	"strings"
	"unicode/utf8"
)

// expander collects the parts of an expandable string or bare word:
// literal text (escapes applied) and $var / $(…) expressions. Literal text
// that needed no processing stays a slice of the source.
type expander struct {
	p      *parser
	kind   StringKind
	parts  []Expr
	buf    []byte
	inBuf  bool // literal text lives in buf
	vs, ve int  // the literal's source slice while !inBuf
	lstart int  // where the current literal began (-1: none)
	hasExp bool
	// small holds the first parts (nsmall of them; parts takes over
	// past four), so that a string of a few parts allocates its parts
	// slice once, at its exact length (node).
	small  [4]Expr
	nsmall int
}

func newExpander(p *parser, kind StringKind) *expander {
	return &expander{p: p, kind: kind, lstart: -1}
}

func (e *expander) begin(at int) {
	if e.lstart < 0 {
		e.lstart, e.vs, e.ve, e.inBuf = at, at, at, false
		e.buf = e.buf[:0]
	}
}

func (e *expander) toBuf() {
	if !e.inBuf {
		e.buf = append(e.buf[:0], e.p.src[e.vs:e.ve]...)
		e.inBuf = true
	}
}

// addSrc appends src[a:b] to the literal text.
func (e *expander) addSrc(a, b int) {
	e.begin(a)
	if !e.inBuf && e.ve == a {
		e.ve = b
		return
	}
	e.toBuf()
	e.buf = append(e.buf, e.p.src[a:b]...)
}

// addStr appends processed text (an escape's value) at source offset at.
func (e *expander) addStr(at int, s string) {
	e.begin(at)
	e.toBuf()
	e.buf = append(e.buf, s...)
}

// lit is the current literal's text.
func (e *expander) lit() string {
	if e.lstart < 0 {
		return ""
	}
	if e.inBuf {
		return string(e.buf)
	}
	return e.p.src[e.vs:e.ve]
}

// flush ends the current literal at offset at.
func (e *expander) flush(at int) {
	if e.lstart < 0 {
		return
	}
	s := e.p.n.strs.new()
	*s = StringConst{Span: Span{Pos(e.lstart), Pos(at)}, Value: e.lit(), Kind: e.kind}
	e.push(s)
	e.lstart = -1
}

// push appends a part.
func (e *expander) push(x Expr) {
	if e.parts == nil && e.nsmall < len(e.small) {
		e.small[e.nsmall] = x
		e.nsmall++
		return
	}
	if e.parts == nil {
		e.parts = append(make([]Expr, 0, 2*len(e.small)), e.small[:]...)
	}
	e.parts = append(e.parts, x)
}

// value is the whole text of a string without expansions.
func (e *expander) value() string { return e.lit() }

// add appends an expression part.
func (e *expander) add(at int, x Expr) {
	e.flush(at)
	e.push(x)
	e.hasExp = true
}

// node builds the string node for [start,end) with raw text raw.
func (e *expander) node(start, end int, raw string) Expr {
	if !e.hasExp {
		s := e.p.n.strs.new()
		*s = StringConst{Span: Span{Pos(start), Pos(end)}, Value: e.value(), Kind: e.kind}
		return s
	}
	e.flush(end)
	parts := e.parts
	if parts == nil {
		parts = e.p.n.exprList(e.nsmall)
		copy(parts, e.small[:e.nsmall])
	}
	x := e.p.n.xstrs.new()
	*x = ExpandableString{Span: Span{Pos(start), Pos(end)}, Parts: parts, Kind: e.kind, Raw: raw}
	return x
}

// escape handles a backtick escape at j and returns the offset after it.
func (e *expander) escape(j int) int {
	src := e.p.src
	if j+1 >= len(src) {
		e.addSrc(j, j+1)
		return j + 1
	}
	c := src[j+1]
	s := ""
	switch c {
	case '0':
		s = "\x00"
	case 'a':
		s = "\a"
	case 'b':
		s = "\b"
	case 'e':
		s = "\x1b"
	case 'f':
		s = "\f"
	case 'n':
		s = "\n"
	case 'r':
		s = "\r"
	case 't':
		s = "\t"
	case 'v':
		s = "\v"
	case 'u':
		if j+2 < len(src) && src[j+2] == '{' {
			return e.unicodeEscape(j)
		}
		s = "u"
	case '\r':
		if j+2 < len(src) && src[j+2] == '\n' {
			e.addStr(j, "\n")
			return j + 3
		}
		s = "\r"
	default:
		_, w := e.p.runeAt(j + 1)
		e.addStr(j, src[j+1:j+1+w])
		return j + 1 + w
	}
	e.addStr(j, s)
	return j + 2
}

// unicodeEscape handles `u{XXXX} at j.
func (e *expander) unicodeEscape(j int) int {
	src := e.p.src
	k := j + 3
	v := 0
	for k < len(src) && isHex(src[k]) && k-(j+3) < 7 {
		c := src[k] | 0x20
		d := int(c - '0')
		if c >= 'a' {
			d = int(c-'a') + 10
		}
		v = v*16 + d
		k++
	}
	switch {
	case k == j+3:
		e.p.errorAt(j, k, "InvalidUnicodeEscapeSequence", "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", k >= len(src))
		return k
	case k-(j+3) > 6:
		e.p.errorAt(j, k, "TooManyDigitsInUnicodeEscapeSequence", "The Unicode escape sequence contains more than the maximum of six hex digits between braces.", false)
		return k
	case k >= len(src) || src[k] != '}':
		e.p.errorAt(j, k, "MissingUnicodeEscapeSequenceTerminator", "The Unicode escape sequence is missing the closing '}'.", k >= len(src))
		return k
	case v > 0x10FFFF:
		e.p.errorAt(j, k+1, "InvalidUnicodeEscapeSequenceValue", "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.", false)
		return k + 1
	}
	e.addStr(j, string(rune(v)))
	return k + 1
}

// dollar handles a '$' at j inside an expandable string or bare word.
func (e *expander) dollar(j int) int {
	p := e.p
	if j+1 < len(p.src) && p.src[j+1] == '(' {
		sub := p.subExprAt(j)
		e.add(j, sub)
		return int(sub.Stop)
	}
	if v, end, ok := p.scanVariable(j); ok {
		e.add(j, v)
		return end
	}
	e.addSrc(j, j+1)
	return j + 1
}

// dqBody scans the body of a double-quoted string from j; it returns the
// offset after the closing quote and whether there was one.
func (e *expander) dqBody(j int) (int, bool) {
	src := e.p.src
	for j < len(src) {
		if q := e.p.dquoteAt(j); q > 0 {
			if q2 := e.p.dquoteAt(j + q); q2 > 0 {
				e.addSrc(j, j+q)
				j += q + q2
				continue
			}
			return j + q, true
		}
		switch src[j] {
		case '`':
			j = e.escape(j)
		case '$':
			j = e.dollar(j)
		default:
			// A run of plain text is taken at once.
			k := j + 1
			for k < len(src) && plainInDQ(src[k]) {
				k++
			}
			e.addSrc(j, k)
			j = k
		}
	}
	return j, false
}

// plainInDQ reports whether byte c of a double-quoted string stands for
// itself: not a quote (nor the first byte of a curly one), escape or
// variable.
func plainInDQ(c byte) bool {
	return c != '"' && c != '`' && c != '$' && c < 0x80
}

// sqBody scans the body of a single-quoted string from j.
func (e *expander) sqBody(j int) (int, bool) {
	src := e.p.src
	for j < len(src) {
		if q := e.p.squoteAt(j); q > 0 {
			if q2 := e.p.squoteAt(j + q); q2 > 0 {
				e.addSrc(j, j+q)
				j += q + q2
				continue
			}
			return j + q, true
		}
		// A run of plain text is taken at once.
		k := j + 1
		for k < len(src) && src[k] != '\'' && src[k] < 0x80 {
			k++
		}
		e.addSrc(j, k)
		j = k
	}
	return j, false
}

// scanQuoted lexes a quoted string at i. In argument mode a string glued
// to more text (a'$a', "x"y) is one bare word.
func (p *parser) scanQuoted(i int, m mode) token {
	if sq := p.squoteAt(i); sq > 0 {
		e := newExpander(p, SingleQuoted)
		end, ok := e.sqBody(i + sq)
		if !ok {
			p.errorAt(i, end, "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", true)
		} else if m == modeCmd && !p.isTerm(end) {
			return p.scanGeneric(i, m)
		}
		return token{kind: tString, pos: i, end: end, node: e.node(i, end, "")}
	}
	dq := p.dquoteAt(i)
	e := newExpander(p, DoubleQuoted)
	end, ok := e.dqBody(i + dq)
	rawEnd := end
	if !ok {
		p.errorAt(i, end, "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", true)
	} else {
		_, w := utf8.DecodeLastRuneInString(p.src[:end])
		rawEnd = end - w
		if m == modeCmd && !p.isTerm(end) {
			return p.scanGeneric(i, m)
		}
	}
	return token{kind: tExpStr, pos: i, end: end, node: e.node(i, end, p.src[i+dq:rawEnd])}
}

// scanHereString lexes @' … '@ or @" … "@ starting at i.
func (p *parser) scanHereString(i int) token {
	src := p.src
	double := p.dquoteAt(i+1) > 0
	q := p.dquoteAt(i + 1)
	if !double {
		q = p.squoteAt(i + 1)
	}
	j := i + 1 + q
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && src[j] != '\n' && src[j] != '\r' {
		p.errorAt(j, j, "UnexpectedCharactersAfterHereStringHeader", "No characters are allowed after a here-string header but before the end of the line.", false)
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
	}
	if j < len(src) && src[j] == '\r' {
		j++
	}
	if j < len(src) && src[j] == '\n' {
		j++
	}
	kind, closeQ := SingleHereString, "'"
	if double {
		kind, closeQ = DoubleHereString, "\""
	}
	e := newExpander(p, kind)
	contentStart := j
	falseFooter := -1
	// footerAt reports whether a closing quote and '@' start at k.
	footerAt := func(k int) int {
		var w int
		if double {
			w = p.dquoteAt(k)
		} else {
			w = p.squoteAt(k)
		}
		if w > 0 && k+w < len(src) && src[k+w] == '@' {
			return w + 1
		}
		return 0
	}
	if w := footerAt(j); w > 0 {
		end := j + w
		return p.hereToken(i, end, e, kind, contentStart, j)
	}
	falseFooter = p.indentedFooter(j, footerAt)
	for j < len(src) {
		c := src[j]
		if c == '\n' || c == '\r' {
			// A line end (LF, CRLF or a lone CR, as PowerShell's
			// tokenizer reads them) stays in the value as written; the
			// one before the terminator does not.
			nl := 1
			if c == '\r' && j+1 < len(src) && src[j+1] == '\n' {
				nl = 2
			}
			if w := footerAt(j + nl); w > 0 {
				return p.hereToken(i, j+nl+w, e, kind, contentStart, j)
			}
			if falseFooter < 0 {
				falseFooter = p.indentedFooter(j+nl, footerAt)
			}
			e.addSrc(j, j+nl)
			j += nl
			continue
		}
		if double {
			switch c {
			case '`':
				j = e.escape(j)
				continue
			case '$':
				j = e.dollar(j)
				continue
			}
		}
		e.addSrc(j, j+1)
		j++
	}
	if falseFooter >= 0 {
		// A line holding only white space before the terminator: 5.1
		// names that mistake instead of the missing terminator.
		p.errorAt(falseFooter, falseFooter, "WhitespaceBeforeHereStringFooter", "White space is not allowed before the string terminator.", true)
	} else {
		p.errorAt(i, len(src), "TerminatorExpectedAtEndOfString", "The string is missing the terminator: "+closeQ+"@.", true)
	}
	return p.hereToken(i, len(src), e, kind, contentStart, len(src))
}

// indentedFooter returns the offset of a here-string terminator that
// follows white space at the start of the line at k, or -1: PowerShell's
// tokenizer remembers the first such false footer for its error message.
func (p *parser) indentedFooter(k int, footerAt func(int) int) int {
	start := k
	for {
		r, w := p.runeAt(k)
		if w == 0 || !isSpaceRune(r) {
			break
		}
		k += w
	}
	if k > start && footerAt(k) > 0 {
		return k
	}
	return -1
}

func (p *parser) hereToken(i, end int, e *expander, kind StringKind, cs, ce int) token {
	k := tString
	if kind == DoubleHereString {
		k = tExpStr
	}
	return token{kind: k, pos: i, end: end, node: e.node(i, end, p.src[cs:ce])}
}

// scanGeneric lexes a bare word (argument mode, command names): it runs to
// the next white space or one of & ( ) , ; { | }, with quoted parts, $var
// and $(…) expansions, and backtick escapes.
func (p *parser) scanGeneric(i int, m mode) token {
	src := p.src
	e := newExpander(p, BareWord)
	j := i
	for j < len(src) && !p.isTerm(j) {
		if plainInWord(src[j]) {
			// A run of plain text is taken at once.
			k := j + 1
			for k < len(src) && plainInWord(src[k]) {
				k++
			}
			e.addSrc(j, k)
			j = k
			continue
		}
		if q := p.squoteAt(j); q > 0 {
			end, ok := e.sqBody(j + q)
			if !ok {
				p.errorAt(j, end, "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", true)
			}
			j = end
			continue
		}
		if q := p.dquoteAt(j); q > 0 {
			end, ok := e.dqBody(j + q)
			if !ok {
				p.errorAt(j, end, "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", true)
			}
			j = end
			continue
		}
		switch src[j] {
		case '`':
			if j+1 < len(src) && (src[j+1] == '\n' || src[j+1] == '\r') {
				goto done
			}
			if j+1 >= len(src) {
				goto done
			}
			j = e.escape(j)
			continue
		case '$':
			j = e.dollar(j)
			continue
		}
		_, w := p.runeAt(j)
		e.addSrc(j, j+w)
		j += w
	}
done:
	if j == i {
		// A character that starts no token (such as NUL).
		_, w := p.runeAt(i)
		return token{kind: tBad, pos: i, end: i + max(w, 1)}
	}
	if !e.hasExp {
		return token{kind: tGeneric, pos: i, end: j, sval: e.value()}
	}
	return token{kind: tGeneric, pos: i, end: j, node: e.node(i, j, src[i:j]), sval: src[i:j]}
}

// plainInWord reports whether byte c of a bare word stands for itself:
// ASCII, and not a terminator, quote, escape or variable.
func plainInWord(c byte) bool {
	return c < 0x80 && !termByte[c] && c != '\'' && c != '"' && c != '`' && c != '$'
}

// scanVariable lexes $name, ${name}, $scope:name, $$, $?, $^ (or the same
// after '@') at i and returns its node.
func (p *parser) scanVariable(i int) (*VariableExpr, int, bool) {
	scope, name, end, ok := p.scanVarName(i)
	if !ok {
		return nil, 0, false
	}
	v := p.n.vars.new()
	*v = VariableExpr{Span: Span{Pos(i), Pos(end)}, Scope: scope, Name: name}
	return v, end, true
}

// scanVarName lexes a variable reference at i without allocating.
func (p *parser) scanVarName(i int) (scope, name string, end int, ok bool) {
	src := p.src
	j := i + 1
	if j >= len(src) {
		return "", "", 0, false
	}
	c := src[j]
	if c == '{' {
		k := j + 1
		var b strings.Builder
		esc := false
		for k < len(src) && src[k] != '}' {
			if src[k] == '`' && k+1 < len(src) {
				esc = true
				b.WriteByte(src[k+1])
				k += 2
				continue
			}
			b.WriteByte(src[k])
			k++
		}
		name = src[j+1 : min(k, len(src))]
		if esc {
			name = b.String()
		}
		if k >= len(src) {
			p.errorAt(i, k, "IncompleteDollarVariableReference", "${variable} reference starting is missing the closing '}'.", true)
		} else {
			k++
			if name == "" {
				p.errorAt(i, k, "EmptyVariableReference", "An empty ${} variable reference was found. A name is required inside the braces.", false)
			}
		}
		if c := strings.IndexByte(name, ':'); c > 0 {
			scope, name = lowerScope(name[:c]), name[c+1:]
		}
		return scope, name, k, true
	}
	if c == '$' || c == '?' || c == '^' {
		return "", src[j : j+1], j + 1, true
	}
	// As PowerShell's tokenizer: letters, digits, '_', '?' and ':' (not
	// '::') continue a name, so "$name?" names the variable name? and
	// $env:Path is the variable Path of the env: drive.
	k := j
	colon := -1
	for k < len(src) {
		c := src[k]
		if c < 0x80 {
			if c == '_' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9') {
				k++
				continue
			}
			if c == ':' && !(k+1 < len(src) && src[k+1] == ':') {
				if colon < 0 {
					colon = k
				}
				k++
				continue
			}
			break
		}
		r, w := p.runeAt(k)
		if !isIdentFollow(r) {
			break
		}
		k += w
	}
	if k == j {
		return "", "", 0, false
	}
	if colon < 0 {
		return "", src[j:k], k, true
	}
	name = src[colon+1 : k]
	if name == "" {
		p.errorAt(i, k, "InvalidVariableReferenceWithDrive", "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", false)
	}
	return lowerScope(src[j:colon]), name, k, true
}

// lowerScope lower-cases a scope qualifier, without allocating for the
// usual ones.
func lowerScope(s string) string {
	for _, q := range [...]string{"global", "script", "local", "private", "env", "variable", "function", "using", "alias"} {
		if strings.EqualFold(s, q) {
			return q
		}
	}
	return strings.ToLower(s)
}
