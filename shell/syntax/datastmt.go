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
	s.Body = p.block()
	return s
}
