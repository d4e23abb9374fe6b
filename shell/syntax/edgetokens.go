package syntax

import "strings"

// EdgeTokens returns the first and the last token of src as PowerShell's
// $^ and $$ keep them (about_Automatic_Variables: "the first token in the
// last line received by the session", "the last token …"). Newlines,
// line continuations and comments are not tokens there; a string token
// (quoted, here-string or bare word) is kept as its value, without
// quotes and with escapes applied but variables left as written; any
// other token as its text ($x, -Name, 42, ')'). ok is false when src
// holds no token, in which case PowerShell leaves both variables alone.
//
// The parser decides each token's mode, so the source is parsed once
// with the trace of consumed token ends; the last token is the one that
// ends at the greatest of those ends and rescans to exactly that end.
func EdgeTokens(src string) (first, last string, ok bool) {
	p := &parser{f: NewFile("", src), src: src}
	start := p.skipLayout(0)
	if start >= len(src) {
		return "", "", false
	}
	var ends []int
	p.trace = &ends
	p.parseScript()
	first = edgeText(src, start, modeStart, -1)
	last = first
	// Top-level token ends grow through the trace; the ends of tokens
	// nested in a string come before the string's own end.
	end := -1
	for _, e := range ends {
		if e > end && e <= len(src) && src[e-1] != '\n' && src[e-1] != '\r' {
			end = e
		}
	}
	if end <= start {
		return first, last, true
	}
	// Statement separators are consumed without a trace entry; a ';'
	// after the last traced token is the line's last token.
	for i := p.skipLayout(end); i < len(src) && src[i] == ';'; {
		if i = p.skipSemis(i + 1); i >= len(src) {
			return first, ";", true
		}
	}
	// The boundaries before end, nearest first: the last token starts
	// at the first of them from which a token scans to exactly end.
	bounds := append([]int{0}, ends...)
	tried := 0
	for {
		b := -1
		for _, e := range bounds {
			if e < end && e > b && e >= 0 {
				b = e
			}
		}
		if b < 0 || tried > 64 {
			break
		}
		tried++
		s := p.skipSemis(b)
		for _, m := range [...]mode{modeCmd, modeExpr} {
			if t := edgeText(src, s, m, end); t != "" {
				return first, t, true
			}
		}
		// Drop b and everything after it from the next round.
		kept := bounds[:0]
		for _, e := range bounds {
			if e < b {
				kept = append(kept, e)
			}
		}
		bounds = kept
	}
	return first, last, true
}

// skipLayout skips white space, comments, line continuations and
// newlines from i.
func (p *parser) skipLayout(i int) int {
	for {
		i = p.skipSpace(i)
		if i < len(p.src) && (p.src[i] == '\n' || p.src[i] == '\r') {
			i++
			continue
		}
		return i
	}
}

// skipSemis is skipLayout that also skips statement separators, which
// the trace does not record.
func (p *parser) skipSemis(i int) int {
	for i = p.skipLayout(i); i < len(p.src) && p.src[i] == ';'; {
		i = p.skipLayout(i + 1)
	}
	return i
}

// edgeText scans the token at s in mode m with a parser of its own (its
// errors are not the script's) and returns what $$ or $^ keeps of it; ""
// when want >= 0 and the token does not end exactly at want, or when the
// scan reported an error.
func edgeText(src string, s int, m mode, want int) string {
	if s >= len(src) {
		return ""
	}
	q := &parser{f: NewFile("", src), src: src}
	t := q.scan(s, m)
	if t.end <= s || (want >= 0 && (t.end != want || len(q.errs) > 0)) {
		return ""
	}
	text := src[s:t.end]
	switch t.kind {
	case tNewline, tEOF:
		return ""
	case tString, tExpStr, tGeneric:
		return stringTokenValue(src, q.nodeOf(&t), text)
	}
	return text
}

// stringTokenValue is a StringToken's Value: the literal text with its
// escapes applied, and any $var or $(…) in it as written.
func stringTokenValue(src string, x Expr, text string) string {
	switch n := x.(type) {
	case *StringConst:
		return n.Value
	case *ExpandableString:
		var b strings.Builder
		for _, part := range n.Parts {
			if s, ok := part.(*StringConst); ok {
				b.WriteString(s.Value)
				continue
			}
			b.WriteString(src[part.Pos():part.End()])
		}
		return b.String()
	}
	return text
}

// HasTokens reports whether src holds any token at all (not only white
// space, newlines and comments), without parsing it.
func HasTokens(src string) bool {
	p := &parser{f: NewFile("", src), src: src}
	return p.skipLayout(0) < len(src)
}
