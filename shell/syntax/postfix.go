package syntax

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
		if m == modeCmd && (c == '.' || c == ':') {
			k := i + 1
			if c == ':' {
				k++
			}
			if p.isTerm(k) {
				return x
			}
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
	at := p.pos
	// White space (and newlines) after the operator is skipped, as
	// PowerShell's tokenizer does: $PSVersionTable. $_ (about_Operators).
	i := p.skipMemberSpace(at)
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
		s := p.n.strs.new()
		*s = StringConst{Span: Span{Pos(i), Pos(j)}, Value: src[i:j], Kind: BareWord}
		name = s
		p.setPos(j)
	case r == '$' || r == '(' || p.squoteAt(i) > 0 || p.dquoteAt(i) > 0:
		if i != at {
			p.setPos(i)
		}
		t := p.peek(modeExpr)
		if t.pos != i {
			break
		}
		if t.kind == tLParen {
			name = p.parenExpr()
		} else if t.kind == tDollarParen {
			name = p.primary() // $x.$($p.Name) (Add-Member Example 6)
		} else if t.kind == tVariable || t.kind == tString || t.kind == tExpStr {
			name = p.nodeOf(t)
			p.advance()
		}
	}
	if name == nil {
		p.errorAt(at, at, "MissingPropertyName", "Missing property name after reference operator.", i >= len(src) || p.atEnd())
		return x
	}
	var targs []*TypeName
	if _, bare := name.(*StringConst); bare && p.pos < len(src) && src[p.pos] == '[' {
		targs = p.genericMethodArgs()
	}
	if p.pos < len(src) && src[p.pos] == '(' {
		p.setPos(p.pos + 1)
		args := p.callArgs()
		return &InvokeMemberExpr{Span: Span{x.Pos(), Pos(p.lastEnd)}, X: x, Name: name, Args: args, Static: static, NullCond: nullCond, GenericArgs: targs}
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
			if len(args) > 0 {
				p.errorAfter("MissingExpressionAfterToken", "Missing expression after ','.")
			} else {
				p.errorAfter("MissingEndParenthesisInMethodCall", "Missing ')' in method call.")
			}
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

// skipMemberSpace skips white space, comments and newlines after a member
// access operator.
func (p *parser) skipMemberSpace(i int) int {
	for {
		j := p.skipSpace(i)
		if j < len(p.src) && (p.src[j] == '\n' || p.src[j] == '\r') {
			i = j + 1
			continue
		}
		return j
	}
}
