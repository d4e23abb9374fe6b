package syntax

import "strings"

// DataStmt is a data section (about_Data_Sections): `data [name]
// [-SupportedCommand cmd, …] { statements }`. Its statements run in
// restricted language; with a name the output is assigned to that
// variable, without one it is the statement's output.
type DataStmt struct {
	Span
	Name      string   // the variable, as written (may carry a scope: script:x)
	Supported []string // commands -SupportedCommand adds to ConvertFrom-StringData
	Body      *Block
}

func (*DataStmt) stmtNode() {}

// dataStmt parses a data section at the `data` keyword.
func (p *parser) dataStmt() Stmt {
	kwt, _ := p.kwText()
	s := &DataStmt{Span: Span{Pos(kwt.pos), 0}}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	p.skipNewlines()
	if t := p.peek(modeCmd); t.kind == tGeneric {
		s.Name = p.src[t.pos:t.end]
		p.advance()
		p.skipNewlines()
	}
	if t := p.peek(modeCmd); t.kind == tParam && strings.EqualFold(strings.TrimPrefix(t.sval, "-"), "SupportedCommand") {
		p.advance()
		for {
			p.skipNewlines()
			c := p.peek(modeCmd)
			if c.kind != tGeneric {
				break
			}
			s.Supported = append(s.Supported, p.src[c.pos:c.end])
			p.advance()
			if p.peek(modeExpr).kind != tComma {
				break
			}
			p.advance()
		}
		p.skipNewlines()
	}
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingStatementBlockForDataSection", "The Data section is missing its statement block.")
		return s
	}
	var cmds []*Command
	outer := p.dataCmds
	p.dataCmds = &cmds
	s.Body = p.block()
	p.dataCmds = outer
	if outer != nil {
		*outer = append(*outer, cmds...)
	}
	p.checkDataCommands(s, cmds)
	return s
}

// checkDataCommands reports the commands a data section may not run:
// only ConvertFrom-StringData and those -SupportedCommand names
// (ParserStrings CmdletNotInAllowedListForDataSection). The other
// restricted-language rules (variables, operators, …) are not checked.
func (p *parser) checkDataCommands(s *DataStmt, cmds []*Command) {
	for _, c := range cmds {
		sc, ok := c.Name.(*StringConst)
		if !ok || strings.EqualFold(sc.Value, "ConvertFrom-StringData") {
			continue
		}
		allowed := false
		for _, a := range s.Supported {
			if strings.EqualFold(a, sc.Value) {
				allowed = true
			}
		}
		if !allowed {
			p.errorAt(int(sc.Pos()), int(sc.End()), "CmdletNotInAllowedListForDataSection",
				"The command '"+sc.Value+"' is not allowed in restricted language mode or a Data section.", false)
		}
	}
}
