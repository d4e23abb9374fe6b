package syntax

import "fmt"

// chainStmt parses a pipeline (or an assignment) with PowerShell 7's
// && and || chains and a trailing background '&'.
func (p *parser) chainStmt() Stmt {
	s := p.chain()
	if s != nil {
		p.checkPipelineEnd()
	}
	return s
}

// checkPipelineEnd reports a token that cannot follow a pipeline, such as
// the 2 of `$x = 1 2` (the token is left for the next statement).
func (p *parser) checkPipelineEnd() {
	switch p.peek(modeExpr).kind {
	case tNewline, tSemi, tEOF, tRParen, tRCurly, tAndAnd, tOrOr, tAmp, tPipe:
		return
	}
	p.unexpected(p.peek(modeCmd))
}

func (p *parser) chain() Stmt {
	left := p.pipelineStmt()
	if left == nil {
		return nil
	}
	for {
		t := p.peek(modeExpr)
		switch t.kind {
		case tAmp:
			p.advance()
			if pl, ok := left.(*Pipeline); ok {
				pl.Background = true
				pl.Stop = Pos(p.lastEnd)
			} else {
				p.errorAt(t.pos, t.end, "BackgroundOperatorInPipelineChain", "Background operators can only be used at the end of a pipeline chain.", false)
			}
			return left
		case tAndAnd, tOrOr:
			op := *t
			p.advance()
			p.skipNewlines()
			right := p.pipelineStmt()
			if right == nil {
				p.errorAfter("EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.")
				return left
			}
			rp, ok := right.(*Pipeline)
			if !ok {
				p.errorAt(int(right.Pos()), int(right.End()), "UnexpectedToken", fmt.Sprintf("Unexpected token '%s' in expression or statement.", p.src[right.Pos():right.End()]), false)
				return left
			}
			left = &ChainStmt{Span: Span{left.Pos(), rp.Stop}, Left: left, Op: op.op, Right: rp}
		default:
			return left
		}
	}
}

// pipelineStmt parses a pipeline, or an assignment when the first element
// is an expression followed by an assignment operator.
func (p *parser) pipelineStmt() Stmt {
	t := p.peek(modeStart)
	start := t.pos
	if t.kind == tRedir && t.op == "<" {
		// A redirection in command position is parsed as one, so `<` is
		// reported as reserved (ParserStrings RedirectionNotSupported)
		// at the `<` rather than as an unexpected token.
		var lead []*Redirection
		p.redirections(&lead)
		t = p.peek(modeStart)
	}
	var first PipelineElement
	switch t.kind {
	case tGeneric, tAmp, tDot:
		first = p.command()
	case tNewline, tEOF, tSemi, tRParen, tRCurly, tPipe, tRBracket, tAndAnd, tOrOr, tColon, tAssign, tBad, tLabel, tParam:
		return nil
	default:
		x := p.expression()
		if x == nil {
			return nil
		}
		if a := p.peek(modeExpr); a.kind == tAssign {
			return p.assignment(x)
		}
		ce := p.n.cexprs.new()
		*ce = CommandExpr{Span: Span{x.Pos(), x.End()}, X: x}
		p.redirections(&ce.Redirections)
		ce.Stop = Pos(p.lastEnd)
		first = ce
	}
	pl := p.n.pipes.new()
	pl.Elements = p.n.oneElement(first)
	for {
		if p.peek(modeExpr).kind == tNewline && p.pipeContinues() {
			p.skipNewlines()
		}
		if p.peek(modeExpr).kind != tPipe {
			break
		}
		pipe := *p.peek(modeExpr)
		p.advance()
		p.skipNewlines()
		t := p.peek(modeStart)
		switch t.kind {
		case tGeneric, tAmp, tDot:
			pl.Elements = append(pl.Elements, p.command())
			continue
		case tPipe:
			// `a | | b`: one missing element; the next pipe goes on
			// with the pipeline, as PowerShell's parser does.
			p.errorAt(pipe.end, pipe.end, "EmptyPipeElement", "An empty pipe element is not allowed.", false)
			continue
		case tEOF, tNewline, tSemi, tRParen, tRCurly, tAndAnd, tOrOr:
			p.errorAt(pipe.end, pipe.end, "EmptyPipeElement", "An empty pipe element is not allowed.", t.kind == tEOF)
			pl.Span = Span{Pos(start), Pos(p.lastEnd)}
			return pl
		}
		x := p.expression()
		if x == nil {
			p.errorAt(pipe.end, pipe.end, "EmptyPipeElement", "An empty pipe element is not allowed.", false)
			break
		}
		p.errorAt(int(x.Pos()), int(x.End()), "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", false)
		pl.Elements = append(pl.Elements, &CommandExpr{Span: Span{x.Pos(), x.End()}, X: x})
	}
	pl.Span = Span{Pos(start), Pos(p.lastEnd)}
	return pl
}

// pipeContinues reports whether the next non-blank line starts with a
// single '|', which continues the pipeline (PowerShell 7).
func (p *parser) pipeContinues() bool {
	i := p.afterLines()
	return i+1 < len(p.src) && p.src[i] == '|' && p.src[i+1] != '|' || i+1 == len(p.src) && i < len(p.src) && p.src[i] == '|'
}

// assignment parses `left op statement`; the operator is the current token.
func (p *parser) assignment(left Expr) Stmt {
	opt := p.next(modeExpr)
	if _, multi := left.(*ArrayLiteral); !assignable(left) || (multi && opt.op != "=") {
		p.errorAt(int(left.Pos()), int(left.End()), "InvalidLeftHandSide", "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", false)
	}
	p.skipNewlines()
	right := p.statement()
	if right == nil {
		p.errorAt(opt.end, opt.end, "ExpectedValueExpression", fmt.Sprintf("You must provide a value expression following the '%s' operator.", p.src[opt.pos:opt.end]), p.atEnd())
	}
	as := p.n.assigns.new()
	*as = AssignStmt{Span: Span{left.Pos(), Pos(p.lastEnd)}, Left: left, Op: opt.op, OpPos: Pos(opt.pos), Right: right}
	return as
}

// assignable reports whether x can be assigned to.
func assignable(x Expr) bool {
	switch x := x.(type) {
	case *VariableExpr:
		return !x.Splat
	case *MemberExpr, *IndexExpr:
		return true
	case *ConvertExpr:
		return assignable(x.X)
	case *ArrayLiteral:
		for _, e := range x.Elems {
			if !assignable(e) {
				return false
			}
		}
		return true
	case *ParenExpr:
		if ce, ok := pipelineExpr(x.X); ok {
			return assignable(ce)
		}
	}
	return false
}

// pipelineExpr returns the expression of a one-element expression pipeline.
func pipelineExpr(s Stmt) (Expr, bool) {
	pl, ok := s.(*Pipeline)
	if !ok || len(pl.Elements) != 1 {
		return nil, false
	}
	ce, ok := pl.Elements[0].(*CommandExpr)
	if !ok || len(ce.Redirections) > 0 {
		return nil, false
	}
	return ce.X, true
}

// command parses a command: a bare-word name, or & / . and what to invoke,
// then its arguments in argument mode.
func (p *parser) command() *Command {
	t := *p.peek(modeStart)
	cmd := p.n.cmds.new()
	cmd.Span = Span{Pos(t.pos), 0}
	switch t.kind {
	case tAmp, tDot:
		cmd.Invoke = p.src[t.pos:t.end]
		p.advance()
		n := p.peek(modeCmd)
		switch n.kind {
		case tGeneric, tString, tExpStr:
			cmd.Name = p.nodeOf(n)
			p.advance()
		default:
			cmd.Name = p.cmdValue()
		}
		if cmd.Name == nil {
			p.errorAfter("MissingExpression", fmt.Sprintf("Missing expression after '%s' in pipeline element.", cmd.Invoke))
		}
	default:
		cmd.Name = p.nodeOf(&t)
		p.advance()
	}
	if p.dataCmds != nil {
		*p.dataCmds = append(*p.dataCmds, cmd)
	}
	p.cmdArgs(cmd)
	cmd.Stop = Pos(p.lastEnd)
	return cmd
}

// cmdArgs parses the parameters, arguments and redirections of a command.
func (p *parser) cmdArgs(cmd *Command) {
	endParams := false
	for {
		t := p.peek(modeCmd)
		switch t.kind {
		case tNewline, tEOF, tSemi, tRParen, tRCurly, tPipe, tAndAnd, tOrOr, tAmp:
			return
		case tRedir:
			p.redirections(&cmd.Redirections)
			continue
		case tParam:
			if t.op == "--" && !endParams {
				// `--` ends the parameters: later -x tokens are plain strings.
				endParams = true
				p.advance()
				continue
			}
			if endParams {
				cmd.Args = append(cmd.Args, p.cmdArg())
				continue
			}
			pt := *t
			p.advance()
			textEnd := pt.end
			if pt.colon {
				textEnd--
			}
			cp := &CommandParameter{Span: Span{Pos(pt.pos), Pos(pt.end)}, Name: pt.sval, Colon: pt.colon, Text: p.src[pt.pos:textEnd]}
			if pt.colon {
				if n := p.peek(modeCmd); !endsStatement(n) && n.kind != tParam && n.kind != tRedir && n.kind != tComma {
					cp.Arg = p.cmdArg()
				}
				if cp.Arg != nil {
					cp.Stop = cp.Arg.End()
				} else {
					p.errorAt(pt.end, pt.end, "ParameterRequiresArgument", fmt.Sprintf("Parameter %s requires an argument.", p.src[pt.pos:pt.end]), p.atEnd())
				}
			}
			cmd.Args = append(cmd.Args, cp)
			continue
		}
		if t.kind == tGeneric && p.src[t.pos:t.end] == "--%" {
			// The stop-parsing token: the rest of the line (up to a '|')
			// is one verbatim argument. The token itself is an argument
			// too, which a program never sees (about_Special_Characters:
			// showArgs $HOME --% $HOME gives C:\Users\username|--%|$HOME).
			cmd.Args = append(cmd.Args, &StringConst{Span: Span{Pos(t.pos), Pos(t.end)}, Value: "--%", Kind: BareWord})
			p.advance()
			i := p.pos
			for i < len(p.src) && p.src[i] == ' ' || i < len(p.src) && p.src[i] == '\t' {
				i++
			}
			j := i
			for j < len(p.src) && p.src[j] != '\n' && p.src[j] != '\r' && p.src[j] != '|' {
				j++
			}
			k := j
			for k > i && (p.src[k-1] == ' ' || p.src[k-1] == '\t') {
				k--
			}
			cmd.Args = append(cmd.Args, &StringConst{Span: Span{Pos(i), Pos(k)}, Value: p.src[i:k], Kind: BareWord})
			p.setPos(k)
			continue
		}
		x := p.cmdArg()
		if x == nil {
			t = p.peek(modeCmd)
			p.unexpected(t)
			p.advance()
			continue
		}
		cmd.Args = append(cmd.Args, x)
	}
}

// cmdArg parses one argument: a value, or values joined by commas into an
// array (`-Type Default, WebServicesInternal`).
func (p *parser) cmdArg() Expr {
	var x Expr
	if t := p.peek(modeCmd); t.kind == tComma {
		// A comma with no argument before it.
		p.errorAt(t.pos, t.end, "MissingArgument", "Missing argument in parameter list.", false)
		p.advance()
		return p.cmdArg()
	} else if t.kind == tParam {
		// After `--`, a dash word is a plain string.
		x = &StringConst{Span: Span{Pos(t.pos), Pos(t.end)}, Value: p.src[t.pos:t.end], Kind: BareWord}
		p.advance()
	} else {
		x = p.cmdValue()
	}
	if x == nil || p.peek(modeCmd).kind != tComma {
		return x
	}
	arr := &ArrayLiteral{Elems: []Expr{x}}
	for p.peek(modeCmd).kind == tComma {
		p.advance()
		p.skipNewlines()
		y := p.cmdValue()
		if y == nil {
			if t := p.peek(modeCmd); t.kind == tParam {
				y = &StringConst{Span: Span{Pos(t.pos), Pos(t.end)}, Value: p.src[t.pos:t.end], Kind: BareWord}
				p.advance()
			} else {
				p.errorAfter("MissingExpression", "Missing expression after ',' in pipeline element.")
				break
			}
		}
		arr.Elems = append(arr.Elems, y)
	}
	arr.Span = Span{x.Pos(), arr.Elems[len(arr.Elems)-1].End()}
	return arr
}

// cmdValue parses one value in argument mode: a bare word, number, string,
// variable (with attached members and indexes), or a bracketed expression.
func (p *parser) cmdValue() Expr {
	t := p.peek(modeCmd)
	switch t.kind {
	case tNumber:
		return p.number()
	case tString, tExpStr, tGeneric, tSplat:
		x := p.nodeOf(t)
		p.advance()
		return x
	case tVariable:
		x := p.nodeOf(t)
		p.advance()
		return p.postfix(x, modeCmd)
	case tLParen, tDollarParen, tAtParen, tAtCurly, tLCurly:
		x := p.primary()
		if x == nil {
			return nil
		}
		return p.postfix(x, modeCmd)
	case tOp:
		// -$x, !$x, +$x: a unary expression.
		return p.unary()
	}
	return nil
}

// number consumes a number token and reports a constant that is not valid.
func (p *parser) number() Expr {
	t := p.tok
	p.advance()
	text := p.src[t.pos:t.end]
	if t.bad {
		p.errorAt(t.pos, t.end, "BadNumericConstant", fmt.Sprintf("The numeric constant %s is not valid.", text), false)
	}
	n := p.n.nums.new()
	*n = NumberLit{Span: Span{Pos(t.pos), Pos(t.end)}, Value: t.num, Text: text}
	return n
}

// redirections parses redirections at the current position.
func (p *parser) redirections(dst *[]*Redirection) {
	for {
		t := p.peek(modeCmd)
		if t.kind != tRedir {
			return
		}
		rt := *t
		p.advance()
		if rt.op == "<" {
			p.errorAt(rt.pos, rt.end, "RedirectionNotSupported", "The '<' operator is reserved for future use.", false)
			continue
		}
		r := &Redirection{Span: Span{Pos(rt.pos), Pos(rt.end)}, From: rt.from, Append: rt.app, To: rt.to}
		if rt.to != 0 && (rt.to != '1' || rt.from == '1') {
			// Streams merge only into the output stream (2>&1, not 1>&2 or 1>&1).
			p.errorAt(rt.pos, rt.end, "RedirectionNotSupported", fmt.Sprintf("The '%s' operator is reserved for future use.", rt.op), false)
		}
		if rt.to == 0 {
			r.Target = p.cmdValue()
			if r.Target == nil {
				p.errorAfter("MissingFileSpecification", "Missing file specification after redirection operator.")
			} else {
				r.Stop = r.Target.End()
			}
		}
		for _, o := range *dst {
			if o.From == r.From {
				p.errorAt(int(r.Start), int(r.Stop), "StreamAlreadyRedirected", fmt.Sprintf("The %s for this command is already redirected.", streamName(r.From)), false)
				break
			}
		}
		*dst = append(*dst, r)
	}
}

// streamName is PowerShell's name for a redirected stream in messages.
func streamName(from byte) string {
	switch from {
	case '*':
		return "* stream"
	case '1':
		return "output stream"
	case '2':
		return "error stream"
	case '3':
		return "warning stream"
	case '4':
		return "verbose stream"
	case '5':
		return "debug stream"
	}
	return "information stream"
}
