package syntax

import (
	"fmt"
	"strings"
)

// This file parses the type definitions of PowerShell 5 (about_Classes,
// about_Enum) and the using statement (about_Using).

// typeDefinition parses attributes written before `enum` or `class`
// ([Flags()] enum E {…}). When the attributes are followed by anything
// else it rewinds and returns nil, and the statement is parsed as usual.
func (p *parser) typeDefinition() Stmt {
	savePos, saveEnd, nerr := p.pos, p.lastEnd, len(p.errs)
	var attrs []*Attribute
	for p.peek(modeStart).kind == tLBracket {
		tn, a := p.typeOrAttribute()
		if a == nil && tn != nil {
			// [Flags] without parentheses names the attribute too.
			a = &Attribute{Span: Span{tn.Start - 1, tn.Stop + 1}, Type: tn}
		}
		if a == nil {
			break
		}
		attrs = append(attrs, a)
		p.skipNewlines()
	}
	if len(attrs) > 0 {
		switch p.word(p.peek(modeStart)) {
		case "enum":
			s := p.enumDef().(*EnumDef)
			s.Attributes = attrs
			s.Start = attrs[0].Start
			return s
		case "class":
			s := p.classDef()
			s.Attributes = attrs
			s.Start = attrs[0].Start
			return s
		}
	}
	p.pos, p.lastEnd, p.tv = savePos, saveEnd, false
	p.errs = p.errs[:nerr]
	return nil
}

// classDef parses class Name [: Base, Interface] { members }.
func (p *parser) classDef() *ClassDef {
	kwt, kw := p.kwText()
	s := &ClassDef{Span: Span{Pos(kwt.pos), 0}}
	defer func() { s.Stop = Pos(p.lastEnd) }()
	p.skipNewlines()
	t := p.peek(modeExpr)
	if t.kind != tGeneric {
		p.errorAfter("MissingNameAfterKeyword", fmt.Sprintf("Missing name after %s keyword.", kw))
		return s
	}
	s.Name = t.sval
	p.advance()
	p.skipNewlines()
	if c := p.peek(modeExpr); c.kind == tColon {
		p.advance()
		for {
			p.skipNewlines()
			i := p.skipSpaceQuiet(p.pos)
			name, end := p.typeNameAt(i)
			if name == "" {
				p.errorAfter("TypeNameExpected", "Type name expected.")
				return s
			}
			s.Bases = append(s.Bases, &TypeName{Span: Span{Pos(i), Pos(end)}, Name: name})
			p.setPos(end)
			p.skipNewlines()
			if p.peek(modeExpr).kind != tComma {
				break
			}
			p.advance()
		}
	}
	if p.peek(modeExpr).kind != tLCurly {
		p.errorAfter("MissingTypeBody", "Missing 'class' body in 'class' declaration.")
		return s
	}
	open := p.next(modeExpr)
	seen := map[string]bool{}
	for {
		p.skipSeps()
		t := p.peek(modeExpr)
		switch t.kind {
		case tRCurly:
			p.advance()
			return s
		case tEOF:
			p.errorAt(open.pos, open.end, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", true)
			return s
		}
		if !p.classMember(s, seen) {
			return s
		}
	}
}

// classMember parses one property or method of the class s. It returns
// false after an error that ends the class body.
func (p *parser) classMember(s *ClassDef, seen map[string]bool) bool {
	t := p.peek(modeExpr)
	start := t.pos
	var (
		attrs          []*Attribute
		typ            *TypeName
		static, hidden bool
	)
modifiers:
	for {
		switch {
		case t.kind == tLBracket:
			tn, a := p.typeOrAttribute()
			switch {
			case a != nil:
				attrs = append(attrs, a)
			case tn != nil:
				if typ != nil {
					p.errorAt(int(tn.Start), int(tn.Stop), "TooManyTypes", "Only one type may be specified on class members.", false)
				}
				typ = tn
			default:
				return false
			}
		case p.isWord(t, "static"):
			static = true
			p.advance()
		case p.isWord(t, "hidden"):
			hidden = true
			p.advance()
		default:
			break modifiers
		}
		p.skipNewlines()
		t = p.peek(modeExpr)
	}
	switch t.kind {
	case tVariable:
		pm := &PropertyMember{Span: Span{Pos(start), 0}, Attributes: attrs, Type: typ, Name: t.sval, Static: static, Hidden: hidden}
		p.advance()
		if a := p.peek(modeExpr); a.kind == tAssign && a.op == "=" {
			opt := *a
			p.advance()
			p.skipNewlines()
			pm.Default = p.expression()
			if pm.Default == nil {
				p.errorAt(opt.end, opt.end, "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", p.atEnd())
				return false
			}
		}
		pm.Stop = Pos(p.lastEnd)
		key := "$" + strings.ToLower(pm.Name)
		if seen[key] {
			// PSType.cs DefineProperty marks the whole property.
			p.errorAt(int(pm.Start), int(pm.Stop), "MemberAlreadyDefined", fmt.Sprintf("The member '%s' is already defined.", pm.Name), false)
		}
		seen[key] = true
		s.Properties = append(s.Properties, pm)
		return true
	case tGeneric:
		m := &MethodMember{Span: Span{Pos(start), 0}, Attributes: attrs, ReturnType: typ, Name: t.sval, Static: static, Hidden: hidden}
		m.Constructor = strings.EqualFold(m.Name, s.Name)
		nameTok := *t
		p.advance()
		p.skipNewlines()
		if p.peek(modeExpr).kind != tLParen {
			p.errorAfter("MissingMethodParameterList", "Missing '(' in class method parameter list.")
			return false
		}
		p.advance()
		m.Params = p.paramList()
		if m.Constructor && typ != nil {
			p.errorAt(int(typ.Start), int(typ.Stop), "ConstructorCantHaveReturnType", "A constructor cannot specify a return type.", false)
		}
		if m.Constructor && static && len(m.Params) > 0 {
			p.errorAt(nameTok.pos, nameTok.end, "StaticConstructorCantHaveParameters", "A static constructor cannot have any parameters.", false)
		}
		p.skipNewlines()
		if c := p.peek(modeExpr); c.kind == tColon && m.Constructor && !static {
			p.advance()
			p.skipNewlines()
			b := p.peek(modeExpr)
			if !p.isWord(b, "base") {
				p.errorAfter("MissingBaseCtorCall", "Missing 'base' after ':' in a base class constructor call.")
				return false
			}
			p.advance()
			p.skipNewlines()
			if p.peek(modeExpr).kind != tLParen {
				p.errorAfter("MissingMethodParameterList", "Missing '(' in class method parameter list.")
				return false
			}
			p.advance()
			m.BaseCall = true
			m.BaseArgs = p.callArgs()
			p.skipNewlines()
		}
		if p.peek(modeExpr).kind != tLCurly {
			p.errorAfter("MissingFunctionBody", "Missing function body in function declaration.")
			return false
		}
		nerr := len(p.errs)
		m.Body = p.block()
		m.Stop = Pos(p.lastEnd)
		if len(p.errs) == nerr {
			// Only a complete body is checked: input cut short may
			// still bring the value a return needs.
			p.checkMethodReturns(m)
		}
		// Overloads differ in their parameter types (about_Classes_Methods).
		var sig []string
		for _, prm := range m.Params {
			t := "object"
			if len(prm.Types) > 0 {
				t = prm.Types[len(prm.Types)-1].Name
			}
			sig = append(sig, t)
		}
		key := strings.ToLower(m.Name + "(" + strings.Join(sig, ",") + ")")
		if static {
			key = "static " + key
		}
		if seen[key] {
			p.errorAt(nameTok.pos, nameTok.end, "MemberAlreadyDefined", fmt.Sprintf("The member '%s' is already defined.", m.Name), false)
		}
		seen[key] = true
		s.Methods = append(s.Methods, m)
		return true
	}
	p.errorAt(t.pos, t.pos, "IncompleteMemberDefinition", "Missing a property name or method definition.", t.kind == tEOF)
	return false
}

// usingStmt parses using namespace|module|assembly Name. It must come
// before any other statement of the script.
func (p *parser) usingStmt() Stmt {
	kwt, _ := p.kwText()
	s := &UsingStmt{Span: Span{Pos(kwt.pos), 0}}
	defer func() {
		s.Stop = Pos(p.lastEnd)
		p.usingEnd = p.lastEnd
	}()
	if !p.onlyUsingBefore(kwt.pos) {
		p.errorAt(kwt.pos, kwt.end, "UsingMustBeAtStartOfScript", "A 'using' statement must appear before any other statements in a script.", false)
	}
	t := p.peek(modeCmd)
	if t.kind != tGeneric {
		p.errorAfter("MissingUsingStatementDirective", "Missing using directive")
		return s
	}
	kind := strings.ToLower(p.src[t.pos:t.end])
	switch kind {
	case "namespace", "module", "assembly":
	default:
		p.errorAt(t.pos, t.end, "UsingStatementNotSupported", "This syntax of the 'using' statement is not supported.", false)
		return s
	}
	s.Kind = kind
	p.advance()
	n := p.peek(modeCmd)
	if endsStatement(n) {
		p.errorAfter("MissingUsingItemName", "Missing using name")
		return s
	}
	switch x := p.cmdValue().(type) {
	case *StringConst:
		s.Name = x.Value
	case nil:
		p.errorAfter("MissingUsingItemName", "Missing using name")
	default:
		s.Name = p.src[x.Pos():x.End()]
	}
	return s
}

// onlyUsingBefore reports whether nothing but white space, comments,
// separators and earlier using statements precede offset at.
func (p *parser) onlyUsingBefore(at int) bool {
	i := p.usingEnd
	for {
		i = p.skipSpaceQuiet(i)
		if i < at && (p.src[i] == '\n' || p.src[i] == '\r' || p.src[i] == ';') {
			i++
			continue
		}
		return i == at
	}
}

// checkMethodReturns reports the return statements a method's output
// type rules out (PowerShell's semantic checks): a value returned from a
// void method or constructor, and a bare return from a method that must
// return a value. Script blocks and functions inside the body have their
// own return.
func (p *parser) checkMethodReturns(m *MethodMember) {
	void := m.Constructor || m.ReturnType == nil || strings.EqualFold(m.ReturnType.Name, "void") || strings.EqualFold(m.ReturnType.Name, "System.Void")
	var walk func(stmts []Stmt)
	block := func(b *Block) {
		if b != nil {
			walk(b.Stmts)
		}
	}
	walk = func(stmts []Stmt) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *ReturnStmt:
				switch {
				case void && s.Value != nil:
					p.errorAt(int(s.Start), int(s.Stop), "VoidMethodHasReturn", "Invalid return statement within void method.", false)
				case !void && s.Value == nil:
					p.errorAt(int(s.Start), int(s.Stop), "NonVoidMethodMissingReturnValue", "Invalid return statement within non-void method.", false)
				}
			case *IfStmt:
				for _, c := range s.Clauses {
					block(c.Body)
				}
				block(s.Else)
			case *SwitchStmt:
				for _, c := range s.Clauses {
					block(c.Body)
				}
				block(s.Default)
			case *ForEachStmt:
				block(s.Body)
			case *ForStmt:
				block(s.Body)
			case *WhileStmt:
				block(s.Body)
			case *DoStmt:
				block(s.Body)
			case *TryStmt:
				block(s.Body)
				for _, c := range s.Catches {
					block(c.Body)
				}
				block(s.Finally)
			case *TrapStmt:
				block(s.Body)
			case *BlockStmt:
				block(s.Body)
			}
		}
	}
	if m.Body != nil {
		walk(m.Body.Stmts)
		for _, t := range m.Body.Traps {
			block(t.Body)
		}
	}
}
