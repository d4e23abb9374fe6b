package syntax

import (
	"fmt"
	"strings"
)

// parser is a recursive-descent parser that drives the lexer's mode.
type parser struct {
	f   *File
	src string
	pos int // offset where the next token is scanned
	// lastEnd is the end of the last consumed token: the Stop of the node
	// being finished, and where "missing …" errors point.
	lastEnd int

	tok   token // the peeked token
	tv    bool  // tok is valid for tat/tmode
	tat   int
	tmode mode

	errs  ParseErrors
	depth int
	trace *[]int // offsets after each consumed token (for the fuzz test)
	// usingEnd is where the last using statement ended: only those may
	// come before another (see usingStmt).
	usingEnd int
	n        nodes
	// dataCmds collects the commands of the data section being parsed
	// (datastmt.go), nil outside one.
	dataCmds *[]*Command
}

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 1000

// Parse parses a whole script. It returns the script as a ScriptBlock, or
// a ParseErrors value listing every error found (in source order).
func Parse(f *File) (*ScriptBlock, error) {
	if sb := parseSplit(f); sb != nil {
		return sb, nil
	}
	p := &parser{f: f, src: f.Src}
	sb := p.parseScript()
	if len(p.errs) > 0 {
		return nil, p.finishErrors()
	}
	return sb, nil
}

func (p *parser) parseScript() *ScriptBlock {
	sb := p.scriptBody(false)
	for p.peek(modeStart).kind != tEOF {
		// A stray closing token at top level.
		t := p.peek(modeStart)
		p.unexpected(t)
		p.advance()
		more := p.scriptBody(false)
		if sb.End != nil && more.End != nil {
			sb.End.Stmts = append(sb.End.Stmts, more.End.Stmts...)
			sb.End.Traps = append(sb.End.Traps, more.End.Traps...)
		}
	}
	sb.Span = Span{0, Pos(len(p.src))}
	sb.Text = p.src
	return sb
}

// finishErrors drops duplicates (a token lexed twice, or seen by nested
// rules, may report the same problem twice), keeping the order in which
// they were found, as PowerShell lists them.
func (p *parser) finishErrors() ParseErrors {
	type key struct {
		at Pos
		id string
	}
	seen := map[key]bool{}
	out := p.errs[:0]
	for _, e := range p.errs {
		k := key{e.Start, e.ErrorID}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// errorAt records a parse error over [start,stop).
func (p *parser) errorAt(start, stop int, id, msg string, incomplete bool) {
	if len(p.errs) >= 500 {
		return
	}
	p.errs = append(p.errs, &ParseError{File: p.f, Start: Pos(start), Stop: Pos(stop), ErrorID: id, Message: msg, Incomplete: incomplete})
}

// errorAfter records an error that points just after the last token; it
// is incomplete when nothing but white space follows.
func (p *parser) errorAfter(id, msg string) {
	p.errorAt(p.lastEnd, p.lastEnd, id, msg, p.atEnd())
}

// atEnd reports whether only white space, newlines and comments remain.
func (p *parser) atEnd() bool {
	return p.afterLines() >= len(p.src)
}

// afterLines returns the offset of the first byte after the white space,
// comments and newlines at the current position (without consuming them):
// what decides whether a statement goes on on a later line.
func (p *parser) afterLines() int {
	i := p.pos
	for {
		i = p.skipSpaceQuiet(i)
		if i < len(p.src) && (p.src[i] == '\n' || p.src[i] == '\r') {
			i++
			continue
		}
		return i
	}
}

// skipSpaceQuiet is skipSpace without reporting errors.
func (p *parser) skipSpaceQuiet(i int) int {
	n := len(p.errs)
	i = p.skipSpace(i)
	p.errs = p.errs[:n]
	return i
}

// unexpected reports an unexpected token.
func (p *parser) unexpected(t *token) {
	text := p.src[t.pos:t.end]
	if t.kind == tEOF {
		return
	}
	p.errorAt(t.pos, t.end, "UnexpectedToken", fmt.Sprintf("Unexpected token '%s' in expression or statement.", text), false)
}

// skipNewlines moves past newlines (and the white space around them).
func (p *parser) skipNewlines() {
	if p.tv && p.tat == p.pos && p.tok.kind != tNewline {
		// The token here, already lexed, is no newline: nothing to skip.
		return
	}
	i := p.pos
	for {
		j := p.skipSpace(i)
		if j < len(p.src) && (p.src[j] == '\n' || p.src[j] == '\r') {
			i = j + 1
			continue
		}
		if i != p.pos {
			p.pos = i
			p.tv = false
		}
		return
	}
}

// skipSeps moves past newlines and semicolons.
func (p *parser) skipSeps() {
	if p.tv && p.tat == p.pos && p.tok.kind != tNewline && p.tok.kind != tSemi {
		return
	}
	i := p.pos
	for {
		j := p.skipSpace(i)
		if j < len(p.src) && (p.src[j] == '\n' || p.src[j] == '\r' || p.src[j] == ';') {
			i = j + 1
			continue
		}
		if i != p.pos {
			p.pos = i
			p.tv = false
		}
		return
	}
}

// setPos moves the scan offset (after reading source directly).
func (p *parser) setPos(i int) {
	p.pos = i
	p.lastEnd = i
	p.tv = false
	if p.trace != nil {
		*p.trace = append(*p.trace, i)
	}
}

// word returns the lower-case keyword a bare-word token spells, or "".
func (p *parser) word(t *token) string {
	if t.kind != tGeneric {
		return ""
	}
	if t.node != nil || t.end-t.pos > 12 || t.sval != p.src[t.pos:t.end] {
		return ""
	}
	return lowerKeyword(t.sval)
}

// keywords are the words word recognises.
var keywords = [...]string{"if", "elseif", "else", "switch", "foreach", "for", "while", "do", "until",
	"function", "filter", "workflow", "return", "exit", "throw", "break", "continue", "try", "catch",
	"finally", "trap", "enum", "class", "using", "param", "begin", "process", "end", "dynamicparam", "default", "in", "data"}

// lowerKeyword returns the keyword s spells (any case), or "".
func lowerKeyword(s string) string {
	if len(s) < 2 {
		return ""
	}
	c := s[0] | 0x20 // keywords are ASCII letters: a cheap first filter
	for _, k := range keywords {
		if len(k) == len(s) && k[0] == c && strings.EqualFold(k, s) {
			return k
		}
	}
	return ""
}

// isWord reports whether t is the bare word w (case-insensitive).
func (p *parser) isWord(t *token, w string) bool {
	return t.kind == tGeneric && strings.EqualFold(p.src[t.pos:t.end], w)
}

// scriptBody parses the inside of a script or script block: attributes,
// param block, then named blocks or statements. braced says a '}' ends it.
func (p *parser) scriptBody(braced bool) *ScriptBlock {
	sb := p.n.sblocks.new()
	sb.File = p.f
	start := p.pos
	p.skipSeps()
	if attrs, pb := p.tryParamBlock(); pb != nil {
		sb.Param = pb
		sb.Attributes = attrs
	}
	p.skipSeps()
	if p.atNamedBlock() {
		p.namedBlocks(sb, braced)
	} else {
		bstart := p.skipSpaceQuiet(p.pos)
		closer := tEOF
		if braced {
			closer = tRCurly
		}
		stmts, traps := p.stmtList(closer)
		nb := p.n.named.new()
		*nb = NamedBlock{Span: Span{Pos(bstart), Pos(max(bstart, p.lastEnd))}, Unnamed: true, Stmts: stmts, Traps: traps}
		sb.End = nb
	}
	sb.Span = Span{Pos(start), Pos(p.lastEnd)}
	return sb
}

// atNamedBlock reports whether the body starts with a block name: at the
// start of a body, begin/process/end/dynamicparam are keywords.
func (p *parser) atNamedBlock() bool {
	switch p.word(p.peek(modeStart)) {
	case "begin", "process", "end", "dynamicparam":
		return true
	}
	return false
}

// namedBlocks parses begin/process/end/dynamicparam blocks.
func (p *parser) namedBlocks(sb *ScriptBlock, braced bool) {
	for {
		p.skipSeps()
		t := p.peek(modeStart)
		if t.kind == tEOF || (braced && t.kind == tRCurly) {
			return
		}
		name := p.word(t)
		switch name {
		case "begin", "process", "end", "dynamicparam":
		default:
			p.errorAt(t.pos, t.end, "MissingNamedBlocks", fmt.Sprintf("unexpected token '%s', expected 'begin', 'process', 'end', or 'dynamicparam'.", p.src[t.pos:t.end]), false)
			if t.kind == tRCurly || t.kind == tRParen {
				p.advance()
				continue
			}
			// Skip the statement (or at least the token).
			at := p.pos
			if p.statement() == nil || p.pos == at {
				p.tv = false
				p.peek(modeStart)
				p.advance()
			}
			continue
		}
		kw := *t
		p.advance()
		p.skipNewlines()
		if p.peek(modeExpr).kind != tLCurly {
			// Keep going: a valid block may follow.
			p.errorAt(kw.end, kw.end, "MissingNamedStatementBlock", fmt.Sprintf("Missing statement block after '%s'.", name), p.atEnd())
			continue
		}
		b := p.block()
		nb := &NamedBlock{Span: Span{Pos(kw.pos), b.Stop}, Stmts: b.Stmts, Traps: b.Traps}
		var dst **NamedBlock
		switch name {
		case "begin":
			dst = &sb.Begin
		case "process":
			dst = &sb.Process
		case "end":
			dst = &sb.End
		default:
			dst = &sb.DynamicParam
		}
		if *dst != nil {
			p.errorAt(kw.pos, kw.end, "DuplicateScriptCommandClause", fmt.Sprintf("Script command clause '%s' has already been defined.", p.src[kw.pos:kw.end]), false)
		}
		*dst = nb
	}
}

// stmtList parses statements up to closer (not consumed) or the end.
func (p *parser) stmtList(closer tkind) ([]Stmt, []*TrapStmt) {
	base := len(p.n.stmts)
	var traps []*TrapStmt
	for {
		p.skipSeps()
		t := p.peek(modeStart)
		if t.kind == tEOF || t.kind == closer {
			return p.n.finishStmts(base), traps
		}
		s := p.statement()
		if s == nil {
			t = p.peek(modeStart)
			if t.kind == tEOF || t.kind == closer {
				return p.n.finishStmts(base), traps
			}
			p.unexpected(t)
			p.advance()
			continue
		}
		if tr, ok := s.(*TrapStmt); ok {
			traps = append(traps, tr)
		} else {
			p.n.stmts = append(p.n.stmts, s)
		}
		// A statement may follow another on the same line (if (1) {} 2);
		// a pipeline reports what cannot follow it itself.
	}
}

// block parses a `{ … }` statement block; the current token is '{'.
func (p *parser) block() *Block {
	open := p.next(modeExpr)
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		p.errorAt(open.pos, open.end, "ScriptTooComplicated", "Processing was stopped because the script is too complex.", false)
		p.setPos(len(p.src))
		return &Block{Span: Span{Pos(open.pos), Pos(len(p.src))}}
	}
	stmts, traps := p.stmtList(tRCurly)
	b := p.n.blocks.new()
	b.Stmts, b.Traps = stmts, traps
	if p.peek(modeStart).kind != tRCurly {
		p.errorAt(open.pos, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", p.atEnd())
	} else {
		p.advance()
		p.lastEnd = p.pos
	}
	b.Span = Span{Pos(open.pos), Pos(p.lastEnd)}
	return b
}
