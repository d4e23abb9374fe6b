package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// The syntax tree is compiled once into closures (elvish's compile_*
// pattern): an expression becomes an exprFn, a statement a stmtFn that
// writes its output to an emitFn. Running them never looks at the tree
// again.
type (
	exprFn func(r *Runner) (any, error)
	emitFn func(v any) error
	stmtFn func(r *Runner, out emitFn) error
)

// compiler holds what compiling one file needs.
type compiler struct {
	file *syntax.File
	// usesInput is set when the code reads $input (so a script block run
	// per pipeline object can skip setting it when it does not).
	usesInput bool
	// usesEnum collects "foreach" and "switch" when the code reads the
	// loop enumerator variables.
	usesEnum string
	// inMethod is set while compiling a class method's body, where only
	// return produces output (see methodReturn).
	inMethod bool
	// hoisted holds the compiled using and class statements of the blocks
	// being compiled: they run before their block does (see hoistTypes).
	hoisted map[syntax.Stmt]any
	// inString counts the expandable strings being compiled: strict
	// mode 1 lets a variable read inside one be unset (strictmode.go).
	inString int
}

// blockCode is a compiled statement list with the traps hoisted to it.
type blockCode struct {
	stmts []stmtFn
	traps []*trapCode
	// sites are the extents of the simple statements (pipelines and
	// assignments), where an expression's error is reported; a
	// compound statement's entry has no file.
	sites []site
	// conds holds, for a compound statement, the extents of its
	// conditions (if, while, do, for, foreach, switch), each a sequence
	// point of its own (condsite.go).
	conds [][]site
}

// trapCode is a compiled trap statement.
type trapCode struct {
	typeName string // "" traps everything
	body     *blockCode
}

func (c *compiler) block(stmts []syntax.Stmt, traps []*syntax.TrapStmt) *blockCode {
	b := &blockCode{stmts: make([]stmtFn, 0, len(stmts))}
	if h := c.hoistTypes(stmts); h != nil {
		b.stmts = append(b.stmts, h)
		b.sites = append(b.sites, site{})
	}
	defs := countDefinitions(stmts)
	for _, s := range stmts {
		if _, ok := s.(*syntax.TrapStmt); ok {
			continue
		}
		f := c.stmt(s)
		if _, ok := s.(*syntax.FunctionDef); ok && defs >= presizeDefinitions {
			f = presizeFunctions(f, defs)
			defs = 0
		}
		b.stmts = append(b.stmts, f)
		b.sites = append(b.sites, c.statementSite(s))
		if cs := c.conditionSites(s); cs != nil {
			if b.conds == nil {
				b.conds = make([][]site, len(b.stmts))
			}
			for len(b.conds) < len(b.stmts) {
				b.conds = append(b.conds, nil)
			}
			b.conds[len(b.stmts)-1] = cs
		}
	}
	for _, t := range traps {
		tc := &trapCode{body: c.block(t.Body.Stmts, t.Body.Traps)}
		if t.Type != nil {
			tc.typeName = t.Type.Name
		}
		b.traps = append(b.traps, tc)
	}
	return b
}

// presizeDefinitions is the number of function definitions in one block
// from which the scope's function table is made at its final size before
// the first one runs, instead of growing (and rehashing) as they run.
const presizeDefinitions = 32

// countDefinitions counts the function definitions among stmts.
func countDefinitions(stmts []syntax.Stmt) int {
	n := 0
	for _, s := range stmts {
		if _, ok := s.(*syntax.FunctionDef); ok {
			n++
		}
	}
	return n
}

// presizeFunctions runs the definition f after giving the current scope
// a function table with room for n functions, when it has none yet.
func presizeFunctions(f stmtFn, n int) stmtFn {
	return func(r *Runner, out emitFn) error {
		if r.scope.funcs == nil {
			r.scope.funcs = make(map[string]funcSlot, n)
		}
		return f(r, out)
	}
}

func (c *compiler) blockOf(b *syntax.Block) *blockCode {
	if b == nil {
		return &blockCode{}
	}
	return c.block(b.Stmts, b.Traps)
}

// run executes the statements in order. A statement-terminating error
// with nobody to catch it is shown and the next statement runs, as in
// PowerShell; traps in this block get the first look.
func (b *blockCode) run(r *Runner, out emitFn) error {
	if len(b.traps) > 0 {
		r.catchDepth++
		defer func() { r.catchDepth-- }()
	}
	for i, f := range b.stmts {
		r.block, r.blockIdx = b, i
		err := f(r, out)
		if err == nil {
			continue
		}
		if goOn, err := b.handle(r, out, i, err); !goOn {
			return err
		}
	}
	return nil
}

// handle deals with err, raised by statement i: it reports whether the
// block goes on with the next statement (the error was trapped, shown or
// dropped by preference), or else the error to return. A pipeline chain
// asks it about an error of one of its pipelines (chain.go).
func (b *blockCode) handle(r *Runner, out emitFn, i int, err error) (bool, error) {
	if _, ok := err.(flowError); ok {
		return false, err
	}
	rec, ok := asRecord(err)
	if !ok {
		return false, err
	}
	if IsStopped(rec) {
		return false, rec
	}
	if rec.AtStatement {
		rec.AtStatement = false
		if at := b.sites[i]; at.file != nil {
			rec.Invocation = at.info()
		} else if i < len(b.conds) {
			if at, ok := enclosingSite(b.conds[i], rec.Invocation); ok {
				rec.Invocation = at.info()
			}
		}
	}
	if rec.ScriptStackTrace == "" {
		rec.ScriptStackTrace = r.scriptStackTrace(rec)
	}
	if len(b.traps) > 0 {
		if err := b.trap(r, out, rec); err != nil {
			return false, err
		}
		return true, nil
	}
	if r.catchDepth == 0 && !rec.Stopped && r.suppressedByPreference(rec) {
		return true, nil
	}
	if (r.eapStop() || rec.Stopped) && !r.scriptTerm[rec] && !r.inAdvanced() {
		// Escalated by 'Stop' outside an advanced function, the
		// error ends the script, not just the statement of the
		// caller (about_Error_Handling, "How escalation works").
		r.scriptTerm[rec] = true
	}
	if r.catchDepth > 0 || r.scriptTerm[rec] || r.eapStop() || rec.Stopped {
		return false, rec
	}
	r.reportError(rec)
	return true, nil
}

// inAdvanced reports whether the code running belongs to an advanced
// function or script block ([CmdletBinding()] or [Parameter()]).
func (r *Runner) inAdvanced() bool {
	for sc := r.scope; sc != nil; sc = sc.parent {
		if sc.frame != nil {
			return sc.frame.cmdlet != nil
		}
	}
	return false
}

// trap runs the first trap that takes rec (about_Trap): `continue` goes
// on silently, `break` rethrows, falling off the end shows the error and
// goes on.
func (b *blockCode) trap(r *Runner, out emitFn, rec *object.ErrorRecord) error {
	clauses := make([][]string, len(b.traps))
	for i, t := range b.traps {
		if t.typeName != "" {
			clauses[i] = []string{t.typeName}
		}
	}
	if i, seen := findHandler(rec, clauses); i >= 0 {
		t := b.traps[i]
		s, old := r.pushScope(r.scope)
		r.setLocal(s, "_", seen)
		r.caughtAs(seen, rec)
		err := t.body.run(r, out)
		delete(r.caught, seen)
		r.popScope(s, old)
		switch err.(type) {
		case nil:
			r.reportError(rec)
			return nil
		case *continueErr:
			r.addError(rec)
			return nil
		case *breakErr:
			r.scriptTerm[rec] = true
			if rec.Exception != nil && rec.Exception.Type == runtimeExceptionType && rec.Exception.Thrown == nil &&
				rec.FullyQualifiedErrorID != "ScriptHalted" && rec.Reason == "" {
				// The engine's RuntimeException carries no record of its
				// own: rethrown by the trap, it shows the one PowerShell
				// makes for it (about_Trap, "Using the break and continue
				// keywords").
				rec.Reason = "ParentContainsErrorRecordException"
			}
			return rec
		}
		return err
	}
	if r.catchDepth <= 1 && !rec.Stopped && r.suppressedByPreference(rec) {
		// No trap takes it and nothing encloses the block: the
		// preference applies as it does without traps.
		return nil
	}
	if r.catchDepth > 1 || r.scriptTerm[rec] || r.eapStop() {
		return rec
	}
	r.reportError(rec)
	return nil
}

// suppressedByPreference drops a terminating error that nobody catches
// when $ErrorActionPreference is SilentlyContinue or Ignore
// (about_Preference_Variables, about_Error_Handling): the script goes
// on, and the error is still in $Error, under Ignore too (Ignore keeps a
// written error out of $Error; an exception the preference suppresses is
// logged before the preference is asked: CommandErrorHandling.Tests.ps1,
// "The suppressed exception is kept in '$Error'").
func (r *Runner) suppressedByPreference(rec *object.ErrorRecord) bool {
	if rec.Unsuppressible {
		return false
	}
	p, ok := r.errorAction()
	if !ok || (p != pipeline.SilentlyContinue && p != pipeline.Ignore) {
		return false
	}
	delete(r.scriptTerm, rec)
	r.lastOK = false
	r.addError(rec)
	return true
}

// setLocal defines name in s with value v.
func (r *Runner) setLocal(s *Scope, name string, v any) {
	r.define(s, name).Value = v
}

// emitValue writes v to out as a pipeline does: collections are
// enumerated one level, AutomationNull writes nothing.
func emitValue(v any, out emitFn) error {
	switch t := v.(type) {
	case nil, string, int32, bool, int64, float64:
		return out(v)
	case object.AutomationNull:
		return nil
	case []any:
		return emitItems(t, out)
	case *object.List:
		return emitItems(t.Items, out)
	case *object.Hashtable:
		return out(v)
	case *object.PSObject:
		if a, ok := t.Base.([]any); ok {
			// A [psobject]-wrapped array enumerates as the array does.
			return emitItems(a, out)
		}
		return out(v)
	}
	if items, ok := dotnet.Enumerate(v); ok {
		for _, e := range items {
			if err := out(e); err != nil {
				return err
			}
		}
		return nil
	}
	return out(v)
}

// emitItems writes an array's elements; an AutomationNull element (a
// [void] item of an array literal, a void method's result) writes
// nothing, as the pipeline skips it (Array.Tests.ps1, ArrayLiteral).
func emitItems(items []any, out emitFn) error {
	for _, e := range items {
		if e == object.Null {
			continue
		}
		if err := out(e); err != nil {
			return err
		}
	}
	return nil
}

// collector gathers a statement's output.
type collector struct {
	items []any
	// out is emit as a function value, made once per pooled collector.
	out emitFn
}

// getCollector takes a collector from the runner's pool: capturing a
// command's output ($x = f) happens on every call of a hot loop.
func (r *Runner) getCollector() *collector {
	if n := len(r.colPool); n > 0 {
		c := r.colPool[n-1]
		r.colPool = r.colPool[:n-1]
		return c
	}
	c := &collector{}
	c.out = c.emit
	return c
}

// putCollector returns c to the pool; its result must have been taken.
func (r *Runner) putCollector(c *collector) {
	if len(c.items) > 1 {
		c.items = nil // the slice became the result
	} else {
		c.items = c.items[:0]
	}
	if len(r.colPool) < 64 {
		r.colPool = append(r.colPool, c)
	}
}

func (c *collector) emit(v any) error {
	c.items = append(c.items, v)
	return nil
}

// result is what an assignment stores: nothing → $null, one → itself,
// more → Object[].
func (c *collector) result() any {
	switch len(c.items) {
	case 0:
		return nil
	case 1:
		v := c.items[0]
		c.items[0] = nil
		return v
	}
	return c.items
}

// discard is the output of statements whose output nobody reads.
func discard(any) error { return nil }

// statementSite is where an expression error inside s is reported: the
// whole statement when it is a pipeline or an assignment.
func (c *compiler) statementSite(s syntax.Stmt) site {
	switch s.(type) {
	case *syntax.Pipeline, *syntax.AssignStmt:
		return siteOf(c.file, s)
	}
	return site{}
}
