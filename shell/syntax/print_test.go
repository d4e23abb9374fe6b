package syntax

import (
	"fmt"
	"strings"
)

// sexpr prints a node compactly, for table tests.
func sexpr(n any) string {
	var b strings.Builder
	pr(&b, n)
	return b.String()
}

func prList[T any](b *strings.Builder, xs []T, sep string) {
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		pr(b, x)
	}
}

func pr(b *strings.Builder, n any) {
	switch n := n.(type) {
	case nil:
		b.WriteString("<nil>")
	case *ScriptBlock:
		if n == nil {
			b.WriteString("<nil>")
			return
		}
		if len(n.Attributes) > 0 {
			prList(b, n.Attributes, "")
		}
		if n.Param != nil {
			b.WriteString("param(")
			prList(b, n.Param.Params, ", ")
			b.WriteString(") ")
		}
		if n.Begin != nil {
			b.WriteString("begin{")
			prList(b, n.Begin.Stmts, "; ")
			b.WriteString("} ")
		}
		if n.Process != nil {
			b.WriteString("process{")
			prList(b, n.Process.Stmts, "; ")
			b.WriteString("} ")
		}
		if n.End != nil {
			if !n.End.Unnamed {
				b.WriteString("end{")
			}
			prList(b, n.End.Stmts, "; ")
			for _, t := range n.End.Traps {
				b.WriteString("; ")
				pr(b, t)
			}
			if !n.End.Unnamed {
				b.WriteString("}")
			}
		}
	case *Parameter:
		prList(b, n.Attributes, "")
		for _, t := range n.Types {
			fmt.Fprintf(b, "[%s]", t.Name)
		}
		pr(b, n.Name)
		if n.Default != nil {
			b.WriteString("=")
			pr(b, n.Default)
		}
	case *Attribute:
		fmt.Fprintf(b, "[@%s(", n.Type.Name)
		prList(b, n.Positional, ",")
		for i, a := range n.Named {
			if i > 0 || len(n.Positional) > 0 {
				b.WriteString(",")
			}
			b.WriteString(a.Name)
			if a.Value != nil {
				b.WriteString("=")
				pr(b, a.Value)
			}
		}
		b.WriteString(")]")
	case *Pipeline:
		prList(b, n.Elements, " | ")
		if n.Background {
			b.WriteString(" &")
		}
	case *Command:
		b.WriteString("(cmd ")
		if n.Invoke != "" {
			b.WriteString(n.Invoke + " ")
		}
		pr(b, n.Name)
		for _, a := range n.Args {
			b.WriteString(" ")
			pr(b, a)
		}
		for _, r := range n.Redirections {
			b.WriteString(" ")
			pr(b, r)
		}
		b.WriteString(")")
	case *CommandParameter:
		b.WriteString("-" + n.Name)
		if n.Colon {
			b.WriteString(":")
			if n.Arg != nil {
				pr(b, n.Arg)
			}
		}
	case *CommandExpr:
		pr(b, n.X)
		for _, r := range n.Redirections {
			b.WriteString(" ")
			pr(b, r)
		}
	case *Redirection:
		fmt.Fprintf(b, "%c>", n.From)
		if n.Append {
			b.WriteString(">")
		}
		if n.To != 0 {
			fmt.Fprintf(b, "&%c", n.To)
		} else {
			pr(b, n.Target)
		}
	case *ChainStmt:
		pr(b, n.Left)
		b.WriteString(" " + n.Op + " ")
		pr(b, n.Right)
	case *AssignStmt:
		b.WriteString("(")
		pr(b, n.Left)
		b.WriteString(" " + n.Op + " ")
		pr(b, n.Right)
		b.WriteString(")")
	case *IfStmt:
		for i, c := range n.Clauses {
			if i == 0 {
				b.WriteString("if(")
			} else {
				b.WriteString(" elseif(")
			}
			pr(b, c.Cond)
			b.WriteString(")")
			pr(b, c.Body)
		}
		if n.Else != nil {
			b.WriteString(" else")
			pr(b, n.Else)
		}
	case *Block:
		b.WriteString("{")
		prList(b, n.Stmts, "; ")
		for _, t := range n.Traps {
			b.WriteString("; ")
			pr(b, t)
		}
		b.WriteString("}")
	case *SwitchStmt:
		b.WriteString("switch")
		for _, f := range []struct {
			on   bool
			name string
		}{{n.Regex, "regex"}, {n.Wildcard, "wildcard"}, {n.Exact, "exact"}, {n.CaseSensitive, "casesensitive"}, {n.File, "file"}} {
			if f.on {
				b.WriteString(" -" + f.name)
			}
		}
		b.WriteString("(")
		pr(b, n.Cond)
		b.WriteString("){")
		for i, c := range n.Clauses {
			if i > 0 {
				b.WriteString(" ")
			}
			pr(b, c.Pattern)
			pr(b, c.Body)
		}
		if n.Default != nil {
			b.WriteString(" default")
			pr(b, n.Default)
		}
		b.WriteString("}")
	case *ForEachStmt:
		if n.Label != "" {
			b.WriteString(":" + n.Label + " ")
		}
		b.WriteString("foreach(")
		pr(b, n.Var)
		b.WriteString(" in ")
		pr(b, n.In)
		b.WriteString(")")
		pr(b, n.Body)
	case *ForStmt:
		b.WriteString("for(")
		pr(b, n.Init)
		b.WriteString("; ")
		pr(b, n.Cond)
		b.WriteString("; ")
		pr(b, n.Iter)
		b.WriteString(")")
		pr(b, n.Body)
	case *WhileStmt:
		b.WriteString("while(")
		pr(b, n.Cond)
		b.WriteString(")")
		pr(b, n.Body)
	case *DoStmt:
		b.WriteString("do")
		pr(b, n.Body)
		if n.Until {
			b.WriteString("until(")
		} else {
			b.WriteString("while(")
		}
		pr(b, n.Cond)
		b.WriteString(")")
	case *BreakStmt:
		b.WriteString("break")
		if n.Label != nil {
			b.WriteString(" ")
			pr(b, n.Label)
		}
	case *ContinueStmt:
		b.WriteString("continue")
		if n.Label != nil {
			b.WriteString(" ")
			pr(b, n.Label)
		}
	case *ReturnStmt:
		b.WriteString("return")
		if n.Value != nil {
			b.WriteString(" ")
			pr(b, n.Value)
		}
	case *ExitStmt:
		b.WriteString("exit")
		if n.Value != nil {
			b.WriteString(" ")
			pr(b, n.Value)
		}
	case *ThrowStmt:
		b.WriteString("throw")
		if n.Value != nil {
			b.WriteString(" ")
			pr(b, n.Value)
		}
	case *TryStmt:
		b.WriteString("try")
		pr(b, n.Body)
		for _, c := range n.Catches {
			b.WriteString(" catch")
			for _, t := range c.Types {
				fmt.Fprintf(b, "[%s]", t.Name)
			}
			pr(b, c.Body)
		}
		if n.Finally != nil {
			b.WriteString(" finally")
			pr(b, n.Finally)
		}
	case *TrapStmt:
		b.WriteString("trap")
		if n.Type != nil {
			fmt.Fprintf(b, "[%s]", n.Type.Name)
		}
		pr(b, n.Body)
	case *FunctionDef:
		if n.IsFilter {
			b.WriteString("filter ")
		} else {
			b.WriteString("function ")
		}
		b.WriteString(n.Name)
		if n.Params != nil {
			b.WriteString("(")
			prList(b, n.Params, ", ")
			b.WriteString(")")
		}
		b.WriteString("{")
		pr(b, n.Body)
		b.WriteString("}")
	case *EnumDef:
		b.WriteString("enum " + n.Name + "{")
		for i, m := range n.Members {
			if i > 0 {
				b.WriteString(";")
			}
			b.WriteString(m.Name)
			if m.Value != nil {
				b.WriteString("=")
				pr(b, m.Value)
			}
		}
		b.WriteString("}")
	case *BinaryExpr:
		b.WriteString("(")
		pr(b, n.X)
		b.WriteString(" " + n.Op + " ")
		pr(b, n.Y)
		b.WriteString(")")
	case *UnaryExpr:
		if n.Postfix {
			b.WriteString("(")
			pr(b, n.X)
			b.WriteString(n.Op + ")")
			return
		}
		b.WriteString("(" + n.Op + " ")
		pr(b, n.X)
		b.WriteString(")")
	case *ConvertExpr:
		fmt.Fprintf(b, "([%s]", n.Type.Name)
		pr(b, n.X)
		b.WriteString(")")
	case *TypeExpr:
		fmt.Fprintf(b, "[%s]", n.Type.Name)
	case *NumberLit:
		fmt.Fprintf(b, "%v:%T", n.Value, n.Value)
	case *StringConst:
		switch n.Kind {
		case BareWord:
			fmt.Fprintf(b, "%s", n.Value)
		default:
			fmt.Fprintf(b, "%q", n.Value)
		}
	case *ExpandableString:
		b.WriteString("`")
		for _, p := range n.Parts {
			if sc, ok := p.(*StringConst); ok {
				b.WriteString(sc.Value)
				continue
			}
			b.WriteString("{")
			pr(b, p)
			b.WriteString("}")
		}
		b.WriteString("`")
	case *VariableExpr:
		if n.Splat {
			b.WriteString("@")
		} else {
			b.WriteString("$")
		}
		if n.Scope != "" {
			b.WriteString(n.Scope + ":")
		}
		b.WriteString(n.Name)
	case *MemberExpr:
		pr(b, n.X)
		switch {
		case n.Static:
			b.WriteString("::")
		case n.NullCond:
			b.WriteString("?.")
		default:
			b.WriteString(".")
		}
		pr(b, n.Name)
	case *InvokeMemberExpr:
		pr(b, n.X)
		if n.Static {
			b.WriteString("::")
		} else {
			b.WriteString(".")
		}
		pr(b, n.Name)
		if n.GenericArgs != nil {
			b.WriteString("[")
			for i, ta := range n.GenericArgs {
				if i > 0 {
					b.WriteString(",")
				}
				b.WriteString(ta.Name)
			}
			b.WriteString("]")
		}
		b.WriteString("(")
		prList(b, n.Args, ", ")
		b.WriteString(")")
	case *IndexExpr:
		pr(b, n.X)
		if n.NullCond {
			b.WriteString("?")
		}
		b.WriteString("[")
		pr(b, n.Index)
		b.WriteString("]")
	case *ArrayLiteral:
		b.WriteString("(, ")
		prList(b, n.Elems, " ")
		b.WriteString(")")
	case *ArrayExpr:
		b.WriteString("@(")
		prList(b, n.Stmts, "; ")
		b.WriteString(")")
	case *SubExpr:
		b.WriteString("$(")
		prList(b, n.Stmts, "; ")
		b.WriteString(")")
	case *ParenExpr:
		b.WriteString("(")
		pr(b, n.X)
		b.WriteString(")")
	case *HashtableExpr:
		b.WriteString("@{")
		for i, kv := range n.Pairs {
			if i > 0 {
				b.WriteString("; ")
			}
			pr(b, kv.Key)
			b.WriteString("=")
			pr(b, kv.Value)
		}
		b.WriteString("}")
	case *ScriptBlockExpr:
		b.WriteString("{")
		pr(b, n.Block)
		b.WriteString("}")
	case *TernaryExpr:
		b.WriteString("(")
		pr(b, n.Cond)
		b.WriteString(" ? ")
		pr(b, n.Then)
		b.WriteString(" : ")
		pr(b, n.Else)
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "<%T>", n)
	}
}
