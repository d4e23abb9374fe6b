// Package ops implements PowerShell's operators as pure functions on
// values of the shared value model (pipeline/object): the interpreter
// compiles each operator once to a Func and calls it with evaluated
// operands. Short-circuiting (-and, -or, ??) and assignment are the
// interpreter's job; everything that depends only on the operand values
// lives here, so that cmdlets such as Where-Object and Sort-Object get the
// same semantics.
package ops

import (
	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// Env is what an operator may need from the running script: where
// -match puts $Matches, the $OFS separator for array-to-string
// conversion, and a way to run the script block given to -replace or
// -split.
type Env interface {
	SetMatches(m *object.Hashtable)
	OFS() string
	InvokeScriptBlock(sb object.ScriptBlock, dollarUnder any) (any, error)
}

// Func is a compiled binary operator.
type Func func(x, y any, env Env) (any, error)

// UnaryFunc is a compiled unary operator.
type UnaryFunc func(x any, env Env) (any, error)

// binaryOps maps the canonical operator text (shell/syntax BinaryExpr.Op)
// to its implementation. Case-sensitive forms carry their "c". It is built
// on first use, not by package init code.
var binaryOps = lazy.Value[map[string]Func]{Build: buildBinaryOps}

func buildBinaryOps() map[string]Func {
	return map[string]Func{
		"+":  func(x, y any, _ Env) (any, error) { return Add(x, y) },
		"-":  func(x, y any, _ Env) (any, error) { return Sub(x, y) },
		"*":  func(x, y any, _ Env) (any, error) { return Mul(x, y) },
		"/":  func(x, y any, _ Env) (any, error) { return Div(x, y) },
		"%":  func(x, y any, _ Env) (any, error) { return Mod(x, y) },
		"..": func(x, y any, _ Env) (any, error) { return Range(x, y) },
		"-f": formatOp,
		"??": func(x, y any, _ Env) (any, error) { return coalesce(x, y), nil },

		"-eq": cmpOp(opEq, false), "-ceq": cmpOp(opEq, true),
		"-ne": cmpOp(opNe, false), "-cne": cmpOp(opNe, true),
		"-gt": cmpOp(opGt, false), "-cgt": cmpOp(opGt, true),
		"-ge": cmpOp(opGe, false), "-cge": cmpOp(opGe, true),
		"-lt": cmpOp(opLt, false), "-clt": cmpOp(opLt, true),
		"-le": cmpOp(opLe, false), "-cle": cmpOp(opLe, true),

		"-like": likeOp(false, false), "-clike": likeOp(true, false),
		"-notlike": likeOp(false, true), "-cnotlike": likeOp(true, true),
		"-match": matchOp(false, false), "-cmatch": matchOp(true, false),
		"-notmatch": matchOp(false, true), "-cnotmatch": matchOp(true, true),
		"-replace": replaceOp(false), "-creplace": replaceOp(true),
		"-split": splitOp(false), "-csplit": splitOp(true),
		"-join": joinOp,

		"-contains": containsOp(false, false), "-ccontains": containsOp(true, false),
		"-notcontains": containsOp(false, true), "-cnotcontains": containsOp(true, true),
		"-in": inOp(false, false), "-cin": inOp(true, false),
		"-notin": inOp(false, true), "-cnotin": inOp(true, true),

		"-is":    isOp(false),
		"-isnot": isOp(true),
		"-as":    asOp,

		"-band": bitOp('&'), "-bor": bitOp('|'), "-bxor": bitOp('^'),
		"-shl": shiftOp(true), "-shr": shiftOp(false),

		"-and": logicOp("and"), "-or": logicOp("or"), "-xor": logicOp("xor"),
	}
}

// unaryOp returns the implementation of UnaryExpr.Op.
func unaryOp(op string) (UnaryFunc, bool) {
	switch op {
	case "-not", "!":
		return notOp, true
	case "-bnot":
		return func(x any, _ Env) (any, error) { return BNot(x) }, true
	case "-":
		return func(x any, _ Env) (any, error) { return Negate(x) }, true
	case "+":
		return func(x any, _ Env) (any, error) { return Plus(x) }, true
	case "++":
		return func(x any, _ Env) (any, error) { return Add(nullToZero(x), int32(1)) }, true
	case "--":
		return func(x any, _ Env) (any, error) { return Sub(nullToZero(x), int32(1)) }, true
	case ",":
		return func(x any, _ Env) (any, error) { return []any{x}, nil }, true
	case "-split":
		return unarySplit, true
	case "-join":
		return unaryJoin, true
	}
	return nil, false
}

// Lookup returns the implementation of a binary operator so that the
// interpreter can resolve it once at compile time.
func Lookup(op string) (Func, bool) {
	ops := binaryOps.Get()
	f, ok := ops[op]
	if !ok && len(op) > 2 && op[0] == '-' && op[1] == 'i' {
		f, ok = ops["-"+op[2:]]
	}
	return f, ok
}

// LookupUnary returns the implementation of a unary operator.
func LookupUnary(op string) (UnaryFunc, bool) {
	return unaryOp(op)
}

// Binary applies the binary operator op (spelled as in
// syntax.BinaryExpr.Op) to x and y.
func Binary(op string, x, y any, env Env) (any, error) {
	// The hottest operators skip the map.
	switch op {
	case "+":
		return Add(x, y)
	case "-le":
		return compareFast(opLe, x, y)
	case "-lt":
		return compareFast(opLt, x, y)
	case "-eq":
		return compareFast(opEq, x, y)
	}
	ops := binaryOps.Get()
	if f, ok := ops[op]; ok {
		return f(x, y, env)
	}
	if len(op) > 2 && op[0] == '-' && op[1] == 'i' {
		if f, ok := ops["-"+op[2:]]; ok {
			return f(x, y, env)
		}
	}
	return nil, unknownOperator(op)
}

// Unary applies the prefix operator op to x. The interpreter assigns the
// result of ++ and -- itself.
func Unary(op string, x any, env Env) (any, error) {
	if f, ok := unaryOp(op); ok {
		return f(x, env)
	}
	return nil, unknownOperator(op)
}

func nullToZero(x any) any {
	if isNull(x) {
		return int32(0)
	}
	return x
}

// isNull reports $null or AutomationNull.
func isNull(x any) bool {
	if x == nil {
		return true
	}
	_, ok := x.(object.AutomationNull)
	return ok
}

func coalesce(x, y any) any {
	if isNull(x) {
		return y
	}
	return x
}
