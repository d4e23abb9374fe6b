package syntax

// hashtable parses `@{ key = value; … }`.
func (p *parser) hashtable() Expr {
	open := p.next(modeExpr)
	h := &HashtableExpr{}
	for {
		p.skipSeps()
		t := p.peek(modeExpr)
		if t.kind == tRCurly {
			p.advance()
			break
		}
		if t.kind == tEOF {
			p.errorAt(open.end, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", true)
			break
		}
		key := p.hashKey()
		if key == nil {
			p.errorAt(open.end, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", false)
			break
		}
		a := p.peek(modeExpr)
		if a.kind != tAssign || a.op != "=" {
			p.errorAfter("MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.")
			break
		}
		p.advance()
		p.skipNewlines()
		v := p.statement()
		if v == nil {
			p.errorAfter("MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.")
			break
		}
		h.Pairs = append(h.Pairs, &HashPair{Key: key, Value: v})
		t = p.peek(modeExpr)
		switch t.kind {
		case tSemi, tNewline:
			continue
		case tRCurly:
			p.advance()
		case tEOF:
			p.errorAt(open.end, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", true)
		default:
			// Something that cannot follow a pair: the '}' is missing.
			p.errorAt(open.end, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", false)
		}
		break
	}
	h.Span = Span{Pos(open.pos), Pos(p.lastEnd)}
	return h
}

// hashKey parses a hash literal key: a bare name or a unary expression.
func (p *parser) hashKey() Expr {
	i := p.skipSpace(p.pos)
	if r, _ := p.runeAt(i); isIdentStart(r) {
		j := i
		for j < len(p.src) {
			// A bare key is a simple name, as PowerShell reads it:
			// @{Content-Type = 1} needs quotes.
			r, w := p.runeAt(j)
			if !isIdentFollow(r) {
				break
			}
			j += w
		}
		p.setPos(j)
		return &StringConst{Span: Span{Pos(i), Pos(j)}, Value: p.src[i:j], Kind: BareWord}
	}
	return p.unary()
}

// scriptBlockExpr parses a `{ … }` script block literal.
func (p *parser) scriptBlockExpr() Expr {
	open := p.next(modeExpr)
	sb := p.braceBody(open)
	return &ScriptBlockExpr{Span: sb.Span, Block: sb}
}

// braceBody parses a script block body after its '{' up to its '}'.
func (p *parser) braceBody(open token) *ScriptBlock {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		p.errorAt(open.pos, open.end, "ScriptTooComplicated", "Processing was stopped because the script is too complex.", false)
		p.setPos(len(p.src))
		return &ScriptBlock{File: p.f, Span: Span{Pos(open.pos), Pos(len(p.src))}}
	}
	sb := p.scriptBody(true)
	var closePos int
	if p.peek(modeStart).kind != tRCurly {
		p.errorAt(open.pos, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", p.atEnd())
		closePos = len(p.src)
	} else {
		closePos = p.tok.pos
		p.advance()
	}
	sb.Text = p.src[open.end:closePos]
	sb.Span = Span{Pos(open.pos), Pos(p.lastEnd)}
	return sb
}
