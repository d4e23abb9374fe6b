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
	node  Expr   // ready-made node for strings, variables and bare words
	colon bool   // parameter written with a trailing colon
	from  byte   // redirection source stream
	to    byte   // redirection merge target
	app   bool   // redirection appends
	bad   bool   // number token that is not valid
}

// stringKind reports whether a token is lexed the same way in every mode.
func (k tkind) modeFree() bool {
	return k == tString || k == tExpStr
}
