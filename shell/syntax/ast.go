package syntax

// This file is the contract between the parser and the interpreter: the
// parser builds these nodes, shell/interp compiles them. Every node knows
// its span as byte offsets into the source (see File.Position).

// Node is any syntax tree node.
type Node interface {
	Pos() Pos // offset of the node's first byte
	End() Pos // offset just past the node's last byte
}

// Span is embedded in every node and carries its extent.
type Span struct {
	Start, Stop Pos
}

// Pos returns the offset of the first byte.
func (s Span) Pos() Pos { return s.Start }

// End returns the offset just past the last byte.
func (s Span) End() Pos { return s.Stop }

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ---------------------------------------------------------------------------
// Script blocks, functions and parameters

// ScriptBlock is a whole script file, the body of a function, or a `{ … }`
// literal. A body without named blocks has its statements in End (or in
// Process for a filter), with End.Unnamed set.
type ScriptBlock struct {
	Span
	File       *File
	Attributes []*Attribute // attributes before param(), e.g. [CmdletBinding()]
	Param      *ParamBlock  // nil when there is no param() block
	Begin      *NamedBlock
	Process    *NamedBlock
	End        *NamedBlock
	// DynamicParam is the dynamicparam block (parsed, rarely used).
	DynamicParam *NamedBlock
	// Text is the source between the braces (for a literal or a function
	// body) or the whole script: what $sb.ToString() returns.
	Text string
}

// NamedBlock is a begin, process or end block (or the unnamed body).
type NamedBlock struct {
	Span
	Unnamed bool
	Stmts   []Stmt
	Traps   []*TrapStmt // traps are hoisted to the block that contains them
}

// ParamBlock is `param(…)` with any attributes written before it.
type ParamBlock struct {
	Span
	Attributes []*Attribute // e.g. [CmdletBinding()] written before param
	Params     []*Parameter
}

// Parameter is one parameter of a param block or of the parenthesised
// parameter list of a function.
type Parameter struct {
	Span
	Attributes []*Attribute // [Parameter(...)], [Alias(...)], [ValidateSet(...)], ...
	Types      []*TypeName  // type constraints such as [string] or [switch], outermost first
	Name       *VariableExpr
	Default    Expr // nil when there is none
}

// Attribute is `[Name(args)]`, where args are positional expressions and
// Name=value pairs. A bare `[Parameter(Mandatory)]` argument has Value nil,
// which means $true.
type Attribute struct {
	Span
	Type       *TypeName
	Positional []Expr
	Named      []*NamedArg
}

// NamedArg is `Name = value` inside an attribute.
type NamedArg struct {
	Span
	Name  string
	Value Expr // nil means $true
}

// TypeName is the text inside `[…]`, e.g. "int", "System.IO.Path",
// "System.Collections.Generic.List[string]", "string[]".
type TypeName struct {
	Span
	Name string
}

// ---------------------------------------------------------------------------
// Statements

// Pipeline is one or more commands joined by `|`. Its first element may be
// an expression (CommandExpr). Chains (`&&`, `||`) are in ChainStmt.
type Pipeline struct {
	Span
	Elements   []PipelineElement
	Background bool // trailing `&`
}

// PipelineElement is a Command or a CommandExpr.
type PipelineElement interface {
	Node
	elementNode()
}

// Command is a command invocation: a name (or an expression after & or .)
// and its elements, in the order written.
type Command struct {
	Span
	// Invoke is "" for a plain command, "&" for the call operator, "." for
	// dot-sourcing.
	Invoke string
	// Name is the first element: a *StringConst (bare word such as
	// Get-CsCertificate, or a quoted string) or any expression after & or .
	Name         Expr
	Args         []CommandElement
	Redirections []*Redirection
}

// CommandElement is a *CommandParameter or an argument expression.
type CommandElement interface {
	Node
}

// CommandParameter is `-Name` or `-Name:value` in argument mode. The
// parser never attaches a following argument to a parameter without a
// colon: that pairing is the binder's job (it knows which are switches).
type CommandParameter struct {
	Span
	Name  string // without the dash, as written (case kept)
	Arg   Expr   // value after the colon, or nil
	Colon bool   // written with a trailing colon
	// Text is the token as written, e.g. "-Type" (for messages and for
	// binding as a plain string after `--`).
	Text string
}

// CommandExpr is an expression used as the first element of a pipeline,
// e.g. `1..10 | …` or just `$x`.
type CommandExpr struct {
	Span
	X            Expr
	Redirections []*Redirection
}

// Redirection is `>file`, `>>file`, `2>&1`, `*>$null` and so on.
type Redirection struct {
	Span
	From   byte // '1'..'6' or '*'
	Append bool
	// To is the target stream for a merge ('1'), or 0 for a file.
	To     byte
	Target Expr // file name expression when To == 0
}

// ChainStmt is `a && b` or `a || b` (PowerShell 7 pipeline chains).
type ChainStmt struct {
	Span
	Left  Stmt   // *Pipeline or *ChainStmt
	Op    string // "&&" or "||"
	Right *Pipeline
}

// AssignStmt is `$x = …`, `$a, $b = …`, `$h.k += …`, `$a[1] -= …`.
type AssignStmt struct {
	Span
	Left  Expr   // VariableExpr, MemberExpr, IndexExpr, ConvertExpr ([int]$x), or ArrayLiteral of those
	Op    string // "=", "+=", "-=", "*=", "/=", "%=", "??="
	OpPos Pos
	Right Stmt // a pipeline, another assignment, or a statement such as if/switch/foreach
}

// IfStmt is if/elseif/else.
type IfStmt struct {
	Span
	Clauses []*IfClause
	Else    *Block
}

// IfClause is one condition and its body.
type IfClause struct {
	Cond Stmt // a pipeline (possibly an assignment)
	Body *Block
}

// Block is a `{ … }` statement block (not a script block literal).
type Block struct {
	Span
	Stmts []Stmt
	Traps []*TrapStmt
}

// SwitchStmt is the switch statement.
type SwitchStmt struct {
	Span
	Label         string
	Regex         bool
	Wildcard      bool
	Exact         bool
	CaseSensitive bool
	File          bool // -File: Cond is the path
	Cond          Stmt
	Clauses       []*SwitchClause
	Default       *Block
}

// SwitchClause is one `pattern { body }`; the pattern is a constant, a
// bare word (StringConst), or a script block (ScriptBlockExpr) to evaluate.
type SwitchClause struct {
	Pattern Expr
	Body    *Block
}

// ForEachStmt is foreach ($v in …) { … }.
type ForEachStmt struct {
	Span
	Label string
	Var   *VariableExpr
	In    Stmt
	Body  *Block
}

// ForStmt is for (init; cond; iter) { … }; any part may be nil.
type ForStmt struct {
	Span
	Label string
	Init  Stmt
	Cond  Stmt
	Iter  Stmt
	Body  *Block
}

// WhileStmt is while (cond) { … }.
type WhileStmt struct {
	Span
	Label string
	Cond  Stmt
	Body  *Block
}

// DoStmt is do { … } while (cond) and do { … } until (cond).
type DoStmt struct {
	Span
	Label string
	Body  *Block
	Cond  Stmt
	Until bool
}

// BreakStmt is break [label].
type BreakStmt struct {
	Span
	Label Expr // nil, or a StringConst / expression
}

// ContinueStmt is continue [label].
type ContinueStmt struct {
	Span
	Label Expr
}

// ReturnStmt is return [pipeline].
type ReturnStmt struct {
	Span
	Value Stmt // nil when bare
}

// ExitStmt is exit [code].
type ExitStmt struct {
	Span
	Value Stmt
}

// ThrowStmt is throw [value].
type ThrowStmt struct {
	Span
	Value Stmt
}

// TryStmt is try/catch/finally.
type TryStmt struct {
	Span
	Body    *Block
	Catches []*CatchClause
	Finally *Block
}

// CatchClause is catch [Type1], [Type2] { … }; no types catches all.
type CatchClause struct {
	Span
	Types []*TypeName
	Body  *Block
}

// TrapStmt is trap [Type] { … }.
type TrapStmt struct {
	Span
	Type *TypeName // nil traps everything
	Body *Block
}

// FunctionDef is function/filter Name [(params)] { … }.
type FunctionDef struct {
	Span
	Name     string
	IsFilter bool
	Params   []*Parameter // the parenthesised form; nil when absent
	Body     *ScriptBlock
}

// EnumDef is enum Name { A; B = 3 }.
type EnumDef struct {
	Span
	Name    string
	Members []*EnumMember
	// Attributes are those written before the keyword, e.g. [Flags()].
	Attributes []*Attribute
}

// EnumMember is one enum name with an optional value.
type EnumMember struct {
	Span
	Name  string
	Value Expr
}

// ClassDef is class Name [: Base [, Interface …]] { members } (about_Classes).
type ClassDef struct {
	Span
	Attributes []*Attribute // written before the keyword
	Name       string
	// Bases are the type names after ':' in the order written: the base
	// class (if any) first, then interfaces.
	Bases      []*TypeName
	Properties []*PropertyMember
	Methods    []*MethodMember // methods and constructors, in source order
}

// PropertyMember is `[hidden] [static] [type] $Name [= value]` in a class.
type PropertyMember struct {
	Span
	Attributes []*Attribute // validation attributes such as [ValidateNotNullOrEmpty()]
	Type       *TypeName    // nil means [object]
	Name       string
	Static     bool
	Hidden     bool
	Default    Expr // nil when there is no initializer
}

// MethodMember is a method `[static] [hidden] [type] Name(params) { body }`
// or a constructor `Name(params) [: base(args)] { body }` of a class.
type MethodMember struct {
	Span
	Attributes  []*Attribute
	ReturnType  *TypeName // nil means [object] for a method; always nil for a constructor
	Name        string
	Static      bool
	Hidden      bool
	Constructor bool // the name is the class's name
	Params      []*Parameter
	// BaseCall is set for `: base(args)`; BaseArgs holds the arguments.
	BaseCall bool
	BaseArgs []Expr
	Body     *Block
}

// UsingStmt is `using namespace N`, `using module M` or `using assembly A`.
type UsingStmt struct {
	Span
	Kind string // "namespace", "module" or "assembly" (lower case)
	Name string // the name or path as written (quotes removed)
}

// BlockStmt is a bare statement block used where PowerShell allows one
// (rare; kept for completeness).
type BlockStmt struct {
	Span
	Body *Block
}

func (*Pipeline) stmtNode()     {}
func (*ChainStmt) stmtNode()    {}
func (*AssignStmt) stmtNode()   {}
func (*IfStmt) stmtNode()       {}
func (*SwitchStmt) stmtNode()   {}
func (*ForEachStmt) stmtNode()  {}
func (*ForStmt) stmtNode()      {}
func (*WhileStmt) stmtNode()    {}
func (*DoStmt) stmtNode()       {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()   {}
func (*ExitStmt) stmtNode()     {}
func (*ThrowStmt) stmtNode()    {}
func (*TryStmt) stmtNode()      {}
func (*TrapStmt) stmtNode()     {}
func (*FunctionDef) stmtNode()  {}
func (*EnumDef) stmtNode()      {}
func (*ClassDef) stmtNode()     {}
func (*UsingStmt) stmtNode()    {}
func (*BlockStmt) stmtNode()    {}

func (*Command) elementNode()     {}
func (*CommandExpr) elementNode() {}

// ---------------------------------------------------------------------------
// Expressions

// BinaryExpr is `X op Y`. Op is the canonical operator text in lower case:
// "+", "-", "*", "/", "%", "..", "-f", "-eq", "-ceq", "-ieq" (normalised to
// "-eq"), "-like", "-match", "-replace", "-split", "-join", "-is", "-as",
// "-and", "-or", "-xor", "-band", "-shl", "??", "-contains", "-in" …
// Case-sensitive forms keep their "c" ("-ceq"); "-i" forms are normalised
// to the plain operator.
type BinaryExpr struct {
	Span
	Op    string
	OpPos Pos
	X, Y  Expr
}

// UnaryExpr is a prefix or postfix operator: "-not", "!", "-bnot", "-",
// "+", "++", "--", "-split", "-join", "," (unary comma).
type UnaryExpr struct {
	Span
	Op      string
	X       Expr
	Postfix bool // $i++ / $i--
}

// ConvertExpr is a cast: [int]$x, [ordered]@{…}, [pscustomobject]@{…}.
// Attribute casts in a param list are not ConvertExprs.
type ConvertExpr struct {
	Span
	Type *TypeName
	X    Expr
	// Attributes are the attributes written before the type of a
	// variable being declared, [ValidateRange(0,10)][int]$n = 5; the
	// variable keeps them. Type is System.Object when only attributes
	// were written ([ValidateNotNull()]$x = 1).
	Attributes []*Attribute
}

// TypeExpr is a type literal on its own: [int], [math] (before ::).
type TypeExpr struct {
	Span
	Type *TypeName
}

// NumberLit is a numeric literal, already converted to its .NET-typed Go
// value (int32, int64, float64, object.Decimal, uint32, …) by the lexer.
type NumberLit struct {
	Span
	Value any
	Text  string
}

// StringConst is a string without expansion: a single-quoted string, a
// single-quoted here-string, or a bare word in argument mode.
type StringConst struct {
	Span
	Value string
	Kind  StringKind
}

// StringKind says how a string was written.
type StringKind int

// The string kinds. They are kept in the tree because meaning depends on
// them: a bare word in command position names a command where a quoted
// string is a value, and only the double-quoted kinds expand.
const (
	BareWord StringKind = iota
	SingleQuoted
	DoubleQuoted
	SingleHereString
	DoubleHereString
)

// ExpandableString is a double-quoted string or here-string (or a bare word
// such as a$x in argument mode) with $var / $(…) parts. Parts alternate
// freely between *StringConst (literal text, escapes already applied) and
// expressions (VariableExpr, SubExpr, MemberExpr for "$($x.y)" …).
type ExpandableString struct {
	Span
	Parts []Expr
	Kind  StringKind
	Raw   string // the text as written, without quotes
}

// VariableExpr is $name, ${name}, $global:name, $env:PATH, @name (splat).
type VariableExpr struct {
	Span
	// Scope is "" or a lower-case qualifier: "global", "script", "local",
	// "private", "env", "variable", "function", or a drive name.
	Scope string
	Name  string // without $ and scope; "_" for $_, "?" for $?
	Splat bool   // written as @name
}

// MemberExpr is X.Name, X::Name, X?.Name; Name is a *StringConst for a
// plain name or any expression for X.$name / X.("a"+"b").
type MemberExpr struct {
	Span
	X        Expr
	Name     Expr
	Static   bool
	NullCond bool
}

// InvokeMemberExpr is X.Method(args) or X::Method(args).
type InvokeMemberExpr struct {
	Span
	X        Expr
	Name     Expr
	Args     []Expr
	Static   bool
	NullCond bool
	// GenericArgs are the type arguments of a generic method call,
	// X.Method[T1,T2](args) (PowerShell 7.3 syntax); nil otherwise.
	GenericArgs []*TypeName
}

// IndexExpr is X[index]; Index may be an ArrayLiteral for slices.
type IndexExpr struct {
	Span
	X        Expr
	Index    Expr
	NullCond bool
}

// ArrayLiteral is a comma list: 1, 2, 3.
type ArrayLiteral struct {
	Span
	Elems []Expr
}

// ArrayExpr is @( … ).
type ArrayExpr struct {
	Span
	Stmts []Stmt
}

// SubExpr is $( … ).
type SubExpr struct {
	Span
	Stmts []Stmt
}

// ParenExpr is ( pipeline ) — also ( $x = 1 ).
type ParenExpr struct {
	Span
	X Stmt
}

// HashtableExpr is @{ k = v; … } in the order written.
type HashtableExpr struct {
	Span
	Pairs []*HashPair
}

// HashPair is one key = value of a hashtable literal.
type HashPair struct {
	Key   Expr // a StringConst for a bare key, or an expression
	Value Stmt
}

// ScriptBlockExpr is a `{ … }` literal.
type ScriptBlockExpr struct {
	Span
	Block *ScriptBlock
}

// TernaryExpr is cond ? a : b (PowerShell 7).
type TernaryExpr struct {
	Span
	Cond, Then, Else Expr
}

// ParamExprMarker: none. Attributed expressions outside param blocks are
// written as ConvertExpr.

func (*BinaryExpr) exprNode()       {}
func (*UnaryExpr) exprNode()        {}
func (*ConvertExpr) exprNode()      {}
func (*TypeExpr) exprNode()         {}
func (*NumberLit) exprNode()        {}
func (*StringConst) exprNode()      {}
func (*ExpandableString) exprNode() {}
func (*VariableExpr) exprNode()     {}
func (*MemberExpr) exprNode()       {}
func (*InvokeMemberExpr) exprNode() {}
func (*IndexExpr) exprNode()        {}
func (*ArrayLiteral) exprNode()     {}
func (*ArrayExpr) exprNode()        {}
func (*SubExpr) exprNode()          {}
func (*ParenExpr) exprNode()        {}
func (*HashtableExpr) exprNode()    {}
func (*ScriptBlockExpr) exprNode()  {}
func (*TernaryExpr) exprNode()      {}
