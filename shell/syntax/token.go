package syntax

// tkind is the kind of a lexed token.
type tkind uint8

const (
	tEOF tkind = iota
	tNewline
	tSemi
	tPipe
	tAmp
	tAndAnd
	tOrOr
	tLParen
	tRParen
	tLCurly
	tRCurly
	tLBracket
	tRBracket
	tAtParen
	tAtCurly
	tDollarParen
	tComma
	tDot
	tColonColon
	tColon
	tAssign // op holds "=", "+=", …
	tOp     // op holds the canonical operator
	tNumber
	tVariable
	tSplat
	tString // single-quoted string or here-string (value in sval)
	tExpStr // double-quoted string or here-string (parts)
	tGeneric
	tParam
	tRedir
	tLabel
	tBad // a character that starts no token
)

// mode is the lexer mode the parser asks for.
type mode uint8

const (
	modeExpr  mode = iota // expression mode: -eq is an operator, 1/2 divides
	modeCmd               // argument mode: bare words are strings, -x is a parameter
	modeStart             // start of a statement: keywords, command names, expressions
)

// token is one lexed token. Text and string values are slices of the
// source when no processing was needed, so most tokens allocate nothing.
type token struct {
	kind  tkind
	pos   int
	end   int
	op    string // operator / assignment canonical text, keyword, redirection
	sval  string // processed string value; parameter name; label; variable name
	scope string // variable scope
	num   any    // number value
	node  Expr   // node built by the lexer (strings, expandable bare words); see nodeOf
	colon bool   // parameter written with a trailing colon
	from  byte   // redirection source stream
	to    byte   // redirection merge target
	app   bool   // redirection appends
	bad   bool   // number token that is not valid
}

// nodeOf returns the node of a value token, building it on first use so
// that tokens lexed and then rescanned in another mode allocate nothing.
func (p *parser) nodeOf(t *token) Expr {
	if t.node != nil {
		return t.node
	}
	sp := Span{Pos(t.pos), Pos(t.end)}
	switch t.kind {
	case tVariable, tSplat:
		v := p.n.vars.new()
		*v = VariableExpr{Span: sp, Scope: t.scope, Name: t.sval, Splat: t.kind == tSplat}
		t.node = v
	case tGeneric:
		s := p.n.strs.new()
		*s = StringConst{Span: sp, Value: t.sval, Kind: BareWord}
		t.node = s
	}
	return t.node
}

// modeFree reports whether a token is lexed the same way in every mode.
func (k tkind) modeFree() bool {
	return k == tString || k == tExpStr
}
