package interp

import (
	"math"

	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// Unboxed numbers in variables.
//
// Go boxes every Int32 and Double above 255 that is stored in an `any`,
// so a counted loop (`$i++`, `$sum += $i`) allocated twice an iteration.
// A plain variable written by ++, -- or a compound arithmetic assignment
// keeps its number in Variable.num instead, with a marker in Value that
// names the type; value() boxes it (once) where an `any` is needed, and
// the loop's own operations (the for condition, ++, op=) read and write
// the bits directly. A direct write of Value replaces the marker, so
// code that sets a variable without knowing of this stays correct.

type int32Mark struct{}
type doubleMark struct{}

// numKind is the type of an unboxed number.
type numKind uint8

const (
	numNone numKind = iota
	numInt32
	numDouble
)

// numVal is an Int32 or a Double outside an interface.
type numVal struct {
	k numKind
	i int32
	f float64
}

// numOf classifies an already boxed value.
func numOf(v any) numVal {
	switch t := v.(type) {
	case int32:
		return numVal{k: numInt32, i: t}
	case float64:
		return numVal{k: numDouble, f: t}
	}
	return numVal{}
}

func (n numVal) float() float64 {
	if n.k == numInt32 {
		return float64(n.i)
	}
	return n.f
}

func (n numVal) box() any {
	if n.k == numInt32 {
		return n.i
	}
	return n.f
}

// num reads the variable as a number without boxing it.
func (v *Variable) num() numVal {
	if v.get != nil {
		return numVal{}
	}
	switch t := v.Value.(type) {
	case int32Mark:
		return numVal{k: numInt32, i: int32(v.nbits)}
	case doubleMark:
		return numVal{k: numDouble, f: math.Float64frombits(v.nbits)}
	case int32:
		return numVal{k: numInt32, i: t}
	case float64:
		return numVal{k: numDouble, f: t}
	}
	return numVal{}
}

// plain reports whether the variable takes any value as is (no type
// constraint, not read-only, not computed), so a number may be stored
// unboxed.
func (v *Variable) plain() bool {
	return v.Type == "" && v.Options == 0
}

// setNum stores n unboxed; the variable must be plain.
func (v *Variable) setNum(n numVal) {
	v.get = nil
	if n.k == numInt32 {
		v.Value, v.nbits = int32Mark{}, uint64(uint32(n.i))
		return
	}
	v.Value, v.nbits = doubleMark{}, math.Float64bits(n.f)
}

// unboxed returns the boxed value of a variable that holds its number
// unboxed, keeping the box for later reads.
func (v *Variable) unboxed() (any, bool) {
	var b any
	switch v.Value.(type) {
	case int32Mark:
		b = int32(v.nbits)
	case doubleMark:
		b = math.Float64frombits(v.nbits)
	default:
		return nil, false
	}
	v.Value = b
	return b, true
}

// numArith is op on two numbers as PowerShell computes it for Int32 and
// Double (pipeline/ops arithNum): Int32 results that leave the Int32
// range, and any operation with a Double, give a Double. ok is false
// where the general operator must decide (division by zero).
func numArith(op byte, a, b numVal) (numVal, bool) {
	if a.k == numInt32 && b.k == numInt32 {
		x, y := int64(a.i), int64(b.i)
		var r int64
		switch op {
		case '+':
			r = x + y
		case '-':
			r = x - y
		case '*':
			r = x * y
		case '/':
			if y == 0 {
				return numVal{}, false
			}
			if x%y != 0 {
				return numVal{k: numDouble, f: float64(x) / float64(y)}, true
			}
			r = x / y
		case '%':
			if y == 0 {
				return numVal{}, false
			}
			r = x % y
		default:
			return numVal{}, false
		}
		if r == int64(int32(r)) {
			return numVal{k: numInt32, i: int32(r)}, true
		}
		return numVal{k: numDouble, f: float64(r)}, true
	}
	x, y := a.float(), b.float()
	switch op {
	case '+':
		return numVal{k: numDouble, f: x + y}, true
	case '-':
		return numVal{k: numDouble, f: x - y}, true
	case '*':
		return numVal{k: numDouble, f: x * y}, true
	case '/':
		return numVal{k: numDouble, f: x / y}, true
	case '%':
		return numVal{k: numDouble, f: math.Mod(x, y)}, true
	}
	return numVal{}, false
}

// numReadFn evaluates an operand: a number comes back unboxed (v is then
// its box if it had one, else nil); anything else in v.
type numReadFn func(r *Runner) (n numVal, v any, err error)

// numRead compiles an operand for the unboxed paths. A plain variable is
// read from its slot; any other expression through gen.
func (c *compiler) numRead(e syntax.Expr, gen exprFn) numReadFn {
	if lit, ok := e.(*syntax.NumberLit); ok {
		// A literal (the bound of a counted loop) is read once, here.
		if n := numOf(lit.Value); n.k != numNone {
			v := lit.Value
			return func(*Runner) (numVal, any, error) { return n, v, nil }
		}
	}
	if v, ok := e.(*syntax.VariableExpr); ok && v.Scope == "" && isLocalVar(v) && !autoPath(v.Name) {
		s := newVarSite(v.Name)
		return func(r *Runner) (numVal, any, error) {
			if vr := r.siteGet(s); vr != nil && vr.get == nil {
				switch vr.Value.(type) {
				case int32Mark:
					return numVal{k: numInt32, i: int32(vr.nbits)}, nil, nil
				case doubleMark:
					return numVal{k: numDouble, f: math.Float64frombits(vr.nbits)}, nil, nil
				}
			}
			x, err := gen(r)
			return numOf(x), x, err
		}
	}
	return func(r *Runner) (numVal, any, error) {
		x, err := gen(r)
		return numOf(x), x, err
	}
}

// autoPath names the variables varRead computes from the script's path.
func autoPath(name string) bool {
	switch len(name) {
	case len("psscriptroot"), len("pscommandpath"):
		return equalFoldASCII(name, "psscriptroot") || equalFoldASCII(name, "pscommandpath")
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// boxOf is the operand as an `any`, boxing an unboxed number.
func boxOf(n numVal, v any) any {
	if v != nil || n.k == numNone {
		return v
	}
	return n.box()
}

// singleExpr is the expression of a statement that is one plain
// expression, or nil.
func singleExpr(s syntax.Stmt) syntax.Expr {
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
		if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok && len(ce.Redirections) == 0 {
			return ce.X
		}
	}
	return nil
}

// incDecStmt compiles `$i++`, `$i--`, `++$i`, `--$i` on a plain variable
// as a statement (no value): a number is updated in its slot. Other
// targets return nil.
func (c *compiler) incDecStmt(e *syntax.UnaryExpr) stmtFn {
	v, ok := e.X.(*syntax.VariableExpr)
	if !ok || !isLocalVar(v) {
		return nil
	}
	op := byte('+')
	if e.Op == "--" {
		op = '-'
	}
	s := newVarSite(v.Name)
	general := c.incDec(e)
	step := int64(1)
	if op == '-' {
		step = -1
	}
	return func(r *Runner, _ emitFn) error {
		if vr := r.siteLocalOnly(s); vr != nil && vr.plain() {
			if _, ok := vr.Value.(int32Mark); ok && vr.get == nil {
				// The loop counter: an unboxed Int32 that stays one.
				if n := int64(int32(vr.nbits)) + step; n == int64(int32(n)) {
					vr.nbits = uint64(uint32(int32(n)))
					r.lastOK = true
					return nil
				}
			}
			if n := vr.num(); n.k != numNone {
				res, _ := numArith(op, n, numVal{k: numInt32, i: 1})
				vr.setNum(res)
				r.lastOK = true
				return nil
			}
		}
		_, err := general(r)
		r.lastOK = err == nil
		return err
	}
}

// compoundStmt compiles `$x += …` (and -=, *=, /=, %=) on a plain
// variable as a statement: when the variable and the value are numbers
// the result is computed and stored unboxed. Returns nil for other
// assignments.
func (c *compiler) compoundStmt(a *syntax.AssignStmt) stmtFn {
	v, ok := a.Left.(*syntax.VariableExpr)
	if !ok || !isLocalVar(v) || len(a.Op) != 2 || a.Op[1] != '=' {
		return nil
	}
	op := a.Op[0]
	switch op {
	case '+', '-', '*', '/', '%':
	default:
		return nil
	}
	f, ok := ops.Lookup(a.Op[:1])
	if !ok {
		return nil
	}
	rhsGen := c.value(a.Right)
	rhs := c.numRead(singleExpr(a.Right), rhsGen)
	// pure: reading the value cannot create or remove the variable, so
	// the one found before reading it is still the one to write.
	pure := false
	switch x := singleExpr(a.Right).(type) {
	case *syntax.NumberLit:
		pure = true
	case *syntax.VariableExpr:
		pure = x.Scope == "" && isLocalVar(x) && !autoPath(x.Name)
	}
	var sa *strAppend
	if op == '+' {
		sa = &strAppend{}
	}
	s := newVarSite(v.Name)
	at := siteOf(c.file, a)
	vat := siteOf(c.file, v)
	return func(r *Runner, _ emitFn) error {
		// The variable is read first, then the value (the local variable
		// only: `$x += 1` in a child scope starts from $null,
		// inherited.go).
		var cur numVal
		var curv any
		vr := r.siteLocalOnly(s)
		if vr != nil {
			if vr.plain() {
				cur = vr.num()
			}
			if cur.k == numNone {
				curv = vr.value()
			}
		} else {
			var err error
			if curv, err = r.inheritedValue(v, vat); err != nil {
				return err
			}
		}
		b, bv, err := rhs(r)
		if err != nil {
			return err
		}
		if cur.k != numNone {
			if !pure {
				vr = r.siteLocal(s)
			}
			if b.k != numNone && vr.plain() {
				if res, ok := numArith(op, cur, b); ok {
					vr.setNum(res)
					return nil
				}
			}
			curv = cur.box()
		}
		val := boxOf(b, bv)
		if sa != nil {
			// String building: string + string appends in place.
			if cs, ok := curv.(string); ok {
				if vs, ok := val.(string); ok {
					return at.wrapStmt(r.assign(r.siteLocal(s), sa.add(cs, vs)))
				}
			}
		}
		nv, err := f(curv, val, opsEnv{r})
		if err != nil {
			return at.wrapStmt(err)
		}
		return at.wrapStmt(r.assign(r.siteLocal(s), nv))
	}
}
