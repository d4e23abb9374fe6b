package syntax

// checkFinally reports break, continue and return statements that would
// leave a finally block (PowerShell's ControlLeavingFinally), which it
// finds before running anything.
func (p *parser) checkFinally(b *Block) {
	for _, s := range b.Stmts {
		p.checkLeave(s, false)
	}
}

// checkLeave walks s; inLoop says a break/continue stays inside a loop
// (or switch) that is itself inside the finally block.
func (p *parser) checkLeave(s Stmt, inLoop bool) {
	report := func(n Node) {
		p.errorAt(int(n.Pos()), int(n.End()), "ControlLeavingFinally", "Flow of control cannot leave a Finally block.", false)
	}
	blocks := func(inLoop bool, bs ...*Block) {
		for _, b := range bs {
			if b == nil {
				continue
			}
			for _, s := range b.Stmts {
				p.checkLeave(s, inLoop)
			}
		}
	}
	switch s := s.(type) {
	case *ReturnStmt:
		report(s)
	case *BreakStmt:
		if !inLoop || s.Label != nil {
			report(s)
		}
	case *ContinueStmt:
		if !inLoop || s.Label != nil {
			report(s)
		}
	case *IfStmt:
		for _, c := range s.Clauses {
			blocks(inLoop, c.Body)
		}
		blocks(inLoop, s.Else)
	case *ForEachStmt:
		blocks(true, s.Body)
	case *ForStmt:
		blocks(true, s.Body)
	case *WhileStmt:
		blocks(true, s.Body)
	case *DoStmt:
		blocks(true, s.Body)
	case *SwitchStmt:
		for _, c := range s.Clauses {
			blocks(true, c.Body)
		}
		blocks(true, s.Default)
	case *TryStmt:
		blocks(inLoop, s.Body)
		for _, c := range s.Catches {
			blocks(inLoop, c.Body)
		}
		blocks(inLoop, s.Finally)
	case *BlockStmt:
		blocks(inLoop, s.Body)
	}
}
