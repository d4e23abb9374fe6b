package ops

import (
	"strconv"
	"strings"
)

// Alternation constructs: (?(name)yes|no) tests whether a group has
// captured, (?(expression)yes|no) whether a zero-width lookahead matches
// here. The parser cannot tell the two apart until every group name is
// known, so it keeps both readings and resolveCondition picks one.

// conditional parses what follows "(?" when the next rune is "(": the
// condition, then the yes and optional no branches up to the closing
// parenthesis.
func (p *btParser) conditional(fl *btFlags) (*btNode, error) {
	p.pos++ // the condition's "("
	start := p.pos
	cond, err := p.alt(fl)
	if err != nil {
		return nil, err
	}
	if !p.more() || p.peek() != ')' {
		return nil, btSyntaxError("Not enough )'s.")
	}
	text := string(p.src[start:p.pos])
	p.pos++
	body, err := p.alt(fl)
	if err != nil {
		return nil, err
	}
	if !p.more() || p.peek() != ')' {
		return nil, btSyntaxError("Not enough )'s.")
	}
	p.pos++
	yes, no := body, &btNode{kind: btEmpty}
	if body.kind == btAlt {
		if len(body.subs) > 2 {
			return nil, btSyntaxError("Too many | in (?()|).")
		}
		yes, no = body.subs[0], body.subs[1]
	}
	n := &btNode{kind: btCond, cap: -1, subs: []*btNode{cond, yes, no}}
	if isGroupRefName(text) {
		n.name = text
	}
	return n, nil
}

// isGroupRefName reports whether a condition could name a group: a
// number or a word.
func isGroupRefName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isWordRune(r) {
			return false
		}
	}
	return true
}

// resolveCondition makes a conditional test a group when its condition
// is a group number or the name of a group; any other condition is an
// expression.
func resolveCondition(n *btNode, byName map[string]int) {
	if n.name == "" {
		return
	}
	if k, err := strconv.Atoi(n.name); err == nil {
		n.cap = k
		return
	}
	if k, ok := byName[strings.ToLower(n.name)]; ok {
		n.cap = k
	}
}
