package syntax

import "fmt"

// switchStmt parses switch [-flags] (cond) { pattern { … } … default { … } },
// reporting errors where PowerShell's SwitchStatementRule does.
func (p *parser) switchStmt(label string) Stmt {
	kwt, _ := p.kwText()
	s := &SwitchStmt{Span: Span{Pos(kwt.pos), 0}, Label: label}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	// endErr is where "missing …" errors point, as PowerShell tracks it;
	// incomplete stops further reports once input ran out.
	endErr := kwt.end
	reported := false
	for {
		p.skipNewlines()
		t := p.peek(modeCmd)
		if t.kind != tParam {
			break
		}
		pt := *t
		name := pt.sval
		p.advance()
		endErr = pt.end
		// The last of -Regex, -Wildcard and -Exact wins, as in PowerShell.
		switch {
		case prefixFold("regex", name):
			s.Regex, s.Wildcard, s.Exact = true, false, false
		case prefixFold("wildcard", name):
			s.Regex, s.Wildcard, s.Exact = false, true, false
		case prefixFold("exact", name):
			s.Regex, s.Wildcard, s.Exact = false, false, true
		case prefixFold("casesensitive", name):
			s.CaseSensitive = true
		case prefixFold("file", name):
			s.File = true
			p.skipNewlines()
			x := p.cmdValue()
			if x == nil {
				p.errorAt(pt.end, pt.end, "MissingFilenameOption", "Cannot process the 'switch' statement because of a missing file name argument to the -file option.", p.atEnd())
				reported = true
				continue
			}
			endErr = int(x.End())
			s.Cond = &Pipeline{Span: Span{x.Pos(), x.End()}, Elements: []PipelineElement{&CommandExpr{Span: Span{x.Pos(), x.End()}, X: x}}}
		default:
			p.errorAt(pt.pos, pt.end, "InvalidSwitchFlag", fmt.Sprintf("The parameter %s is not valid for the switch statement.", pt.sval), false)
		}
	}
	if lp := p.peek(modeExpr); lp.kind == tLParen {
		lpt := *lp
		endErr = lpt.end
		p.advance()
		if s.File {
			p.errorAt(lpt.pos, lpt.end, "PipelineValueRequired", "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", false)
		}
		p.skipNewlines()
		s.Cond = p.chainStmt()
		if s.Cond == nil {
			p.errorAt(lpt.end, lpt.end, "PipelineValueRequired", "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", p.atEnd())
			reported = reported || p.atEnd()
		} else {
			endErr = p.lastEnd
		}
		p.skipNewlines()
		if p.peek(modeExpr).kind != tRParen {
			if !reported {
				p.errorAt(endErr, endErr, "MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.", p.atEnd())
				reported = p.atEnd()
			}
		} else {
			p.advance()
			endErr = p.lastEnd
		}
	} else if s.Cond == nil && !s.File {
		p.errorAt(endErr, endErr, "PipelineValueRequired", "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", p.atEnd())
		reported = p.atEnd()
	}
	p.skipNewlines()
	if p.peek(modeExpr).kind != tLCurly {
		if !reported {
			p.errorAt(endErr, endErr, "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", p.atEnd())
		}
		return s
	}
	open := p.next(modeExpr)
	endErr = open.end
	p.skipNewlines()
	for {
		t := p.peek(modeCmd)
		isDefault := p.word(t) == "default"
		ct := *t
		var pat Expr
		if isDefault {
			p.advance()
		} else {
			pat = p.cmdValue()
			if pat == nil {
				// Nothing that looks like a condition: hope for the '}'.
				p.errorAt(endErr, endErr, "MissingSwitchConditionExpression", "Missing condition in switch statement clause.", p.atEnd())
				if p.peek(modeCmd).kind == tRCurly {
					p.advance()
				}
				return s
			}
		}
		endErr = p.lastEnd
		p.skipNewlines()
		if p.peek(modeExpr).kind != tLCurly {
			p.errorAt(endErr, endErr, "MissingSwitchStatementClause", "Missing statement block in switch statement clause.", p.atEnd())
			reported = p.atEnd()
		} else {
			body := p.block()
			endErr = p.lastEnd
			if isDefault {
				if s.Default != nil {
					p.errorAt(ct.pos, ct.end, "MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", false)
				}
				s.Default = body
			} else {
				s.Clauses = append(s.Clauses, &SwitchClause{Pattern: pat, Body: body})
			}
		}
		p.skipSeps()
		switch p.peek(modeCmd).kind {
		case tRCurly:
			p.advance()
			return s
		case tEOF:
			if !reported {
				p.errorAt(open.pos, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", true)
			}
			return s
		}
	}
}

// prefixFold reports whether s is a non-empty case-insensitive prefix of full.
func prefixFold(full, s string) bool {
	if s == "" || len(s) > len(full) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != full[i] {
			return false
		}
	}
	return true
}
