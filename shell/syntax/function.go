package syntax

import (
	"fmt"
	"strings"
)

// functionDef parses function/filter Name [(params)] { body }.
func (p *parser) functionDef() Stmt {
	kwt, kw := p.kwText()
	lkw := strings.ToLower(kw)
	fd := p.n.funcs.new()
	*fd = FunctionDef{Span: Span{Pos(kwt.pos), 0}, IsFilter: lkw == "filter"}
	defer func() { fd.Stop = Pos(p.lastEnd) }()
	p.skipNewlines()
	t := p.peek(modeCmd)
	switch t.kind {
	case tGeneric, tString, tExpStr:
		if sc, ok := p.nodeOf(t).(*StringConst); ok {
			fd.Name = sc.Value
		} else {
			fd.Name = p.src[t.pos:t.end]
		}
		p.advance()
	default:
		p.errorAfter("MissingNameAfterKeyword", fmt.Sprintf("Missing name after %s keyword.", kw))
		return fd
	}
	p.skipNewlines()
	if p.peek(modeExpr).kind == tLParen {
		p.advance()
		fd.Params = p.paramList()
		if fd.Params == nil {
			fd.Params = []*Parameter{}
		}
		p.skipNewlines()
	}
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingFunctionBody", "Missing function body in function declaration.")
		return fd
	}
	open := p.next(modeExpr)
	fd.Body = p.braceBody(open)
	if fd.Params != nil && fd.Body.Param != nil {
		pb := fd.Body.Param
		p.errorAt(int(pb.Start), int(pb.Stop), "OnlyOneParameterListAllowed", "The param statement cannot be used if arguments were specified in the function declaration.", false)
	}
	if fd.IsFilter && fd.Body.End != nil && fd.Body.End.Unnamed {
		fd.Body.Process, fd.Body.End = fd.Body.End, nil
	}
	return fd
}

// tryParamBlock parses attributes and a param(…) block at the start of a
// script body; when no param block follows, it rewinds and returns nil.
func (p *parser) tryParamBlock() ([]*Attribute, *ParamBlock) {
	t := p.peek(modeStart)
	if t.kind != tLBracket && p.word(t) != "param" {
		return nil, nil
	}
	savePos, saveEnd, nerr := p.pos, p.lastEnd, len(p.errs)
	var attrs []*Attribute
	start := t.pos
	for p.peek(modeStart).kind == tLBracket {
		tn, a := p.typeOrAttribute()
		if a == nil {
			if tn != nil {
				// A type constraint: not an attribute list before param.
				break
			}
			break
		}
		attrs = append(attrs, a)
		p.skipNewlines()
	}
	t = p.peek(modeStart)
	if p.word(t) == "param" {
		kw := *t
		p.advance()
		p.skipNewlines()
		if p.peek(modeExpr).kind == tLParen {
			p.advance()
			pb := &ParamBlock{Attributes: attrs}
			pb.Params = p.paramList()
			pb.Span = Span{Pos(start), Pos(p.lastEnd)}
			return attrs, pb
		}
		if p.atEnd() {
			p.errorAfter("MissingOpenParenthesisAfterKeyword", fmt.Sprintf("Missing opening '(' after keyword '%s'.", p.src[kw.pos:kw.end]))
			return attrs, &ParamBlock{Span: Span{Pos(start), Pos(p.lastEnd)}, Attributes: attrs}
		}
	}
	p.pos, p.lastEnd, p.tv = savePos, saveEnd, false
	p.errs = p.errs[:nerr]
	return nil, nil
}

// paramList parses parameters after '(' up to and including ')'.
func (p *parser) paramList() []*Parameter {
	var params []*Parameter
	for {
		p.skipNewlines()
		t := p.peek(modeExpr)
		if t.kind == tRParen {
			p.advance()
			return params
		}
		prm := p.n.params.new()
		prm.Span = Span{Pos(t.pos), 0}
		for t.kind == tLBracket {
			tn, a := p.typeOrAttribute()
			switch {
			case a != nil:
				prm.Attributes = append(prm.Attributes, a)
			case tn != nil:
				prm.Types = append(prm.Types, tn)
			default:
				return params
			}
			p.skipNewlines()
			t = p.peek(modeExpr)
		}
		if t.kind == tSplat {
			p.splatNotPermitted(t)
			t.kind = tVariable
		}
		if t.kind != tVariable {
			if t.kind == tEOF || t.kind == tRCurly || t.kind == tLCurly {
				p.errorAfter("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.")
				return params
			}
			p.errorAt(t.pos, t.end, "InvalidFunctionParameter", "Parameter declarations are a comma-separated list of variable names with optional initializer expressions.", false)
			p.skipToParen()
			return params
		}
		prm.Name = p.nodeOf(t).(*VariableExpr)
		p.advance()
		if a := p.peek(modeExpr); a.kind == tAssign && a.op == "=" {
			opt := *a
			p.advance()
			p.skipNewlines()
			prm.Default = p.exprNoComma()
			if prm.Default == nil {
				p.errorAt(opt.end, opt.end, "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", p.atEnd())
				return params
			}
		}
		prm.Stop = Pos(p.lastEnd)
		for _, q := range params {
			if strings.EqualFold(q.Name.Name, prm.Name.Name) {
				p.errorAt(int(prm.Name.Start), int(prm.Name.Stop), "DuplicateFormalParameter", fmt.Sprintf("Duplicate parameter $%s in parameter list.", prm.Name.Name), false)
				break
			}
		}
		params = append(params, prm)
		p.skipNewlines()
		t = p.peek(modeExpr)
		switch t.kind {
		case tComma:
			p.advance()
			continue
		case tRParen:
			p.advance()
			return params
		}
		p.errorAfter("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.")
		return params
	}
}

// skipToParen skips tokens up to and including the next ')' (recovery).
func (p *parser) skipToParen() {
	for {
		t := p.peek(modeExpr)
		switch t.kind {
		case tEOF:
			return
		case tRParen:
			p.advance()
			return
		}
		p.advance()
	}
}

// typeLiteral parses `[type]` (no attribute arguments allowed).
func (p *parser) typeLiteral() *TypeName {
	tn, a := p.typeOrAttribute()
	if a != nil {
		return a.Type
	}
	return tn
}

// typeOrAttribute parses `[Name]` (a type) or `[Name(args)]` (an
// attribute); the current token is '['. It returns nil, nil after an error.
func (p *parser) typeOrAttribute() (*TypeName, *Attribute) {
	open := p.next(modeExpr)
	i := p.skipSpaceQuiet(p.pos)
	name, end := p.typeNameAt(i)
	if name == "" {
		p.setPos(i)
		p.lastEnd = open.end
		p.errorAt(open.end, open.end, "MissingTypename", "Missing type name after '['.", p.atEnd())
		return nil, nil
	}
	tn := &TypeName{Span: Span{Pos(i), Pos(end)}, Name: name}
	p.setPos(end)
	var attr *Attribute
	j := p.skipSpaceQuiet(p.pos)
	if j < len(p.src) && p.src[j] == '(' {
		p.setPos(j + 1)
		attr = &Attribute{Type: tn}
		if !p.attributeArgs(attr) {
			return nil, nil
		}
		j = p.skipSpaceQuiet(p.pos)
	}
	if j >= len(p.src) || p.src[j] != ']' {
		if attr != nil {
			p.errorAfter("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.")
		} else {
			p.errorAfter("EndSquareBracketExpectedAtEndOfType", "Missing ] at end of type token.")
		}
		return nil, nil
	}
	p.setPos(j + 1)
	if attr != nil {
		attr.Span = Span{Pos(open.pos), Pos(j + 1)}
		return nil, attr
	}
	return tn, nil
}

// typeNameAt reads a type name at i: a dotted name with generic
// arguments and array ranks, e.g. System.Collections.Generic.List[string]
// or string[]. It returns the name without white space, and its end.
func (p *parser) typeNameAt(i int) (string, int) {
	src := p.src
	j := i
	for j < len(src) {
		r, w := p.runeAt(j)
		if isIdentFollow(r) || r == '.' || r == '`' || r == '+' || r == '#' {
			j += w
			continue
		}
		break
	}
	if j == i {
		return "", i
	}
	spaced := false
	for {
		if j < len(src) && src[j] != '[' {
			// [string []]: white space may come before an array rank
			// (about_Assignment_Operators).
			k := p.skipSpaceQuiet(j)
			if k == j || k >= len(src) || src[k] != '[' {
				break
			}
			if r := p.skipSpaceQuiet(k + 1); r >= len(src) || src[r] != ']' && src[r] != ',' {
				break
			}
			j, spaced = k, true
		}
		if j >= len(src) || src[j] != '[' {
			break
		}
		k := p.skipSpaceQuiet(j + 1)
		if k < len(src) && (src[k] == ']' || src[k] == ',') {
			// Array rank: [] or [,].
			for k < len(src) && (src[k] == ',' || src[k] == ' ') {
				k++
			}
			if k >= len(src) || src[k] != ']' {
				return src[i:j], j
			}
			j = k + 1
			continue
		}
		// Generic arguments.
		ok := false
		for {
			k = p.skipSpaceQuiet(k)
			if k < len(src) && src[k] == '[' {
				// [[T, Assembly]] form
				_, e := p.typeNameAt(p.skipSpaceQuiet(k + 1))
				e = p.skipSpaceQuiet(e)
				for e < len(src) && src[e] != ']' && src[e] != '\n' {
					e++
				}
				k = e + 1
			} else {
				arg, e := p.typeNameAt(k)
				if arg == "" {
					break
				}
				k = e
			}
			k2 := p.skipSpaceQuiet(k)
			if k2 != k {
				spaced = true
			}
			k = k2
			if k < len(src) && src[k] == ',' {
				k++
				spaced = true
				continue
			}
			if k < len(src) && src[k] == ']' {
				ok = true
				k++
			}
			break
		}
		if !ok {
			return src[i:j], j
		}
		j = k
	}
	name := src[i:j]
	if spaced {
		// [Dictionary[string, int]] names the same type as [Dictionary[string,int]].
		name = strings.Join(strings.Fields(name), "")
	}
	return name, j
}

// attributeArgs parses attribute arguments after '(' up to and including
// ')': positional expressions and Name = value / bare Name pairs.
func (p *parser) attributeArgs(a *Attribute) bool {
	for {
		p.skipNewlines()
		t := p.peek(modeExpr)
		if t.kind == tRParen {
			p.advance()
			return true
		}
		if t.kind == tGeneric {
			na := &NamedArg{Span: Span{Pos(t.pos), Pos(t.end)}, Name: t.sval}
			p.advance()
			j := p.skipSpaceQuiet(p.pos)
			if j < len(p.src) && p.src[j] == '=' {
				p.setPos(j + 1)
				p.skipNewlines()
				na.Value = p.exprNoComma()
				if na.Value == nil {
					p.errorAfter("MissingExpressionInNamedArgument", "Missing statement after '=' in named argument.")
					return false
				}
				na.Stop = na.Value.End()
			}
			a.Named = append(a.Named, na)
		} else {
			x := p.exprNoComma()
			if x == nil {
				p.errorAfter("MissingEndParenthesisInExpression", "Missing closing ')' in expression.")
				return false
			}
			a.Positional = append(a.Positional, x)
		}
		p.skipNewlines()
		t = p.peek(modeExpr)
		switch t.kind {
		case tComma:
			p.advance()
			continue
		case tRParen:
			p.advance()
			return true
		}
		p.errorAfter("MissingEndParenthesisInExpression", "Missing closing ')' in expression.")
		return false
	}
}
