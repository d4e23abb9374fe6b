package syntax

// withAttribute records attr on the variable declaration x:
// [ValidateRange(0,10)][int]$n keeps ValidateRange on the ConvertExpr,
// and [ValidateNotNull()]$x becomes one to [System.Object].
func withAttribute(attr *Attribute, x Expr) Expr {
	switch t := x.(type) {
	case *ConvertExpr:
		t.Attributes = append([]*Attribute{attr}, t.Attributes...)
		t.Span.Start = attr.Pos()
		return t
	case *VariableExpr:
		return &ConvertExpr{Span: Span{attr.Pos(), t.End()}, Type: &TypeName{Span: attr.Span, Name: "System.Object"}, X: t, Attributes: []*Attribute{attr}}
	}
	return x
}

// attributeContinues reports whether, after the newlines at the current
// position, the declaration goes on with another attribute, a type or
// the variable itself.
func (p *parser) attributeContinues() bool {
	i := p.afterLines()
	return i < len(p.src) && (p.src[i] == '[' || p.src[i] == '$')
}
