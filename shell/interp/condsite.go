package interp

import (
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// A compound statement's conditions are sequence points of their own:
// PowerShell reports an error in `if ($x -gt $null.Count())` at the whole
// condition, as it reports one in a simple statement at the statement.

// conditionSites lists the condition extents of a compound statement;
// nil for any other statement.
func (c *compiler) conditionSites(s syntax.Stmt) []site {
	var conds []syntax.Stmt
	switch t := s.(type) {
	case *syntax.IfStmt:
		for _, cl := range t.Clauses {
			conds = append(conds, cl.Cond)
		}
	case *syntax.WhileStmt:
		conds = append(conds, t.Cond)
	case *syntax.DoStmt:
		conds = append(conds, t.Cond)
	case *syntax.ForStmt:
		conds = append(conds, t.Init, t.Cond, t.Iter)
	case *syntax.ForEachStmt:
		conds = append(conds, t.In)
	case *syntax.SwitchStmt:
		conds = append(conds, t.Cond)
	default:
		return nil
	}
	var out []site
	for _, cs := range conds {
		if cs != nil {
			out = append(out, siteOf(c.file, cs))
		}
	}
	return out
}

// enclosingSite picks the condition that holds the position an error was
// first placed at.
func enclosingSite(sites []site, at *object.InvocationInfo) (site, bool) {
	if at == nil {
		return site{}, false
	}
	for _, s := range sites {
		if s.file == nil || s.start < 0 {
			continue
		}
		l1, c1 := s.file.Position(s.start)
		l2, c2 := s.file.Position(s.stop)
		after := at.Line > l1 || (at.Line == l1 && at.Column >= c1)
		before := at.Line < l2 || (at.Line == l2 && at.Column < c2)
		if after && before {
			return s, true
		}
	}
	return site{}, false
}
