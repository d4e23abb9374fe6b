package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// argCode is one compiled command argument.
type argCode struct {
	param     bool
	name      string
	text      string
	val       exprFn
	hasVal    bool
	splat     bool
	sbLiteral bool
	at        site
}

// elemCode is one compiled pipeline element.
type elemCode struct {
	isExpr bool
	expr   exprFn
	// rangeLo and rangeHi are the operands of a range heading the
	// pipeline: PowerShell's compiler enumerates `1..1000000000 | …`
	// instead of building the array.
	rangeLo, rangeHi exprFn
	rangeAt          site
	// live reads the collection an expression head enumerates
	// ($h.Keys: $h), so a change to it downstream fails (foreach_live.go).
	live exprFn
	// command
	invoke     string
	name       exprFn
	nameConst  string
	constName  bool
	args       []argCode
	redirs     []redirCode
	at, nameAt site
	// plainArgs: no -name, no splat (positional values only).
	plainArgs bool
	// the command found last time, while no command was defined since
	cacheScope *Scope
	cacheGen   uint32
	cacheCI    *pipeline.CommandInfo
}

func (c *compiler) element(e syntax.PipelineElement) *elemCode {
	switch e := e.(type) {
	case *syntax.CommandExpr:
		ec := &elemCode{isExpr: true, expr: c.expr(e.X), redirs: c.redirs(e.Redirections), at: siteOf(c.file, e), live: c.liveSourceExpr(e.X)}
		if b, ok := e.X.(*syntax.BinaryExpr); ok && b.Op == ".." {
			ec.rangeLo, ec.rangeHi, ec.rangeAt = c.expr(b.X), c.expr(b.Y), siteOf(c.file, b)
		}
		return ec
	case *syntax.Command:
		// The command may be a function or script that reads the
		// enclosing loop's $foreach or $switch: it sees the caller's
		// variables through the scope chain.
		c.noteEnum("foreach")
		c.noteEnum("switch")
		ec := &elemCode{invoke: e.Invoke, at: siteOf(c.file, e), nameAt: siteOf(c.file, e.Name), redirs: c.redirs(e.Redirections)}
		if sc, ok := e.Name.(*syntax.StringConst); ok && e.Invoke == "" {
			ec.constName, ec.nameConst = true, sc.Value
		} else if sc, ok := e.Name.(*syntax.StringConst); ok && sc.Kind == syntax.BareWord {
			ec.constName, ec.nameConst = true, sc.Value
		} else {
			ec.name = c.expr(e.Name)
		}
		ec.plainArgs = true
		for _, a := range e.Args {
			ac := c.argument(a)
			if ac.param || ac.splat {
				ec.plainArgs = false
			}
			ec.args = append(ec.args, ac)
		}
		if methodCallSyntax(e) {
			ec.args[0].val = strictParensCheck(ec.args[0].val, ec.at)
		}
		return ec
	}
	panic("interp: unknown pipeline element")
}

func (c *compiler) argument(a syntax.CommandElement) argCode {
	at := siteOf(c.file, a)
	text := ""
	if c.file != nil && a.Pos() >= 0 && int(a.End()) <= len(c.file.Src) {
		text = c.file.Src[a.Pos():a.End()]
	}
	switch a := a.(type) {
	case *syntax.CommandParameter:
		ac := argCode{param: true, name: a.Name, text: a.Text, at: at}
		if a.Arg != nil {
			ac.val, ac.hasVal = c.expr(a.Arg), true
		} else if a.Colon {
			ac.hasVal = true
			ac.val = func(*Runner) (any, error) { return nil, nil }
		}
		return ac
	case *syntax.VariableExpr:
		if a.Splat {
			return argCode{splat: true, val: c.varRead(&syntax.VariableExpr{Span: a.Span, Scope: a.Scope, Name: a.Name}), text: text, at: at}
		}
	case *syntax.ScriptBlockExpr:
		return argCode{val: c.expr(a), text: text, at: at, sbLiteral: true}
	}
	return argCode{val: c.expr(a.(syntax.Expr)), text: text, at: at}
}

// evalArgs evaluates a command's arguments; splatted hashtables become
// named arguments and splatted arrays positional ones.
func (r *Runner) evalArgs(codes []argCode, withPos bool) ([]pipeline.Arg, error) {
	args := make([]pipeline.Arg, 0, len(codes))
	for i := range codes {
		ac := &codes[i]
		var pos *object.InvocationInfo
		if withPos {
			pos = ac.at.info()
		}
		if ac.splat {
			v, err := ac.val(r)
			if err != nil {
				return nil, err
			}
			switch t := v.(type) {
			case *object.Hashtable:
				keys, vals := t.Keys(), t.Values()
				for j, k := range keys {
					name := toStringValue(k)
					args = append(args, pipeline.Arg{IsParam: true, Name: name, Value: vals[j], HasValue: true, Splatted: true, Text: "-" + name + ":", Pos: pos})
				}
			case nil:
			default:
				for _, e := range enumerate(v) {
					if s, ok := e.(string); ok && strings.HasPrefix(s, "-") && len(s) > 1 && t != nil {
						if _, isArgs := v.([]any); isArgs && ac.isArgsVar() {
							name := strings.TrimSuffix(s[1:], ":")
							args = append(args, pipeline.Arg{IsParam: true, Name: name, Text: s, Splatted: true, Pos: pos})
							continue
						}
					}
					args = append(args, pipeline.Arg{Value: e, Text: toStringValue(e), Splatted: true, Pos: pos})
				}
			}
			continue
		}
		a := pipeline.Arg{IsParam: ac.param, Name: ac.name, Text: ac.text, Pos: pos, IsScriptBlockLiteral: ac.sbLiteral}
		if ac.val != nil {
			v, err := ac.val(r)
			if err != nil {
				return nil, err
			}
			if v == object.Null {
				v = nil
			}
			a.Value = v
			a.HasValue = ac.param
		}
		args = append(args, a)
	}
	return dropOverridden(args), nil
}

// dropOverridden removes splatted named arguments that an explicit
// argument of the same name overrides (about_Splatting: "explicit
// parameters override splatted ones").
func dropOverridden(args []pipeline.Arg) []pipeline.Arg {
	hasSplat := false
	for i := range args {
		if args[i].Splatted && args[i].IsParam {
			hasSplat = true
			break
		}
	}
	if !hasSplat {
		return args
	}
	explicit := map[string]bool{}
	for _, a := range args {
		if a.IsParam && !a.Splatted {
			explicit[strings.ToLower(a.Name)] = true
		}
	}
	out := args[:0:0]
	for _, a := range args {
		if a.Splatted && a.IsParam && explicit[strings.ToLower(a.Name)] {
			continue
		}
		out = append(out, a)
	}
	return out
}

// isArgsVar reports whether a splat is @args, whose -name strings are
// passed on as parameter names (a proxy function).
func (ac *argCode) isArgsVar() bool {
	return strings.EqualFold(strings.TrimPrefix(ac.text, "@"), "args")
}

func (c *compiler) pipelineStmt(p *syntax.Pipeline) stmtFn {
	if len(p.Elements) == 1 {
		if ce, ok := p.Elements[0].(*syntax.CommandExpr); ok && len(ce.Redirections) == 0 {
			if u, ok := ce.X.(*syntax.UnaryExpr); ok && (u.Op == "++" || u.Op == "--") {
				if f := c.incDecStmt(u); f != nil {
					return f
				}
			}
			x := c.expr(ce.X)
			if u, ok := ce.X.(*syntax.UnaryExpr); ok && (u.Op == "++" || u.Op == "--") {
				// $i++ as a statement writes nothing.
				return func(r *Runner, _ emitFn) error {
					_, err := x(r)
					r.lastOK = err == nil
					return err
				}
			}
			return func(r *Runner, out emitFn) error {
				v, err := x(r)
				if err != nil {
					r.lastOK = false
					return err
				}
				r.lastOK = true
				return emitValue(v, out)
			}
		}
	}
	elems := make([]*elemCode, len(p.Elements))
	for i, e := range p.Elements {
		elems[i] = c.element(e)
	}
	return func(r *Runner, out emitFn) error {
		before := r.errCount
		failed, err := r.runPipeline(elems, out)
		r.lastOK = err == nil && !failed && r.errCount == before
		return err
	}
}

// stage is one running pipeline element.
type stage struct {
	r     *Runner
	proc  pipeline.Processor
	scope *Scope
	sinks *sinks
	// begun is set once the stage's Begin has run: output an upstream
	// command writes in its own Begin reaches this stage before the
	// pipeline gets to begin it, and PowerShell then runs this stage's
	// Begin first (CommandProcessor.ProcessRecord checks RanBeginAlready).
	begun bool
	// stoppedUp: this command asked for no more input.
	stoppedUp bool
	// caps are the -ErrorVariable/-WarningVariable lists this command's
	// records reach: those of the enclosing functions for the last
	// command, none for the others, whose output goes to the next
	// command and not to the functions' output (PowerShell keeps the
	// lists on the output pipe).
	caps []*streamCapture
}

func (s *stage) enter() (*Scope, *sinks) {
	r := s.r
	os, ok := r.scope, r.sinks
	r.scope = s.scope
	if s.sinks != nil {
		r.sinks = s.sinks
	}
	return os, ok
}

func (s *stage) begin() error {
	if s.begun {
		return nil
	}
	s.begun = true
	os, ok := s.enter()
	oc := s.r.captures
	s.r.captures = s.caps
	err := s.proc.Begin()
	s.r.scope, s.r.sinks, s.r.captures = os, ok, oc
	return s.r.cmdletStopped(s.proc, err)
}

func (s *stage) process(v any) error {
	r := s.r
	if r.interrupt.Load() {
		return errStopped()
	}
	if !s.begun {
		if err := s.begin(); err != nil {
			return err
		}
	}
	os, ok := s.enter()
	oc := r.captures
	r.captures = s.caps
	err := s.proc.Process(v)
	r.scope, r.sinks, r.captures = os, ok, oc
	err = r.cmdletStopped(s.proc, err)
	if err == pipeline.ErrStopUpstream {
		// This command wants no more input: unwind the commands before
		// it; runPipeline ends this one and those after.
		s.stoppedUp = true
		return pipeline.ErrUnwind
	}
	return err
}

func (s *stage) end() error {
	os, ok := s.enter()
	oc := s.r.captures
	s.r.captures = s.caps
	err := s.proc.End()
	s.r.scope, s.r.sinks, s.r.captures = os, ok, oc
	return s.r.cmdletStopped(s.proc, err)
}

func (s *stage) failed() bool {
	if st, ok := s.proc.(pipeline.Status); ok {
		return st.Failed()
	}
	return false
}

// runPipeline binds every command, runs the begin blocks in order, streams
// the objects through the stages, then runs the end blocks in order.
func (r *Runner) runPipeline(elems []*elemCode, out emitFn) (bool, error) {
	n := len(elems)
	if n == 1 && !elems[0].isExpr && len(elems[0].redirs) == 0 {
		return r.runCommand(elems[0], out)
	}
	stages := make([]*stage, n)
	emit := out
	closers := []func() error{}
	defer func() {
		for _, c := range closers {
			c()
		}
	}()
	for i := n - 1; i >= 0; i-- {
		e := elems[i]
		var sk *sinks
		var err error
		stEmit := emit
		if len(e.redirs) > 0 {
			var closer func() error
			sk, stEmit, closer, err = r.redirect(e.redirs, emit)
			if err != nil {
				return true, e.at.wrap(err)
			}
			if closer != nil {
				closers = append(closers, closer)
			}
		}
		if e.isExpr {
			if i != 0 {
				return true, e.at.wrap(newRuntimeError("Expressions are only allowed as the first element of a pipeline.", "ExpressionsMustBeFirstInPipeline", "ParserError"))
			}
			stages[0] = &stage{r: r, scope: r.scope, sinks: sk, proc: &exprProc{r: r, x: e.expr, lo: e.rangeLo, hi: e.rangeHi, at: e.rangeAt, out: stEmit, live: e.live, elemAt: e.at}}
			break
		}
		old := r.sinks
		if sk != nil {
			r.sinks = sk
		}
		proc, err := r.command(e, stEmit, i > 0, i+1)
		r.sinks = old
		if err != nil {
			return true, err
		}
		st := &stage{r: r, proc: proc, scope: r.scope, sinks: sk}
		if i == n-1 {
			st.caps = r.captures
		}
		stages[i] = st
		emit = st.process
	}
	// A failed pipeline still leaves the scopes of the functions it
	// started.
	cleanup := func() {
		for _, st := range stages {
			if a, ok := st.proc.(*activation); ok {
				a.leave()
			}
		}
	}
	start := 0
	for i := 0; i < len(stages); i++ {
		err := stages[i].begin()
		if err == pipeline.ErrUnwind {
			// A command fed by an upstream begin block wants no more
			// input: the commands before it stop without their end
			// blocks; those after it still begin.
			j := i
			for k := range stages {
				if stages[k].stoppedUp {
					j = k
					stages[k].stoppedUp = false
					break
				}
			}
			for _, st := range stages[start:j] {
				if a, ok := st.proc.(*activation); ok {
					a.leave()
				}
			}
			start, i = j, j
			continue
		}
		if err != nil {
			cleanup()
			return true, err
		}
	}
	var pvs []string
	for _, st := range stages {
		pvs = append(pvs, pipelineVariables(st.proc)...)
	}
	if pvs != nil {
		defer r.clearPipelineVariables(pvs)
	}
	for i := start; i < len(stages); i++ {
		err := stages[i].end()
		if err == pipeline.ErrUnwind {
			// Resume with the command that stopped its upstream.
			for j := range stages {
				if stages[j].stoppedUp {
					i = j
					break
				}
			}
			for _, st := range stages[:i] {
				if a, ok := st.proc.(*activation); ok {
					a.leave()
				}
			}
			err = stages[i].end()
		}
		if err != nil {
			cleanup()
			return true, err
		}
	}
	failed := false
	for _, st := range stages {
		if st.failed() {
			failed = true
		}
	}
	return failed, nil
}

// runCommand runs a pipeline of one command, which has no stages to
// switch between. It is runPipeline's most common case (every function
// call statement), so it is a function of its own: its defer, run only
// with -PipelineVariable, does not make every call pay for the general
// case's deferred cleanups.
func (r *Runner) runCommand(e *elemCode, out emitFn) (bool, error) {
	proc, err := r.command(e, out, false, 1)
	if err != nil {
		return true, err
	}
	if err := proc.Begin(); err != nil {
		if a, ok := proc.(*activation); ok {
			a.leave()
		}
		return true, r.cmdletStopped(proc, err)
	}
	if pvs := pipelineVariables(proc); pvs != nil {
		defer r.clearPipelineVariables(pvs)
	}
	err = r.cmdletStopped(proc, proc.End())
	if st, ok := proc.(pipeline.Status); ok && st.Failed() {
		return true, err
	}
	return false, err
}

// exprProc is an expression at the head of a pipeline: it writes its
// value's elements downstream when the pipeline runs.
type exprProc struct {
	r      *Runner
	x      exprFn
	lo, hi exprFn
	at     site
	out    emitFn
	live   exprFn
	elemAt site
}

func (p *exprProc) Begin() error            { return nil }
func (p *exprProc) Process(input any) error { return nil }
func (p *exprProc) End() error {
	if p.lo != nil {
		return p.streamRange()
	}
	v, err := p.x(p.r)
	if err != nil {
		return err
	}
	if mark, src, ok := liveMark(p.r, v, p.live); ok {
		return emitLive(v, mark, src, p.elemAt, p.out)
	}
	return emitValue(v, p.out)
}

// streamRange writes the numbers (or characters) of a range one at a
// time.
func (p *exprProc) streamRange() error {
	lo, err := p.lo(p.r)
	if err != nil {
		return err
	}
	hi, err := p.hi(p.r)
	if err != nil {
		return err
	}
	from, to, isChar, err := ops.RangeBounds(lo, hi)
	if err != nil {
		return p.at.wrap(err)
	}
	step := int32(1)
	if to < from {
		step = -1
	}
	for v := from; ; v += step {
		var item any = v
		if isChar {
			item = object.Char(v)
		}
		if err := p.out(item); err != nil {
			return err
		}
		if v == to {
			return nil
		}
	}
}
