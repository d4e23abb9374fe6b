package syntax

import (
	"fmt"
	"strings"
)

// Binary operator precedence (PowerShell's TokenFlags.BinaryPrecedence*).
const (
	precLogical    = 1
	precBitwise    = 2
	precComparison = 5
	precCoalesce   = 7
	precAdd        = 9
	precMultiply   = 10
	precFormat     = 12
	precRange      = 13
)

// binaryPrec returns the precedence of a binary operator token, or 0.
func binaryPrec(t *token) int {
	if t.kind != tOp {
		return 0
	}
	switch t.op {
	case "-and", "-or", "-xor":
		return precLogical
	case "-band", "-bor", "-bxor":
		return precBitwise
	case "??":
		return precCoalesce
	case "+", "-":
		return precAdd
	case "*", "/", "%":
		return precMultiply
	case "-f":
		return precFormat
	case "..":
		return precRange
	case "-not", "-bnot", "!", "++", "--", "?":
		return 0
	}
	if len(t.op) > 1 && t.op[0] == '-' {
		return precComparison
	}
	return 0
}

// expression parses a full expression (with comma arrays and ?:).
func (p *parser) expression() Expr { return p.ternary(true) }

// exprNoComma parses an expression in which ',' separates arguments.
func (p *parser) exprNoComma() Expr { return p.ternary(false) }

func (p *parser) ternary(comma bool) Expr {
	c := p.binary(1, comma)
	if c == nil {
		return nil
	}
	t := p.peek(modeExpr)
	if t.kind != tOp || t.op != "?" {
		return c
	}
	q := *t
	p.advance()
	p.skipNewlines()
	a := p.ternary(comma)
	if a == nil {
		p.errorAt(q.end, q.end, "ExpectedValueExpression", "You must provide a value expression following the '?' operator.", p.atEnd())
		return c
	}
	save, saveEnd := p.pos, p.lastEnd
	p.skipNewlines()
	if ct := p.peek(modeExpr); ct.kind != tColon {
		// PowerShell marks the token found instead of ':'.
		p.errorAt(ct.pos, ct.end, "MissingColonInTernaryExpression", "Missing ':' in the ternary expression.", ct.kind == tEOF)
		p.pos, p.lastEnd, p.tv = save, saveEnd, false
		return c
	}
	col := p.next(modeExpr)
	p.skipNewlines()
	b := p.ternary(comma)
	if b == nil {
		p.errorAt(col.end, col.end, "ExpectedValueExpression", "You must provide a value expression following the ':' operator.", p.atEnd())
		return c
	}
	return &TernaryExpr{Span: Span{c.Pos(), b.End()}, Cond: c, Then: a, Else: b}
}

// binary parses binary operators of precedence minPrec and above.
func (p *parser) binary(minPrec int, comma bool) Expr {
	x := p.arrayLit(comma)
	if x == nil {
		return nil
	}
	for {
		t := p.peek(modeExpr)
		prec := binaryPrec(t)
		if prec == 0 || prec < minPrec {
			return x
		}
		opt := *t
		p.advance()
		p.skipNewlines()
		y := p.binary(prec+1, comma)
		if y == nil {
			p.errorAt(opt.end, opt.end, "ExpectedValueExpression", fmt.Sprintf("You must provide a value expression following the '%s' operator.", p.src[opt.pos:opt.end]), p.atEnd())
			return x
		}
		b := p.n.bins.new()
		*b = BinaryExpr{Span: Span{x.Pos(), y.End()}, Op: opt.op, OpPos: Pos(opt.pos), X: x, Y: y}
		x = b
	}
}

// arrayLit parses unary expressions joined by the binary comma.
func (p *parser) arrayLit(comma bool) Expr {
	x := p.unary()
	if x == nil || !comma || p.peek(modeExpr).kind != tComma {
		return x
	}
	arr := &ArrayLiteral{Elems: []Expr{x}}
	for p.peek(modeExpr).kind == tComma {
		p.advance()
		p.skipNewlines()
		y := p.unary()
		if y == nil {
			p.errorAfter("MissingExpressionAfterToken", "Missing expression after ','.")
			break
		}
		arr.Elems = append(arr.Elems, y)
	}
	arr.Span = Span{x.Pos(), arr.Elems[len(arr.Elems)-1].End()}
	return arr
}

// unary parses prefix operators, casts and postfix expressions.
func (p *parser) unary() Expr {
	p.depth++ // counted around the call, as in statement
	x := p.unaryAt()
	p.depth--
	return x
}

// unaryAt is unary's body, run with the nesting depth counted.
func (p *parser) unaryAt() Expr {
	t := p.peek(modeExpr)
	if p.depth > maxDepth {
		p.errorAt(t.pos, t.end, "ScriptTooComplicated", "Processing was stopped because the script is too complex.", false)
		p.setPos(len(p.src))
		return nil
	}
	switch t.kind {
	case tOp:
		switch t.op {
		case "-not", "!", "-bnot", "+", "-", "-split", "-join", "++", "--":
			opt := *t
			p.advance()
			p.skipNewlines() // the grammar allows new lines after a unary operator
			x := p.unary()
			if x == nil {
				p.errorAt(opt.end, opt.end, "MissingExpressionAfterOperator", fmt.Sprintf("Missing expression after unary operator '%s'.", p.src[opt.pos:opt.end]), p.atEnd())
				return &UnaryExpr{Span: Span{Pos(opt.pos), Pos(opt.end)}, Op: opt.op}
			}
			return &UnaryExpr{Span: Span{Pos(opt.pos), x.End()}, Op: opt.op, X: x}
		}
		return nil
	case tComma:
		ct := *t
		p.advance()
		p.skipNewlines()
		x := p.unary()
		if x == nil {
			p.errorAfter("MissingExpressionAfterToken", "Missing expression after ','.")
			return &UnaryExpr{Span: Span{Pos(ct.pos), Pos(ct.end)}, Op: ","}
		}
		return &UnaryExpr{Span: Span{Pos(ct.pos), x.End()}, Op: ",", X: x}
	case tLBracket:
		return p.castOrType()
	}
	x := p.primary()
	if x == nil {
		return nil
	}
	x = p.postfix(x, modeExpr)
	// $i ++ is a postfix increment too (white space is allowed).
	if t := p.peek(modeExpr); t.kind == tOp && (t.op == "++" || t.op == "--") && assignable(x) {
		p.advance()
		x = &UnaryExpr{Span: Span{x.Pos(), Pos(p.lastEnd)}, Op: t.op, X: x, Postfix: true}
	}
	return x
}

// startsUnary reports whether t can begin the operand of a cast.
func (p *parser) startsUnary(t *token) bool {
	switch t.kind {
	case tVariable, tNumber, tString, tExpStr, tLParen, tDollarParen, tAtParen, tAtCurly, tLCurly, tLBracket, tSplat:
		return true
	case tOp:
		switch t.op {
		case "-not", "!", "-bnot", "++", "--", "-split", "-join":
			return true
		case "-", "+":
			// As in PowerShell, [int] -5 and [int] - 5 both cast -5.
			return true
		}
	case tComma:
		return false
	}
	return false
}

// castOrType parses `[type]` as a cast of the following unary expression,
// a type literal, or skips an attribute written on an expression.
func (p *parser) castOrType() Expr {
	open := *p.peek(modeExpr)
	tn, attr := p.typeOrAttribute()
	if tn == nil && attr == nil {
		return &TypeExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}, Type: &TypeName{}}
	}
	if attr != nil {
		n := p.peek(modeExpr)
		if n.kind == tNewline && p.attributeContinues() {
			// [ValidateSet('a','b')] on its own line before
			// [string]$x = 'a' still applies to the variable.
			p.skipNewlines()
			n = p.peek(modeExpr)
		}
		if !p.startsUnary(n) && !(n.kind == tOp && (n.op == "-" || n.op == "+")) {
			p.errorAt(int(attr.Pos()), int(attr.End()), "UnexpectedAttribute", fmt.Sprintf("Unexpected attribute '%s'.", attr.Type.Name), p.atEnd())
			return &TypeExpr{Span: attr.Span, Type: attr.Type}
		}
		x := p.unary()
		// An attribute may only constrain a variable being assigned:
		// [ValidateNotNull()][string]$x = 'a'.
		if a := p.peek(modeExpr); x != nil && (a.kind != tAssign || !assignable(x)) {
			// At the end of input the assignment may still follow.
			p.errorAt(int(attr.Pos()), int(attr.End()), "UnexpectedAttribute", fmt.Sprintf("Unexpected attribute '%s'.", attr.Type.Name), p.atEnd())
			return x
		}
		return withAttribute(attr, x)
	}
	te := &TypeExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}, Type: tn}
	if i := p.pos; i < len(p.src) && (p.src[i] == '.' || (p.src[i] == ':' && i+1 < len(p.src) && p.src[i+1] == ':')) {
		return p.postfix(te, modeExpr)
	}
	n := p.peek(modeExpr)
	if !p.startsUnary(n) {
		return te
	}
	typeEnd := p.lastEnd
	x := p.unary()
	if x == nil {
		return te
	}
	// [ordered] builds an ordered dictionary from a hash literal and
	// means nothing on any other expression (PowerShell's parser rejects it).
	if _, isHash := x.(*HashtableExpr); !isHash && strings.EqualFold(tn.Name, "ordered") {
		p.errorAt(open.pos, typeEnd, "OrderedAttributeOnlyOnHashLiteralNode",
			"The ordered attribute can be specified only on a hash literal node.", false)
	}
	return &ConvertExpr{Span: Span{Pos(open.pos), x.End()}, Type: tn, X: x}
}

// primary parses a primary expression at the current token.
func (p *parser) primary() Expr {
	t := p.peek(modeExpr)
	switch t.kind {
	case tNumber:
		return p.number()
	case tSplat:
		p.splatNotPermitted(t)
		x := p.nodeOf(t)
		p.advance()
		return x
	case tVariable, tString, tExpStr:
		x := p.nodeOf(t)
		p.advance()
		return x
	case tLParen:
		return p.parenExpr()
	case tDollarParen, tAtParen:
		open := *t
		p.advance()
		stmts, traps := p.stmtList(tRParen)
		for _, tr := range traps {
			stmts = append(stmts, tr)
		}
		if rp := p.peek(modeExpr); rp.kind != tRParen {
			// PowerShell marks the token found instead of ')'.
			p.errorAt(rp.pos, rp.end, "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", rp.kind == tEOF)
		} else {
			p.advance()
		}
		sp := Span{Pos(open.pos), Pos(p.lastEnd)}
		if open.kind == tAtParen {
			return &ArrayExpr{Span: sp, Stmts: stmts}
		}
		return &SubExpr{Span: sp, Stmts: stmts}
	case tAtCurly:
		return p.hashtable()
	case tLCurly:
		return p.scriptBlockExpr()
	}
	return nil
}

// splatNotPermitted reports @name used where only $name may stand.
func (p *parser) splatNotPermitted(t *token) {
	name := p.src[t.pos+1 : t.end]
	p.errorAt(t.pos, t.end, "SplattingNotPermitted", fmt.Sprintf("The splatting operator '@' cannot be used to reference variables in an expression. '@%s' can be used only as an argument to a command. To reference variables in an expression use '$%s'.", name, name), false)
}

// subExprAt parses `$( … )` at j inside a string and returns it; the
// lexer state is saved around it because a string is one token.
func (p *parser) subExprAt(j int) *SubExpr {
	savePos, saveEnd, saveTok, saveTv, saveTat, saveMode := p.pos, p.lastEnd, p.tok, p.tv, p.tat, p.tmode
	p.pos, p.lastEnd, p.tv = j+2, j+2, false
	stmts, traps := p.stmtList(tRParen)
	for _, tr := range traps {
		stmts = append(stmts, tr)
	}
	if rp := p.peek(modeExpr); rp.kind != tRParen {
		p.errorAt(rp.pos, rp.end, "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", rp.kind == tEOF)
	} else {
		p.advance()
	}
	end := p.lastEnd
	p.pos, p.lastEnd, p.tok, p.tv, p.tat, p.tmode = savePos, saveEnd, saveTok, saveTv, saveTat, saveMode
	return &SubExpr{Span: Span{Pos(j), Pos(end)}, Stmts: stmts}
}

// parenExpr parses `( pipeline )`.
func (p *parser) parenExpr() Expr {
	open := p.next(modeExpr)
	p.skipNewlines()
	if p.peek(modeStart).kind == tRParen {
		p.errorAt(open.end, open.end, "ExpectedExpression", "An expression was expected after '('.", false)
		p.advance()
		return &ParenExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}}
	}
	s := p.statement()
	if s == nil {
		p.errorAt(open.end, open.end, "ExpectedExpression", "An expression was expected after '('.", p.atEnd())
		return &ParenExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}}
	}
	p.skipNewlines()
	if p.peek(modeExpr).kind != tRParen {
		p.errorAfter("MissingEndParenthesisInExpression", "Missing closing ')' in expression.")
		return &ParenExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}, X: s}
	}
	p.advance()
	return &ParenExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}, X: s}
}
