package syntax

import (
	"fmt"
	"strings"
)

// statement parses one statement at the current token, or returns nil
// when nothing there can start one (the token is left in place).
func (p *parser) statement() Stmt {
	// Counted around the call, not with a deferred decrement: with a
	// return per statement kind the defer is not open-coded, and every
	// statement paid for the runtime's deferred-call path.
	p.depth++
	s := p.statementAt()
	p.depth--
	return s
}

// statementAt is statement's body, run with the nesting depth counted.
func (p *parser) statementAt() Stmt {
	if p.depth > maxDepth {
		t := p.peek(modeStart)
		p.errorAt(t.pos, t.end, "ScriptTooComplicated", "Processing was stopped because the script is too complex.", false)
		p.setPos(len(p.src))
		return nil
	}
	t := p.peek(modeStart)
	label := ""
	if t.kind == tLabel {
		label = t.sval
		p.advance()
		p.skipNewlines()
		t = p.peek(modeStart)
	}
	if t.kind == tPipe && label == "" {
		// A statement cannot start with '|': PowerShell reads the pipe
		// as a pipeline whose first element is missing, as in
		// `foreach ($i in $a) { $i } | Measure-Object` (a loop is not a
		// pipeline). The marker is the pipe itself; what follows is
		// parsed as the pipeline's next element.
		p.errorAt(t.pos, t.end, "EmptyPipeElement", "An empty pipe element is not allowed.", false)
		p.advance()
		p.skipNewlines()
		return p.chainStmt()
	}
	switch p.word(t) {
	case "if":
		return p.ifStmt()
	case "switch":
		return p.switchStmt(label)
	case "foreach":
		return p.foreachStmt(label)
	case "for":
		return p.forStmt(label)
	case "while":
		return p.whileStmt(label)
	case "do":
		return p.doStmt(label)
	case "function", "filter", "workflow":
		return p.functionDef()
	case "return", "exit", "throw":
		return p.flowStmt()
	case "break", "continue":
		return p.breakStmt()
	case "try":
		return p.tryStmt()
	case "trap":
		return p.trapStmt()
	case "enum":
		return p.enumDef()
	case "class":
		return p.classDef()
	case "using":
		return p.usingStmt()
	case "data":
		return p.dataStmt()
	}
	if t.kind == tLBracket && label == "" {
		if s := p.typeDefinition(); s != nil {
			return s
		}
	}
	return p.chainStmt()
}

// keywordParen expects '(' after a keyword.
func (p *parser) expectParen(kw string) bool {
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLParen {
		p.errorAfter("MissingOpenParenthesisAfterKeyword", fmt.Sprintf("Missing opening '(' after keyword '%s'.", kw))
		return false
	}
	p.advance()
	p.skipNewlines()
	return true
}

// closeParen expects ')' ending a statement's condition.
func (p *parser) closeParen(kw string) bool {
	p.skipNewlines()
	if rp := p.peek(modeExpr); rp.kind != tRParen {
		// PowerShell marks the token found instead of ')'.
		p.errorAt(rp.pos, rp.end, "MissingEndParenthesisAfterStatement", fmt.Sprintf("Missing closing ')' after expression in '%s' statement.", kw), rp.kind == tEOF)
		return false
	}
	p.advance()
	return true
}

// loopBody expects the `{ … }` body of a loop.
func (p *parser) loopBody(kw string) *Block {
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingLoopStatement", fmt.Sprintf("Missing statement body in %s loop.", kw))
		return nil
	}
	return p.block()
}

func (p *parser) kwText() (token, string) {
	t := p.next(modeStart)
	return t, p.src[t.pos:t.end]
}

func (p *parser) ifStmt() Stmt {
	kwt, kw := p.kwText()
	s := p.n.ifs.new()
	s.Span = Span{Pos(kwt.pos), 0}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	for {
		p.skipNewlines()
		if p.peek(modeExpr).kind != tLParen {
			p.errorAfter("MissingOpenParenthesisInIfStatement", fmt.Sprintf("Missing '(' after '%s' in if statement.", kw))
			return s
		}
		p.advance()
		p.skipNewlines()
		cond := p.chainStmt()
		if cond == nil {
			p.errorAfter("IfStatementMissingCondition", fmt.Sprintf("Missing condition in if statement after '%s ('.", kw))
			return s
		}
		p.skipNewlines()
		if rp := p.peek(modeExpr); rp.kind != tRParen {
			// PowerShell marks the token found instead of ')'.
			p.errorAt(rp.pos, rp.end, "MissingEndParenthesisAfterStatement", fmt.Sprintf("Missing closing ')' after expression in '%s' statement.", kw), rp.kind == tEOF)
			return s
		}
		rparen := p.next(modeExpr)
		p.skipNewlines()
		if p.peek(modeExpr).kind != tLCurly {
			p.errorAt(rparen.pos, rparen.end, "MissingStatementBlock", fmt.Sprintf("Missing statement block after %s ( condition ).", kw), p.atEnd())
			return s
		}
		c := p.n.clauses.new()
		*c = IfClause{Cond: cond, Body: p.block()}
		s.Clauses = append(s.Clauses, c)
		save, saveEnd := p.pos, p.lastEnd
		p.skipNewlines()
		t := p.peek(modeStart)
		switch p.word(t) {
		case "elseif":
			kw = p.src[t.pos:t.end]
			p.advance()
			continue
		case "else":
			p.advance()
			p.skipNewlines()
			if p.peek(modeExpr).kind != tLCurly {
				p.errorAfter("MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.")
				return s
			}
			s.Else = p.block()
			return s
		}
		p.pos, p.lastEnd, p.tv = save, saveEnd, false
		return s
	}
}

func (p *parser) whileStmt(label string) Stmt {
	kwt, kw := p.kwText()
	s := &WhileStmt{Span: Span{Pos(kwt.pos), 0}, Label: label}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	if !p.expectParen(kw) {
		return s
	}
	s.Cond = p.chainStmt()
	if s.Cond == nil {
		p.errorAfter("MissingExpressionAfterKeyword", fmt.Sprintf("Missing expression after '%s' in loop.", kw))
		return s
	}
	if !p.closeParen(kw) {
		return s
	}
	s.Body = p.loopBody(kw)
	return s
}

func (p *parser) doStmt(label string) Stmt {
	kwt, kw := p.kwText()
	s := &DoStmt{Span: Span{Pos(kwt.pos), 0}, Label: label}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	s.Body = p.loopBody(kw)
	if s.Body == nil {
		return s
	}
	p.skipNewlines()
	t := p.peek(modeStart)
	w := p.word(t)
	if w != "while" && w != "until" {
		p.errorAfter("MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.")
		return s
	}
	s.Until = w == "until"
	kw = p.src[t.pos:t.end]
	p.advance()
	if !p.expectParen(kw) {
		return s
	}
	s.Cond = p.chainStmt()
	if s.Cond == nil {
		p.errorAfter("MissingExpressionAfterKeyword", fmt.Sprintf("Missing expression after '%s' in loop.", kw))
		return s
	}
	p.closeParen(kw)
	return s
}

func (p *parser) forStmt(label string) Stmt {
	kwt, kw := p.kwText()
	s := &ForStmt{Span: Span{Pos(kwt.pos), 0}, Label: label}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	if !p.expectParen(kw) {
		return s
	}
	// part parses one of the three parts and its separator.
	part := func() Stmt {
		p.skipNewlines()
		t := p.peek(modeStart)
		var x Stmt
		if t.kind != tSemi && t.kind != tRParen {
			x = p.chainStmt()
		}
		save, saveEnd := p.pos, p.lastEnd
		p.skipNewlines()
		if p.peek(modeStart).kind == tSemi {
			p.advance()
		} else {
			p.pos, p.lastEnd, p.tv = save, saveEnd, false
			// A newline also separates the parts.
			j := p.skipSpaceQuiet(p.pos)
			if j < len(p.src) && (p.src[j] == '\n' || p.src[j] == '\r') {
				p.skipNewlines()
			}
		}
		return x
	}
	s.Init = part()
	s.Cond = part()
	s.Iter = part()
	if !p.closeParen(kw) {
		return s
	}
	s.Body = p.loopBody(kw)
	return s
}

func (p *parser) foreachStmt(label string) Stmt {
	kwt, kw := p.kwText()
	s := &ForEachStmt{Span: Span{Pos(kwt.pos), 0}, Label: label}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	if !p.expectParen(kw) {
		return s
	}
	t := p.peek(modeExpr)
	if t.kind == tSplat {
		p.splatNotPermitted(t)
		t.kind = tVariable
	}
	if t.kind != tVariable {
		p.errorAfter("MissingVariableNameAfterForeach", "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}")
		return s
	}
	s.Var = p.nodeOf(t).(*VariableExpr)
	p.advance()
	p.skipNewlines()
	if !p.isWord(p.peek(modeCmd), "in") {
		p.errorAfter("MissingInInForeach", "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
		return s
	}
	p.advance()
	p.skipNewlines()
	s.In = p.chainStmt()
	if s.In == nil {
		p.errorAfter("MissingForeachExpression", "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
		return s
	}
	p.skipNewlines()
	if p.peek(modeExpr).kind != tRParen {
		p.errorAfter("MissingEndParenthesisAfterForeach", "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
		return s
	}
	p.advance()
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingForeachStatement", "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}")
		return s
	}
	s.Body = p.block()
	return s
}

// endsStatement reports whether t ends a statement (so a keyword such as
// return has no value).
func endsStatement(t *token) bool {
	switch t.kind {
	case tNewline, tSemi, tEOF, tRCurly, tRParen, tPipe, tAndAnd, tOrOr, tAmp:
		return true
	}
	return false
}

func (p *parser) flowStmt() Stmt {
	kwt, kw := p.kwText()
	var val Stmt
	if !endsStatement(p.peek(modeStart)) {
		val = p.chainStmt()
	}
	sp := Span{Pos(kwt.pos), Pos(p.lastEnd)}
	switch kw[0] | 0x20 {
	case 'r':
		r := p.n.returns.new()
		*r = ReturnStmt{Span: sp, Value: val}
		return r
	case 'e':
		return &ExitStmt{Span: sp, Value: val}
	}
	return &ThrowStmt{Span: sp, Value: val}
}

func (p *parser) breakStmt() Stmt {
	kwt, kw := p.kwText()
	var label Expr
	t := p.peek(modeCmd)
	if !endsStatement(t) {
		label = p.cmdValue()
	}
	sp := Span{Pos(kwt.pos), Pos(p.lastEnd)}
	if kw[0]|0x20 == 'b' {
		return &BreakStmt{Span: sp, Label: label}
	}
	return &ContinueStmt{Span: sp, Label: label}
}

func (p *parser) tryStmt() Stmt {
	kwt, _ := p.kwText()
	s := &TryStmt{Span: Span{Pos(kwt.pos), 0}}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingTryStatementBlock", "The Try statement is missing its statement block.")
		return s
	}
	s.Body = p.block()
	for {
		save, saveEnd := p.pos, p.lastEnd
		p.skipNewlines()
		t := p.peek(modeStart)
		switch p.word(t) {
		case "catch":
			c := &CatchClause{Span: Span{Pos(t.pos), 0}}
			p.advance()
			for {
				p.skipNewlines()
				if p.peek(modeExpr).kind != tLBracket {
					break
				}
				tn := p.typeLiteral()
				if tn == nil {
					return s
				}
				c.Types = append(c.Types, tn)
				p.skipNewlines()
				if p.peek(modeExpr).kind != tComma {
					break
				}
				p.advance()
				p.skipNewlines()
				if p.peek(modeExpr).kind != tLBracket {
					p.errorAfter("MissingTypeLiteralToken", "Missing type literal.")
					return s
				}
			}
			p.skipNewlines()
			if p.peek(modeExpr).kind != tLCurly {
				p.errorAfter("MissingCatchHandlerBlock", "The Catch block is missing its statement block.")
				return s
			}
			c.Body = p.block()
			c.Stop = c.Body.Stop
			s.Catches = append(s.Catches, c)
			continue
		case "finally":
			p.advance()
			p.skipNewlines()
			if p.peek(modeExpr).kind != tLCurly {
				p.errorAfter("MissingFinallyStatementBlock", "The Finally block is missing its statement block.")
				return s
			}
			s.Finally = p.block()
			p.checkFinally(s.Finally)
			return s
		}
		p.pos, p.lastEnd, p.tv = save, saveEnd, false
		if len(s.Catches) == 0 {
			p.errorAfter("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.")
		}
		return s
	}
}

func (p *parser) trapStmt() Stmt {
	kwt, _ := p.kwText()
	s := &TrapStmt{Span: Span{Pos(kwt.pos), 0}}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	p.skipNewlines()
	if p.peek(modeExpr).kind == tLBracket {
		s.Type = p.typeLiteral()
		if s.Type == nil {
			return s
		}
		p.skipNewlines()
	}
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingTrapStatement", "The 'trap' statement was incomplete. A trap statement requires a body.")
		return s
	}
	s.Body = p.block()
	return s
}

func (p *parser) enumDef() Stmt {
	kwt, _ := p.kwText()
	s := &EnumDef{Span: Span{Pos(kwt.pos), 0}}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	t := p.peek(modeCmd)
	if t.kind != tGeneric {
		p.errorAfter("MissingNameAfterKeyword", "Missing name after enum keyword.")
		return s
	}
	s.Name = t.sval
	p.advance()
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingTypeBody", "Missing 'enum' body in 'enum' declaration.")
		return s
	}
	open := p.next(modeExpr)
	for {
		p.skipSeps()
		t := p.peek(modeExpr)
		if t.kind == tRCurly {
			p.advance()
			return s
		}
		if t.kind != tGeneric {
			if t.kind == tEOF {
				p.errorAt(open.pos, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", true)
				return s
			}
			p.unexpected(t)
			p.advance()
			continue
		}
		m := &EnumMember{Span: Span{Pos(t.pos), Pos(t.end)}, Name: t.sval}
		p.advance()
		if a := p.peek(modeExpr); a.kind == tAssign && a.op == "=" {
			p.advance()
			p.skipNewlines()
			m.Value = p.exprNoComma()
			if m.Value == nil {
				p.errorAfter("ExpectedValueExpression", "You must provide a value expression following the '=' operator.")
				return s
			}
			m.Stop = m.Value.End()
		}
		for _, prev := range s.Members {
			if strings.EqualFold(prev.Name, m.Name) {
				p.errorAt(int(m.Start), int(m.Stop), "MemberAlreadyDefined", fmt.Sprintf("The member '%s' is already defined.", m.Name), false)
				break
			}
		}
		s.Members = append(s.Members, m)
	}
}
