package interp

import (
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// opsEnv is what the operators may ask of the running script.
type opsEnv struct{ r *Runner }

// SetMatches sets $Matches in the current scope.
func (e opsEnv) SetMatches(m *object.Hashtable) { e.r.setLocal(e.r.scope, "Matches", m) }

// OFS is the current $OFS.
func (e opsEnv) OFS() string { return e.r.ofs() }

// InvokeScriptBlock runs the script block of -replace with $_ set.
func (e opsEnv) InvokeScriptBlock(sb object.ScriptBlock, dollarUnder any) (any, error) {
	out, err := e.r.invokeBlock(sb, invokeOpts{dollarUnder: dollarUnder, useDollarUnder: true, newScope: true})
	if err != nil {
		return nil, err
	}
	return object.Collapse(out), nil
}

func (c *compiler) binary(e *syntax.BinaryExpr) exprFn {
	x, y := c.expr(e.X), c.expr(e.Y)
	at := siteOf(c.file, e)
	switch e.Op {
	case "-and":
		return func(r *Runner) (any, error) {
			a, err := x(r)
			if err != nil || !toBool(a) {
				return false, err
			}
			b, err := y(r)
			return toBool(b), err
		}
	case "-or":
		return func(r *Runner) (any, error) {
			a, err := x(r)
			if err != nil {
				return nil, err
			}
			if toBool(a) {
				return true, nil
			}
			b, err := y(r)
			return toBool(b), err
		}
	case "??":
		return func(r *Runner) (any, error) {
			a, err := x(r)
			if err != nil {
				return nil, err
			}
			if a != nil && a != object.Null {
				return a, nil
			}
			return y(r)
		}
	}
	f, ok := ops.Lookup(e.Op)
	if !ok {
		op := e.Op
		return func(r *Runner) (any, error) {
			a, err := x(r)
			if err != nil {
				return nil, err
			}
			b, err := y(r)
			if err != nil {
				return nil, err
			}
			v, err := ops.Binary(op, a, b, opsEnv{r})
			return v, at.wrapStmt(err)
		}
	}
	return func(r *Runner) (any, error) {
		a, err := x(r)
		if err != nil {
			return nil, err
		}
		b, err := y(r)
		if err != nil {
			return nil, err
		}
		v, err := f(a, b, opsEnv{r})
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		return v, nil
	}
}

// fastCompare compiles an int32 comparison used as a loop condition
// without boxing its bool; other operand types take the general path.
func (c *compiler) fastCompare(e syntax.Expr) func(r *Runner) (bool, error) {
	b, ok := e.(*syntax.BinaryExpr)
	if !ok {
		return nil
	}
	var cmp func(a, b int32) bool
	switch b.Op {
	case "-lt":
		cmp = func(a, b int32) bool { return a < b }
	case "-le":
		cmp = func(a, b int32) bool { return a <= b }
	case "-gt":
		cmp = func(a, b int32) bool { return a > b }
	case "-ge":
		cmp = func(a, b int32) bool { return a >= b }
	case "-eq":
		cmp = func(a, b int32) bool { return a == b }
	case "-ne":
		cmp = func(a, b int32) bool { return a != b }
	default:
		return nil
	}
	// Operands are read unboxed where they are numbers in variables.
	x, y := c.numRead(b.X, c.expr(b.X)), c.numRead(b.Y, c.expr(b.Y))
	f, _ := ops.Lookup(b.Op)
	at := siteOf(c.file, b)
	if lit, ok := b.Y.(*syntax.NumberLit); ok {
		if yi, ok := lit.Value.(int32); ok {
			// A loop's literal bound: compared without evaluating it.
			yv := lit.Value
			return func(r *Runner) (bool, error) {
				xn, xv, err := x(r)
				if err != nil {
					return false, err
				}
				if xn.k == numInt32 {
					return cmp(xn.i, yi), nil
				}
				v, err := f(boxOf(xn, xv), yv, opsEnv{r})
				if err != nil {
					return false, at.wrapStmt(err)
				}
				return toBool(v), nil
			}
		}
	}
	return func(r *Runner) (bool, error) {
		xn, xv, err := x(r)
		if err != nil {
			return false, err
		}
		yn, yv, err := y(r)
		if err != nil {
			return false, err
		}
		if xn.k == numInt32 && yn.k == numInt32 {
			return cmp(xn.i, yn.i), nil
		}
		v, err := f(boxOf(xn, xv), boxOf(yn, yv), opsEnv{r})
		if err != nil {
			return false, at.wrapStmt(err)
		}
		return toBool(v), nil
	}
}

func (c *compiler) unary(e *syntax.UnaryExpr) exprFn {
	switch e.Op {
	case "++", "--":
		return c.incDec(e)
	case ",":
		x := c.expr(e.X)
		return func(r *Runner) (any, error) {
			v, err := x(r)
			if err != nil {
				return nil, err
			}
			return []any{v}, nil
		}
	}
	x := c.expr(e.X)
	at := siteOf(c.file, e)
	f, ok := ops.LookupUnary(e.Op)
	op := e.Op
	return func(r *Runner) (any, error) {
		v, err := x(r)
		if err != nil {
			return nil, err
		}
		var out any
		if ok {
			out, err = f(v, opsEnv{r})
		} else {
			out, err = ops.Unary(op, v, opsEnv{r})
		}
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		return out, nil
	}
}

// incDec compiles ++ and -- on a variable, member or element; the prefix
// form gives the new value, the postfix form the old one.
func (c *compiler) incDec(e *syntax.UnaryExpr) exprFn {
	at := siteOf(c.file, e)
	op := "+"
	if e.Op == "--" {
		op = "-"
	}
	f, _ := ops.Lookup(op)
	post := e.Postfix
	if v, ok := e.X.(*syntax.VariableExpr); ok && isLocalVar(v) {
		s := newVarSite(v.Name)
		vat := siteOf(c.file, v)
		return func(r *Runner) (any, error) {
			var old any = int32(0)
			if vr := r.siteLocalOnly(s); vr != nil && vr.value() != nil {
				old = vr.value()
			} else if vr == nil {
				iv, err := r.inheritedValue(v, vat)
				if err != nil {
					return nil, err
				}
				if iv != nil {
					old = iv
				}
			}
			var nv any
			if i, ok := old.(int32); ok && i != 2147483647 && i != -2147483648 {
				if op == "+" {
					nv = i + 1
				} else {
					nv = i - 1
				}
			} else {
				if err := incDecOperand(e.Op, old); err != nil {
					return nil, at.wrapStmt(err)
				}
				var err error
				if nv, err = f(old, int32(1), opsEnv{r}); err != nil {
					return nil, at.wrapStmt(err)
				}
			}
			if err := r.assign(r.siteLocal(s), nv); err != nil {
				return nil, at.wrapStmt(err)
			}
			if post {
				return old, nil
			}
			return nv, nil
		}
	}
	lv := c.lvalue(e.X)
	return func(r *Runner) (any, error) {
		ref, err := lv(r)
		if err != nil {
			return nil, err
		}
		old, err := ref.get(r)
		if err != nil {
			return nil, at.wrapStmt(err)
		}
		if old == nil {
			old = int32(0)
		}
		var nv any
		if i, ok := old.(int32); ok && i != 2147483647 && i != -2147483648 {
			if op == "+" {
				nv = i + 1
			} else {
				nv = i - 1
			}
		} else if err := incDecOperand(e.Op, old); err != nil {
			return nil, at.wrapStmt(err)
		} else if nv, err = f(old, int32(1), opsEnv{r}); err != nil {
			return nil, at.wrapStmt(err)
		}
		if err := ref.set(r, nv); err != nil {
			return nil, at.wrapStmt(err)
		}
		if post {
			return old, nil
		}
		return nv, nil
	}
}
