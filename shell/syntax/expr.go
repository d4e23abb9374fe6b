package syntax

import "fmt"

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
	if p.peek(modeExpr).kind != tColon {
		p.pos, p.lastEnd, p.tv = save, saveEnd, false
		p.errorAfter("MissingColonInTernaryExpression", "Missing ':' in the ternary expression.")
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
	p.depth++
	defer func() { p.depth-- }()
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
	return p.postfix(x, modeExpr)
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
			// [int]-5 is a cast of -5, [int] - 5 a subtraction.
			return t.pos == p.lastEnd && !p.isTerm(t.end)
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
		if !p.startsUnary(n) {
			p.errorAt(int(attr.Pos()), int(attr.End()), "UnexpectedAttribute", fmt.Sprintf("Unexpected attribute '%s'.", attr.Type.Name), p.atEnd())
			return &TypeExpr{Span: attr.Span, Type: attr.Type}
		}
		return p.unary()
	}
	te := &TypeExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}, Type: tn}
	if i := p.pos; i < len(p.src) && (p.src[i] == '.' || (p.src[i] == ':' && i+1 < len(p.src) && p.src[i+1] == ':')) {
		return p.postfix(te, modeExpr)
	}
	n := p.peek(modeExpr)
	if !p.startsUnary(n) {
		return te
	}
	x := p.unary()
	if x == nil {
		return te
	}
	return &ConvertExpr{Span: Span{Pos(open.pos), x.End()}, Type: tn, X: x}
}

// primary parses a primary expression at the current token.
func (p *parser) primary() Expr {
	t := p.peek(modeExpr)
	switch t.kind {
	case tNumber:
		return p.number()
	case tVariable, tSplat, tString, tExpStr:
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
		if p.peek(modeExpr).kind != tRParen {
			p.errorAfter("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.")
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

// subExprAt parses `$( … )` at j inside a string and returns it; the
// lexer state is saved around it because a string is one token.
func (p *parser) subExprAt(j int) *SubExpr {
	savePos, saveEnd, saveTok, saveTv, saveTat, saveMode := p.pos, p.lastEnd, p.tok, p.tv, p.tat, p.tmode
	p.pos, p.lastEnd, p.tv = j+2, j+2, false
	stmts, traps := p.stmtList(tRParen)
	for _, tr := range traps {
		stmts = append(stmts, tr)
	}
	if p.peek(modeExpr).kind != tRParen {
		p.errorAfter("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.")
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
		p.errorAt(open.pos, open.end, "ExpectedExpression", "An expression was expected after '('.", false)
		p.advance()
		return &ParenExpr{Span: Span{Pos(open.pos), Pos(p.lastEnd)}}
	}
	s := p.statement()
	if s == nil {
		p.errorAfter("ExpectedExpression", "An expression was expected after '('.")
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

// postfix parses member access, method calls, indexes and ++/-- written
// directly after x (no white space before them).
func (p *parser) postfix(x Expr, m mode) Expr {
	src := p.src
	for {
		i := p.pos
		if i != p.lastEnd || i >= len(src) {
			return x
		}
		c := src[i]
		var c1 byte
		if i+1 < len(src) {
			c1 = src[i+1]
		}
		switch {
		case c == '.' && c1 != '.':
			p.setPos(i + 1)
			x = p.member(x, false, false)
		case c == ':' && c1 == ':':
			p.setPos(i + 2)
			x = p.member(x, true, false)
		case c == '?' && c1 == '.' && m == modeExpr:
			p.setPos(i + 2)
			x = p.member(x, false, true)
		case c == '[':
			p.setPos(i + 1)
			x = p.index(x, false)
		case c == '?' && c1 == '[' && m == modeExpr:
			p.setPos(i + 2)
			x = p.index(x, true)
		case m == modeExpr && ((c == '+' && c1 == '+') || (c == '-' && c1 == '-')) && assignable(x):
			p.setPos(i + 2)
			x = &UnaryExpr{Span: Span{x.Pos(), Pos(i + 2)}, Op: src[i : i+2], X: x, Postfix: true}
		default:
			return x
		}
		if x == nil {
			return nil
		}
	}
}

// member parses the name after '.' or '::' and an optional call.
func (p *parser) member(x Expr, static, nullCond bool) Expr {
	src := p.src
	i := p.pos
	var name Expr
	r, _ := p.runeAt(i)
	switch {
	case isIdentFollow(r):
		j := i
		for j < len(src) {
			r, w := p.runeAt(j)
			if !isIdentFollow(r) {
				break
			}
			j += w
		}
		name = &StringConst{Span: Span{Pos(i), Pos(j)}, Value: src[i:j], Kind: BareWord}
		p.setPos(j)
	case r == '$' || r == '(' || p.squoteAt(i) > 0 || p.dquoteAt(i) > 0:
		t := p.peek(modeExpr)
		if t.pos != i {
			break
		}
		if t.kind == tLParen {
			name = p.parenExpr()
		} else if t.kind == tVariable || t.kind == tString || t.kind == tExpStr {
			name = p.nodeOf(t)
			p.advance()
		}
	}
	if name == nil {
		p.errorAt(i, i, "MissingPropertyName", "Missing property name after reference operator.", p.atEnd())
		return x
	}
	if p.pos < len(src) && src[p.pos] == '(' {
		p.setPos(p.pos + 1)
		args := p.callArgs()
		return &InvokeMemberExpr{Span: Span{x.Pos(), Pos(p.lastEnd)}, X: x, Name: name, Args: args, Static: static, NullCond: nullCond}
	}
	if p.pos < len(src) && src[p.pos] == '{' {
		// .Where{ … } / .ForEach{ … }: a script block is the one argument.
		sb := p.scriptBlockExpr()
		return &InvokeMemberExpr{Span: Span{x.Pos(), Pos(p.lastEnd)}, X: x, Name: name, Args: []Expr{sb}, Static: static, NullCond: nullCond}
	}
	me := p.n.members.new()
	*me = MemberExpr{Span: Span{x.Pos(), name.End()}, X: x, Name: name, Static: static, NullCond: nullCond}
	return me
}

// callArgs parses method arguments after '(' up to and including ')'.
func (p *parser) callArgs() []Expr {
	var args []Expr
	p.skipNewlines()
	if p.peek(modeExpr).kind == tRParen {
		p.advance()
		return args
	}
	for {
		a := p.exprNoComma()
		if a == nil {
			p.errorAfter("MissingEndParenthesisInMethodCall", "Missing ')' in method call.")
			return args
		}
		args = append(args, a)
		p.skipNewlines()
		t := p.peek(modeExpr)
		switch t.kind {
		case tComma:
			p.advance()
			p.skipNewlines()
			continue
		case tRParen:
			p.advance()
			return args
		}
		p.errorAfter("MissingEndParenthesisInMethodCall", "Missing ')' in method call.")
		return args
	}
}

// index parses `[ index ]` after '['.
func (p *parser) index(x Expr, nullCond bool) Expr {
	p.skipNewlines()
	if p.peek(modeExpr).kind == tRBracket {
		t := p.next(modeExpr)
		p.errorAt(t.pos, t.pos, "MissingArrayIndexExpression", "Array index expression is missing or not valid.", false)
		return x
	}
	idx := p.expression()
	if idx == nil {
		p.errorAfter("MissingArrayIndexExpression", "Array index expression is missing or not valid.")
		return x
	}
	p.skipNewlines()
	if p.peek(modeExpr).kind != tRBracket {
		p.errorAfter("MissingEndSquareBracket", "Missing ']' after array index expression.")
		return x
	}
	p.advance()
	return &IndexExpr{Span: Span{x.Pos(), Pos(p.lastEnd)}, X: x, Index: idx, NullCond: nullCond}
}

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
			p.errorAt(open.pos, open.end, "IncompleteHashLiteral", "The hash literal was incomplete.", true)
			break
		}
		key := p.hashKey()
		if key == nil {
			t = p.peek(modeExpr)
			p.unexpected(t)
			p.advance()
			continue
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
			p.errorAt(open.pos, open.end, "IncompleteHashLiteral", "The hash literal was incomplete.", true)
		default:
			p.unexpected(t)
			p.advance()
			continue
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
			r, w := p.runeAt(j)
			if !isIdentFollow(r) && r != '-' && r != '.' {
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
	closePos := p.skipSpaceQuiet(p.pos)
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
