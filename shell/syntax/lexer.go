package syntax

import "strings"

// The lexer is driven by the parser: peek(mode) scans the token at the
// current offset in the mode the grammar needs there, and a later peek in
// another mode rescans the same text. Strings are lexed alike in every
// mode, so their (possibly nested) parts are built once.

// peek returns the token at p.pos lexed in mode m. The pointer is valid
// until the next peek or advance.
func (p *parser) peek(m mode) *token {
	if p.tv && p.tat == p.pos && p.tmode == m {
		return &p.tok
	}
	return p.peekSlow(m)
}

// peekSlow is peek when the cached token was lexed elsewhere or in
// another mode (kept apart so that peek's common case is inlined).
func (p *parser) peekSlow(m mode) *token {
	if p.tv && p.tat == p.pos && p.sameToken(m) {
		return &p.tok
	}
	at := p.pos
	t := p.scan(at, m)
	p.tok, p.tv, p.tat, p.tmode = t, true, at, m
	return &p.tok
}

// sameToken reports whether the cached token (lexed in another mode)
// would lex the same in mode m.
func (p *parser) sameToken(m mode) bool {
	k := p.tok.kind
	if k.modeFree() {
		return m != modeCmd || p.isTerm(p.tok.end)
	}
	if (m == modeExpr && p.tmode == modeStart) || (m == modeStart && p.tmode == modeExpr) {
		switch k {
		case tGeneric, tDot, tLabel, tColon, tOp, tAssign, tBad, tParam:
			return false
		}
		return true
	}
	switch k {
	case tNewline, tSemi, tPipe, tAmp, tAndAnd, tOrOr, tLParen, tRParen, tLCurly, tRCurly, tComma, tEOF, tAtParen, tAtCurly, tDollarParen, tRedir:
		return true
	}
	return false
}

// next returns the token in mode m and moves past it.
func (p *parser) next(m mode) token {
	t := *p.peek(m)
	p.advance()
	return t
}

// advance moves past the current (peeked) token.
func (p *parser) advance() {
	p.pos = p.tok.end
	p.lastEnd = p.pos
	p.tv = false
	if p.trace != nil {
		*p.trace = append(*p.trace, p.pos)
	}
}

// skipSpace skips white space, comments and backtick line continuations
// starting at i and returns the offset of the next token.
func (p *parser) skipSpace(i int) int {
	src := p.src
	for i < len(src) {
		c := src[i]
		// The common cases first: a space, or the start of a token.
		if c == ' ' {
			i++
			continue
		}
		if c > ' ' && c < 0x80 && c != '#' && c != '<' && c != '`' {
			return i
		}
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case c == '<' && i+1 < len(src) && src[i+1] == '#':
			end := strings.Index(src[i+2:], "#>")
			if end < 0 {
				p.errorAt(i, i+2, "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", true)
				return len(src)
			}
			i += 2 + end + 2
		case c == '`' && i+1 < len(src) && (src[i+1] == '\n' || src[i+1] == '\r'):
			start := i
			i += 2
			if src[i-1] == '\r' && i < len(src) && src[i] == '\n' {
				i++
			}
			if i >= len(src) {
				// A line continuation with no line after it yet.
				p.errorAt(start, start+1, "IncompleteString", "Incomplete string token.", true)
				return i
			}
		case c == '`' && i+1 < len(src) && (src[i+1] == ' ' || src[i+1] == '\t'):
			// A backtick before white space is white space too.
			i += 2
		case c == '`' && i+1 == len(src):
			// A backtick at the very end continues onto a line not typed yet.
			p.errorAt(i, i+1, "IncompleteString", "Incomplete string token.", true)
			return len(src)
		case c >= 0x80:
			r, w := p.runeAt(i)
			if !isSpaceRune(r) {
				return i
			}
			i += w
		default:
			return i
		}
	}
	return i
}

// scan lexes one token at offset i in mode m.
func (p *parser) scan(i int, m mode) token {
	src := p.src
	i = p.skipSpace(i)
	if i >= len(src) {
		return token{kind: tEOF, pos: i, end: i}
	}
	c := src[i]
	tk := func(k tkind, n int) token { return token{kind: k, pos: i, end: i + n} }
	op := func(k tkind, s string) token { return token{kind: k, pos: i, end: i + len(s), op: s} }
	next := byte(0)
	if i+1 < len(src) {
		next = src[i+1]
	}
	switch c {
	case '\n':
		return tk(tNewline, 1)
	case '\r':
		if next == '\n' {
			return tk(tNewline, 2)
		}
		return tk(tNewline, 1)
	case ';':
		return tk(tSemi, 1)
	case '|':
		if next == '|' {
			return op(tOrOr, "||")
		}
		return tk(tPipe, 1)
	case '&':
		if next == '&' {
			return op(tAndAnd, "&&")
		}
		return tk(tAmp, 1)
	case '(':
		return tk(tLParen, 1)
	case ')':
		return tk(tRParen, 1)
	case '{':
		return tk(tLCurly, 1)
	case '}':
		return tk(tRCurly, 1)
	case ',':
		return tk(tComma, 1)
	case '\'':
		return p.scanQuoted(i, m)
	case '"':
		return p.scanQuoted(i, m)
	case '@':
		switch {
		case next == '(':
			return tk(tAtParen, 2)
		case next == '{':
			return tk(tAtCurly, 2)
		case p.squoteAt(i+1) > 0 || p.dquoteAt(i+1) > 0:
			return p.scanHereString(i)
		}
		if r, _ := p.runeAt(i + 1); isIdentFollow(r) || r == '?' || r == '$' || r == '^' || r == '{' {
			scope, name, end, ok := p.scanVarName(i)
			if ok {
				return token{kind: tSplat, pos: i, end: end, scope: scope, sval: name}
			}
		}
		if m == modeCmd {
			return p.scanGeneric(i, m)
		}
		return tk(tBad, 1)
	case '$':
		if next == '(' {
			return tk(tDollarParen, 2)
		}
		scope, name, end, ok := p.scanVarName(i)
		if !ok {
			if m != modeExpr {
				return p.scanGeneric(i, m)
			}
			return tk(tBad, 1)
		}
		if m == modeCmd && !p.isTerm(end) && src[end] != '.' && src[end] != '[' {
			return p.scanGeneric(i, m)
		}
		return token{kind: tVariable, pos: i, end: end, scope: scope, sval: name}
	case '>':
		return p.scanRedir(i, i, '1')
	case '<':
		return token{kind: tRedir, pos: i, end: i + 1, op: "<"}
	case '[':
		if m == modeCmd {
			return p.scanGeneric(i, m)
		}
		return tk(tLBracket, 1)
	case ']':
		if m == modeCmd {
			return p.scanGeneric(i, m)
		}
		return tk(tRBracket, 1)
	}
	if c >= '1' && c <= '6' && next == '>' {
		return p.scanRedir(i, i+1, c)
	}
	if c == '*' && next == '>' {
		return p.scanRedir(i, i+1, '*')
	}
	if isDigit(c) || (c == '.' && isDigit(next)) {
		if t, ok := p.scanNumber(i, i, m); ok {
			return t
		}
		return p.scanGeneric(i, m)
	}
	if c >= 0x80 {
		r, w := p.runeAt(i)
		switch {
		case isSQuoteRune(r), isDQuoteRune(r):
			return p.scanQuoted(i, m)
		case isDashRune(r):
			return p.scanDash(i, w, m)
		}
		if m == modeExpr {
			if !isIdentStart(r) {
				return token{kind: tBad, pos: i, end: i + w}
			}
			return p.scanIdent(i)
		}
		return p.scanGeneric(i, m)
	}
	if c == '-' {
		return p.scanDash(i, 1, m)
	}
	if m == modeCmd {
		if (c == '!' || c == '+') && (next == '$' || next == '(') {
			// !$x and +$x are expressions even in argument mode.
			return token{kind: tOp, pos: i, end: i + 1, op: string(c)}
		}
		return p.scanGeneric(i, m)
	}
	// Expression mode and statement start.
	switch c {
	case '.':
		if next == '.' && m == modeExpr {
			return op(tOp, "..")
		}
		if m == modeStart {
			if next == 0 || next == ' ' || next == '\t' || next == '$' || next == '\'' || next == '"' || next == '{' || next == '(' || next == '&' || next == '\r' || next == '\n' {
				return tk(tDot, 1)
			}
			return p.scanGeneric(i, m)
		}
		return tk(tDot, 1)
	case ':':
		if next == ':' {
			return op(tColonColon, "::")
		}
		if m == modeStart {
			if r, _ := p.runeAt(i + 1); isIdentStart(r) {
				j := i + 1
				for j < len(src) {
					r, w := p.runeAt(j)
					if !isIdentFollow(r) {
						break
					}
					j += w
				}
				return token{kind: tLabel, pos: i, end: j, sval: src[i+1 : j]}
			}
		}
		return tk(tColon, 1)
	case '+':
		switch next {
		case '+':
			return op(tOp, "++")
		case '=':
			return op(tAssign, "+=")
		}
		return op(tOp, "+")
	case '!':
		return op(tOp, "!")
	case '=':
		return op(tAssign, "=")
	case ',':
		return tk(tComma, 1)
	}
	if m == modeStart {
		return p.scanGeneric(i, m)
	}
	switch c {
	case '*':
		if next == '=' {
			return op(tAssign, "*=")
		}
		return op(tOp, "*")
	case '/':
		if next == '=' {
			return op(tAssign, "/=")
		}
		return op(tOp, "/")
	case '%':
		if next == '=' {
			return op(tAssign, "%=")
		}
		return op(tOp, "%")
	case '?':
		if next == '?' {
			if i+2 < len(src) && src[i+2] == '=' {
				return op(tAssign, "??=")
			}
			return op(tOp, "??")
		}
		return op(tOp, "?")
	}
	if r, _ := p.runeAt(i); isIdentStart(r) {
		return p.scanIdent(i)
	}
	return tk(tBad, 1)
}

// scanIdent lexes a word in expression mode (a keyword such as 'in', or an
// attribute argument name).
func (p *parser) scanIdent(i int) token {
	j := i
	for j < len(p.src) {
		r, w := p.runeAt(j)
		if !isIdentFollow(r) {
			break
		}
		j += w
	}
	return token{kind: tGeneric, pos: i, end: j, sval: p.src[i:j]}
}

// scanRedir lexes a redirection starting at start whose '>' is at gt;
// from is the redirected stream ('1'..'6' or '*').
func (p *parser) scanRedir(start, gt int, from byte) token {
	t := token{kind: tRedir, pos: start, from: from}
	j := gt + 1
	if j < len(p.src) && p.src[j] == '>' {
		t.app = true
		j++
	} else if j+1 < len(p.src) && p.src[j] == '&' && p.src[j+1] >= '1' && p.src[j+1] <= '6' {
		t.to = p.src[j+1]
		j += 2
	}
	t.end = j
	t.op = p.src[start:j]
	return t
}

// scanDash lexes a token starting with a dash of width w at i.
func (p *parser) scanDash(i, w int, m mode) token {
	src := p.src
	j := i + w
	if m == modeCmd {
		r, rw := p.runeAt(j)
		switch {
		case isIdentStart(r) || r == '?':
			k := j + rw
			// As PowerShell's ScanParameter: the name runs to white space,
			// one of & ( ) , . ; [ { | }, or a ':' that ends it.
			for k < len(src) && !p.isTerm(k) && src[k] != ':' && src[k] != '.' && src[k] != '[' {
				if p.squoteAt(k) > 0 || p.dquoteAt(k) > 0 {
					return p.scanGeneric(i, m)
				}
				_, kw := p.runeAt(k)
				k += kw
			}
			t := token{kind: tParam, pos: i, end: k, sval: src[j:k]}
			if k < len(src) && src[k] == ':' {
				t.colon = true
				t.end = k + 1
			}
			return t
		case j < len(src) && (src[j] == '$' || src[j] == '('):
			// -$x and -(…) are expressions even in argument mode.
			return token{kind: tOp, pos: i, end: j, op: "-"}
		case p.dashAt(j) > 0 && p.isTerm(j+p.dashAt(j)):
			return token{kind: tParam, pos: i, end: j + p.dashAt(j), op: "--"}
		case j < len(src) && (isDigit(src[j]) || (src[j] == '.' && j+1 < len(src) && isDigit(src[j+1]))):
			if t, ok := p.scanNumber(i, j, m); ok {
				return t
			}
		}
		return p.scanGeneric(i, m)
	}
	if d := p.dashAt(j); d > 0 {
		return token{kind: tOp, pos: i, end: j + d, op: "--"}
	}
	if j < len(src) && src[j] == '=' {
		return token{kind: tAssign, pos: i, end: j + 1, op: "-="}
	}
	if r, _ := p.runeAt(j); isIdentStart(r) {
		k := j
		for k < len(src) {
			r, rw := p.runeAt(k)
			if !isIdentFollow(r) {
				break
			}
			k += rw
		}
		if o := dashOperator(src[j:k]); o != "" {
			return token{kind: tOp, pos: i, end: k, op: o}
		}
		t := token{kind: tParam, pos: i, end: k, sval: src[j:k]}
		if k < len(src) && src[k] == ':' {
			t.colon = true
			t.end = k + 1
		}
		return t
	}
	return token{kind: tOp, pos: i, end: j, op: "-"}
}

// canonicalDash maps an operator word (after the dash, lower case) to the
// canonical operator: "-i" forms become the plain operator, "-c" forms
// stay. A switch of constants rather than a map built at start-up.
func canonicalDash(w string) string {
	switch w {
	case "eq", "ieq":
		return "-eq"
	case "ceq":
		return "-ceq"
	case "ne", "ine":
		return "-ne"
	case "cne":
		return "-cne"
	case "gt", "igt":
		return "-gt"
	case "cgt":
		return "-cgt"
	case "ge", "ige":
		return "-ge"
	case "cge":
		return "-cge"
	case "lt", "ilt":
		return "-lt"
	case "clt":
		return "-clt"
	case "le", "ile":
		return "-le"
	case "cle":
		return "-cle"
	case "like", "ilike":
		return "-like"
	case "clike":
		return "-clike"
	case "notlike", "inotlike":
		return "-notlike"
	case "cnotlike":
		return "-cnotlike"
	case "match", "imatch":
		return "-match"
	case "cmatch":
		return "-cmatch"
	case "notmatch", "inotmatch":
		return "-notmatch"
	case "cnotmatch":
		return "-cnotmatch"
	case "contains", "icontains":
		return "-contains"
	case "ccontains":
		return "-ccontains"
	case "notcontains", "inotcontains":
		return "-notcontains"
	case "cnotcontains":
		return "-cnotcontains"
	case "in", "iin":
		return "-in"
	case "cin":
		return "-cin"
	case "notin", "inotin":
		return "-notin"
	case "cnotin":
		return "-cnotin"
	case "replace", "ireplace":
		return "-replace"
	case "creplace":
		return "-creplace"
	case "split", "isplit":
		return "-split"
	case "csplit":
		return "-csplit"
	case "join":
		return "-join"
	case "is":
		return "-is"
	case "isnot":
		return "-isnot"
	case "as":
		return "-as"
	case "f":
		return "-f"
	case "and":
		return "-and"
	case "or":
		return "-or"
	case "xor":
		return "-xor"
	case "not":
		return "-not"
	case "band":
		return "-band"
	case "bor":
		return "-bor"
	case "bxor":
		return "-bxor"
	case "bnot":
		return "-bnot"
	case "shl":
		return "-shl"
	case "shr":
		return "-shr"
	}
	return ""
}

// dashOperator returns the canonical operator for the word after a dash,
// or "" when the word is no operator.
func dashOperator(word string) string {
	if len(word) > 12 {
		return ""
	}
	var buf [12]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return canonicalDash(string(buf[:len(word)]))
}
