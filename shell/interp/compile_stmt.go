package interp

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// stmt compiles one statement.
func (c *compiler) stmt(s syntax.Stmt) stmtFn {
	switch s := s.(type) {
	case *syntax.Pipeline:
		return c.pipelineStmt(s)
	case *syntax.ChainStmt:
		return c.chain(s)
	case *syntax.AssignStmt:
		return c.assignStmt(s)
	case *syntax.IfStmt:
		return c.ifStmt(s)
	case *syntax.SwitchStmt:
		return c.switchStmt(s)
	case *syntax.ForEachStmt:
		return c.foreachStmt(s)
	case *syntax.ForStmt:
		return c.forStmt(s)
	case *syntax.WhileStmt:
		return c.whileStmt(s)
	case *syntax.DoStmt:
		return c.doStmt(s)
	case *syntax.BreakStmt:
		return c.breakStmt(s.Label, true)
	case *syntax.ContinueStmt:
		return c.breakStmt(s.Label, false)
	case *syntax.ReturnStmt:
		return c.returnStmt(s)
	case *syntax.ExitStmt:
		return c.exitStmt(s)
	case *syntax.ThrowStmt:
		return c.throwStmt(s)
	case *syntax.TryStmt:
		return c.tryStmt(s)
	case *syntax.FunctionDef:
		return c.functionDef(s)
	case *syntax.EnumDef:
		return c.enumDefAttrs(s)
	case *syntax.ClassDef:
		return c.classDef(s)
	case *syntax.UsingStmt:
		return c.usingStmt(s)
	case *syntax.BlockStmt:
		b := c.blockOf(s.Body)
		return b.run
	case *syntax.DataStmt:
		return c.dataStmt(s)
	case *syntax.TrapStmt:
		return func(*Runner, emitFn) error { return nil }
	}
	panic(fmt.Sprintf("interp: unknown statement %T", s))
}

// value compiles a statement used as a value (a condition, the right side
// of an assignment, the collection of foreach): a plain expression gives
// its value as is; anything else gives its collected output.
func (c *compiler) value(s syntax.Stmt) exprFn {
	if s == nil {
		return func(*Runner) (any, error) { return nil, nil }
	}
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
		if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok && len(ce.Redirections) == 0 {
			return c.expr(ce.X)
		}
	}
	if a, ok := s.(*syntax.AssignStmt); ok {
		return c.assignValue(a)
	}
	f := c.stmt(s)
	return func(r *Runner) (any, error) {
		col := r.getCollector()
		err := f(r, col.out)
		v := col.result()
		r.putCollector(col)
		return v, err
	}
}

// cond compiles a condition to a bool.
func (c *compiler) cond(s syntax.Stmt) func(r *Runner) (bool, error) {
	if p, ok := s.(*syntax.Pipeline); ok && len(p.Elements) == 1 {
		if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok && len(ce.Redirections) == 0 {
			if fast := c.fastCompare(ce.X); fast != nil {
				return fast
			}
		}
	}
	v := c.value(s)
	return func(r *Runner) (bool, error) {
		x, err := v(r)
		if err != nil {
			return false, err
		}
		return toBool(x), nil
	}
}

func toBool(v any) bool {
	switch t := v.(type) {
	case bool:
		return t
	case nil:
		return false
	case int32:
		return t != 0
	case string:
		return t != ""
	}
	return dotnet.ToBool(v)
}

func (c *compiler) chain(s *syntax.ChainStmt) stmtFn {
	left := c.stmt(s.Left)
	right := c.pipelineStmt(s.Right)
	and := s.Op == "&&"
	return func(r *Runner, out emitFn) error {
		b, i := r.block, r.blockIdx
		if err := left(r, out); err != nil {
			if err = r.chainFailed(b, i, out, err); err != nil {
				return err
			}
		}
		if r.lastOK == and {
			return right(r, out)
		}
		return nil
	}
}

func (c *compiler) ifStmt(s *syntax.IfStmt) stmtFn {
	type clause struct {
		cond func(*Runner) (bool, error)
		body *blockCode
	}
	clauses := make([]clause, len(s.Clauses))
	for i, cl := range s.Clauses {
		clauses[i] = clause{c.cond(cl.Cond), c.blockOf(cl.Body)}
	}
	var els *blockCode
	if s.Else != nil {
		els = c.blockOf(s.Else)
	}
	return func(r *Runner, out emitFn) error {
		for _, cl := range clauses {
			ok, err := cl.cond(r)
			if err != nil {
				return err
			}
			if ok {
				return cl.body.run(r, out)
			}
		}
		if els != nil {
			return els.run(r, out)
		}
		return nil
	}
}

func (c *compiler) forStmt(s *syntax.ForStmt) stmtFn {
	var init, iter stmtFn
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	if s.Iter != nil {
		iter = c.stmt(s.Iter)
	}
	var cond func(*Runner) (bool, error)
	if s.Cond != nil {
		cond = c.cond(s.Cond)
	}
	body := c.blockOf(s.Body)
	label := s.Label
	return func(r *Runner, out emitFn) error {
		// The initializer and the iterator run for their side effects;
		// what they produce is discarded (language spec 8.4.3).
		if init != nil {
			if err := init(r, discard); err != nil {
				return err
			}
		}
		for {
			if r.interrupt.Load() {
				return errStopped()
			}
			if cond != nil {
				ok, err := cond(r)
				if err != nil {
					return err
				}
				if !ok {
					return nil
				}
			}
			if stop, err := body.runLoop(r, out, label); stop || err != nil {
				return err
			}
			if iter != nil {
				if err := iter(r, discard); err != nil {
					return err
				}
			}
		}
	}
}

func (c *compiler) whileStmt(s *syntax.WhileStmt) stmtFn {
	cond := c.cond(s.Cond)
	body := c.blockOf(s.Body)
	label := s.Label
	return func(r *Runner, out emitFn) error {
		for {
			if r.interrupt.Load() {
				return errStopped()
			}
			ok, err := cond(r)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			if stop, err := body.runLoop(r, out, label); stop || err != nil {
				return err
			}
		}
	}
}

func (c *compiler) doStmt(s *syntax.DoStmt) stmtFn {
	cond := c.cond(s.Cond)
	body := c.blockOf(s.Body)
	label, until := s.Label, s.Until
	return func(r *Runner, out emitFn) error {
		for {
			if r.interrupt.Load() {
				return errStopped()
			}
			if stop, err := body.runLoop(r, out, label); stop || err != nil {
				return err
			}
			ok, err := cond(r)
			if err != nil {
				return err
			}
			if ok == until {
				return nil
			}
		}
	}
}

func (c *compiler) foreachStmt(s *syntax.ForEachStmt) stmtFn {
	in := c.value(s.In)
	set := c.varSetter(s.Var)
	saved := c.usesEnum
	c.usesEnum = ""
	body := c.blockOf(s.Body)
	usesEnum := strings.Contains(c.usesEnum, "foreach")
	c.usesEnum = saved + c.usesEnum
	label := s.Label
	live, varAt := c.liveSource(s.In), siteOf(c.file, s.Var)
	return func(r *Runner, out emitFn) error {
		coll, err := in(r)
		if err != nil {
			return err
		}
		it := &iterator{items: enumerate(coll)}
		if usesEnum {
			defer r.bindEnum("foreach", it)()
		}
		mark, _, tracked := liveMark(r, coll, live)
		for it.pos = 0; it.pos < len(it.items); it.pos++ {
			item := it.items[it.pos]
			if r.interrupt.Load() {
				return errStopped()
			}
			if tracked && it.pos > 0 && mark.Changed() {
				return collectionModified(varAt)
			}
			if err := set(r, item); err != nil {
				return err
			}
			if stop, err := body.runLoop(r, out, label); stop || err != nil {
				return err
			}
		}
		if tracked && len(it.items) > 0 && mark.Changed() {
			// The last MoveNext checks too.
			return collectionModified(varAt)
		}
		return nil
	}
}

// iterator is the position of a foreach or switch in its collection; the
// $foreach and $switch variables expose it, so MoveNext() in the body
// skips elements.
type iterator struct {
	items []any
	pos   int
}

// object is the enumerator value scripts see.
func (it *iterator) object() *object.PSObject {
	o := object.NewObject("System.Collections.IEnumerator", "System.Object")
	o.Add(&object.Member{Name: "MoveNext", Kind: object.Method, Call: func([]any) (any, error) {
		it.pos++
		return it.pos < len(it.items), nil
	}})
	o.Add(&object.Member{Name: "Reset", Kind: object.Method, Call: func([]any) (any, error) {
		it.pos = -1
		return nil, nil
	}})
	o.Add(&object.Member{Name: "Current", Kind: object.Property, Get: func() any {
		if it.pos >= 0 && it.pos < len(it.items) {
			return it.items[it.pos]
		}
		return nil
	}})
	return o
}

// runLoop runs one iteration of a loop body labelled label: stop is
// set by a break that targets the loop; a break or continue for an outer
// loop, and any other error, is passed on.
func (b *blockCode) runLoop(r *Runner, out emitFn, label string) (stop bool, err error) {
	if err = b.run(r, out); err == nil {
		return false, nil
	}
	brk, _, pass := loopControl(err, label)
	return brk, pass
}

// enumerate lists what foreach walks: the elements of a collection, no
// element for $null, or the value itself.
func enumerate(v any) []any {
	switch t := v.(type) {
	case nil, object.AutomationNull:
		return nil
	case []any:
		return t
	case *object.List:
		return append([]any(nil), t.Items...)
	case string, int32, bool, *object.Hashtable, *object.PSObject:
		return []any{v}
	}
	if items, ok := dotnet.Enumerate(v); ok {
		return items
	}
	return []any{v}
}

func (c *compiler) breakStmt(label syntax.Expr, isBreak bool) stmtFn {
	var lab exprFn
	if label != nil {
		if sc, ok := label.(*syntax.StringConst); ok {
			name := sc.Value
			if isBreak {
				e := &breakErr{label: name}
				return func(*Runner, emitFn) error { return e }
			}
			e := &continueErr{label: name}
			return func(*Runner, emitFn) error { return e }
		}
		lab = c.expr(label)
	}
	return func(r *Runner, _ emitFn) error {
		name := ""
		if lab != nil {
			v, err := lab(r)
			if err != nil {
				return err
			}
			name = dotnet.ToString(v)
		}
		if isBreak {
			if name == "" {
				return errBreak
			}
			return &breakErr{label: name}
		}
		if name == "" {
			return errContinue
		}
		return &continueErr{label: name}
	}
}

func (c *compiler) returnStmt(s *syntax.ReturnStmt) stmtFn {
	if c.inMethod {
		return c.methodReturn(s)
	}
	if s.Value == nil {
		return func(*Runner, emitFn) error { return errReturn }
	}
	v := c.stmt(s.Value)
	return func(r *Runner, out emitFn) error {
		if err := v(r, out); err != nil {
			return err
		}
		return errReturn
	}
}

func (c *compiler) exitStmt(s *syntax.ExitStmt) stmtFn {
	var v exprFn
	if s.Value != nil {
		v = c.value(s.Value)
	}
	return func(r *Runner, _ emitFn) error {
		code := 0
		if v != nil {
			x, err := v(r)
			if err != nil {
				return err
			}
			// A value that is not a number in Int32's range exits with
			// 0 (about_Scripts, "Returning an exit value").
			if n, err := dotnet.Convert(x, "int"); err == nil {
				code = int(n.(int32))
			}
		}
		return &exitErr{code: code}
	}
}

func (c *compiler) throwStmt(s *syntax.ThrowStmt) stmtFn {
	var v exprFn
	if s.Value != nil {
		v = c.value(s.Value)
	}
	at := siteOf(c.file, s)
	return func(r *Runner, _ emitFn) error {
		var x any
		if v != nil {
			var err error
			if x, err = v(r); err != nil {
				return err
			}
		} else if cur := r.lookupVar("", "_"); cur != nil {
			if rec, ok := cur.value().(*object.ErrorRecord); ok {
				rec = r.rethrown(rec)
				r.scriptTerm[rec] = true
				return rec
			}
		}
		rec := thrownRecord(x)
		if rec.Invocation == nil {
			rec.Invocation = at.info()
		}
		r.scriptTerm[rec] = true
		return rec
	}
}

// thrownRecord is the ErrorRecord `throw x` raises.
func thrownRecord(x any) *object.ErrorRecord {
	switch t := x.(type) {
	case *object.ErrorRecord:
		return t
	case *object.Exception:
		if t.Record != nil && t.Record.Exception == t && dotnet.ExceptionIs(t.Type, runtimeExceptionType) {
			// Rethrowing $_.Exception keeps its record: a
			// RuntimeException carries one. Any other .NET exception
			// gets a new record, placed at this throw.
			return t.Record
		}
		rec := &object.ErrorRecord{Exception: t, FullyQualifiedErrorID: t.Message, Category: "OperationStopped"}
		t.Record = rec
		return rec
	case nil:
		ex := object.NewException(runtimeExceptionType, "ScriptHalted")
		return &object.ErrorRecord{Exception: ex, FullyQualifiedErrorID: "ScriptHalted", Category: "OperationStopped"}
	}
	if o, ok := x.(*object.PSObject); ok {
		if ex, ok := o.Base.(*object.Exception); ok {
			return thrownRecord(ex)
		}
	}
	msg := dotnet.ToString(x)
	ex := object.NewException(runtimeExceptionType, "%s", msg)
	ex.Thrown = x
	rec := &object.ErrorRecord{Exception: ex, FullyQualifiedErrorID: msg, Category: "OperationStopped", TargetObject: x}
	ex.Record = rec
	return rec
}

func (c *compiler) tryStmt(s *syntax.TryStmt) stmtFn {
	body := c.blockOf(s.Body)
	type catchCode struct {
		types []string
		body  *blockCode
	}
	catches := make([]catchCode, len(s.Catches))
	clauses := make([][]string, len(s.Catches))
	for i, cc := range s.Catches {
		var types []string
		for _, t := range cc.Types {
			types = append(types, t.Name)
		}
		catches[i] = catchCode{types, c.blockOf(cc.Body)}
		clauses[i] = types
	}
	var fin *blockCode
	if s.Finally != nil {
		fin = c.blockOf(s.Finally)
	}
	return func(r *Runner, out emitFn) error {
		if len(catches) > 0 {
			r.catchDepth++
		}
		err := body.run(r, out)
		if len(catches) > 0 {
			r.catchDepth--
		}
		if err != nil && len(catches) > 0 {
			if rec, ok := asRecord(err); ok && !IsStopped(rec) {
				if i, seen := findHandler(rec, clauses); i >= 0 {
					delete(r.scriptTerm, rec)
					r.addError(rec)
					// $_ is the error inside the catch block and what it
					// was before afterwards: a pipeline object in a
					// ForEach-Object block is $_ again after a try.
					du, had := r.scope.vars.get("_")
					var prev any
					var prevBits uint64
					if had {
						prev, prevBits = du.Value, du.nbits
					}
					r.setLocal(r.scope, "_", seen)
					r.caughtAs(seen, rec)
					err = catches[i].body.run(r, out)
					delete(r.caught, seen)
					if had {
						du.Value, du.nbits = prev, prevBits
					}
				}
			}
		}
		if fin != nil {
			if ferr := fin.run(r, out); ferr != nil {
				return ferr
			}
		}
		return err
	}
}

// exceptionMatches reports whether rec's exception, or one it wraps, is
// of type name (a catch of [System.FormatException] takes the
// MethodInvocationException that wraps one).
func exceptionMatches(rec *object.ErrorRecord, name string) bool {
	if rec.Exception == nil {
		return dotnet.ExceptionIs(runtimeExceptionType, name)
	}
	for ex := rec.Exception; ex != nil; ex = ex.Inner {
		if dotnet.ExceptionIs(ex.Type, name) {
			return true
		}
	}
	return false
}
