package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// maxDepth is the call depth at which PowerShell gives up.
const maxDepth = 1000

// invokeOpts says how to run a script block.
type invokeOpts struct {
	dollarUnder    any
	useDollarUnder bool
	// args are positional values ($sb.Invoke(1, 2), Invoke-Command
	// -ArgumentList); cmdArgs are the arguments of a command invocation.
	args       []any
	cmdArgs    []pipeline.Arg
	useCmdArgs bool
	input      []any
	hasInput   bool
	newScope   bool
	vars       map[string]any
	// name and kind describe the command being run (functions); info is
	// where it was invoked.
	name, invName  string
	kind           pipeline.CommandKind
	ci             *pipeline.CommandInfo
	info           *object.InvocationInfo
	at             *site
	expectingInput bool
	ownFrame       bool
	// position is the command's place in its pipeline (for prompts).
	position int
	// path is the script file run (ExternalScript).
	path string
	// stdin makes standard input the script's $input (cspsh -File).
	stdin bool
	// block is the script block run as a command (& { … }, & $sb): its
	// $MyInvocation.MyCommand is a ScriptInfo.
	block *ScriptBlock
}

// activation is one running invocation of a script block: its scope, its
// binding and its place in a pipeline. It is a pipeline.Processor.
type activation struct {
	r        *Runner
	sb       *ScriptBlock
	code     *sbCode
	opts     invokeOpts
	scope    *Scope
	pushed   bool
	out      emitFn
	frame    *callFrame
	binding  *pipeline.Binding
	pipeBind bool
	// collected is the input of a block without a process block; it
	// becomes $input in end.
	collected []any
	processed bool
	entered   bool
	// scriptScope makes the new scope a script scope ($script:).
	scriptScope bool
	// exited is set once the script ran `exit`; exitFailed when its
	// exit code was not 0, which makes $? false for the caller.
	exited, exitFailed bool
	// wroteError is set by $PSCmdlet.WriteError: the function itself
	// wrote an error, which makes $? false for its caller (errors of the
	// commands inside it do not, about_Automatic_Variables on $?).
	wroteError bool
	// The scope and frame of a call live in the activation: one
	// allocation per call instead of three.
	scopeData Scope
	frameData callFrame
	// paramVars hold the first parameters' variables; argBuf the
	// arguments of a binder-free call.
	paramVars [3]Variable
	argBuf    [4]any
	// running is the named block being run, for the frame names of
	// Get-PSCallStack (f<Begin>, f<Process>, f<End>).
	running *blockCode
	// dotted keeps the caller's $_ while a dot-sourced block sets its
	// own: PowerShell gives a dotted block its own automatic variables
	// and pops them when it returns.
	dotted struct {
		du   *Variable
		prev any
		// frame and vars are the caller's frame and its frame
		// variables ($args, $MyInvocation, …), set aside while a
		// dot-sourced call shows its own (swapped says they are).
		swapped bool
		frame   *callFrame
		vars    [5]*Variable
	}
	// common is what an advanced function's -OutVariable,
	// -ErrorVariable, … add to the run (nil without them).
	common *commonState
}

func (r *Runner) activate(sb *ScriptBlock, o invokeOpts, out emitFn) *activation {
	a := r.activateBare(sb, out)
	a.opts = o
	return a
}

// activateBare is activate with the options left zero, for a caller that
// sets the few it needs in place (a function call statement) rather than
// copying a whole invokeOpts twice.
func (r *Runner) activateBare(sb *ScriptBlock, out emitFn) *activation {
	sb.code.compile()
	a := r.newActivation()
	a.r, a.sb, a.code, a.out = r, sb, sb.code, out
	return a
}

// enter makes the activation's scope current and returns the one to
// restore.
func (a *activation) enter() *Scope {
	old := a.r.scope
	a.r.scope = a.scope
	return old
}

// Begin creates the scope, binds the arguments and runs begin {}.
func (a *activation) Begin() error {
	r := a.r
	if r.depth >= maxDepth {
		return newRuntimeError(msgRecursion, "CallDepthOverflow", "InvalidOperation")
	}
	r.depth++
	a.entered = true
	r.stack = append(r.stack, a)
	parent := r.scope
	if a.sb.closure != nil {
		parent = a.sb.closure
	}
	if a.opts.newScope {
		// newActivation zeroed the rest of the scope and the frame.
		a.scopeData.parent, a.scopeData.isScript = parent, a.scriptScope
		a.scope = &a.scopeData
		parent.nchild++
		a.pushed = true
	} else {
		a.scope = r.scope
	}
	old := a.enter()
	defer func() { r.scope = old }()
	a.frameData.opts = &a.opts
	a.frameData.sb = a.sb
	f := &a.frameData
	a.frame = f
	if a.pushed {
		a.scope.frame = f
	} else if a.opts.ownFrame {
		// A script run with -File runs in the global scope but has its
		// own $args, $MyInvocation and $PSBoundParameters.
		a.scope.frame = f
		for _, n := range frameNames {
			a.scope.vars.del(n)
		}
	} else {
		a.swapFrame(f)
	}
	if len(a.opts.vars) > 0 { // skips the map iterator's set-up on every call
		for k, v := range a.opts.vars {
			r.setLocal(a.scope, k, v)
		}
	}
	if a.opts.useDollarUnder {
		a.setDollarUnder(a.opts.dollarUnder)
	}
	if err := a.bind(); err != nil {
		return err
	}
	if a.code.begin != nil {
		return a.runBlock(a.code.begin)
	}
	return nil
}

// runBlock runs a named block; `return` ends only that block. `exit` in
// a script called from another ends that script only, setting
// $LASTEXITCODE.
func (a *activation) runBlock(b *blockCode) error {
	if a.exited {
		return nil
	}
	a.running = b
	err := a.runBody(b)
	if rec, ok := err.(*object.ErrorRecord); ok && rec.Stopped && a.code.advanced {
		// Escalated by 'Stop' inside an advanced function, the error
		// ends the function; for its caller it is statement-terminating
		// (about_Error_Handling, "How escalation works").
		rec.Stopped = false
		rec.Escalated = true
	}
	switch e := err.(type) {
	case *returnErr:
		return a.r.flushPending(a.out)
	case *cmdletTermination:
		// Out of the function, the caller's statement handles it.
		return e.rec
	case *exitErr:
		if a.opts.kind == pipeline.KindExternalScript && !a.opts.ownFrame {
			a.r.setLocal(a.r.global, "LASTEXITCODE", int32(e.code))
			a.exited, a.exitFailed = true, e.code != 0
			return nil
		}
	}
	return err
}

// Process runs process {} for one input object ($_), or keeps the object
// for $input when the block has no process block.
func (a *activation) Process(input any) error {
	r := a.r
	if r.interrupt.Load() {
		return errStopped()
	}
	a.processed = true
	if a.exited {
		return nil
	}
	if !a.code.hasProcess {
		a.collected = append(a.collected, input)
		if !a.pipeBind {
			return nil
		}
		// An advanced function binds each object even without a
		// process block: the end block sees the last one bound, and an
		// object nothing takes is an InputObjectNotBound error.
		old := a.enter()
		defer func() { r.scope = old }()
		_, err := a.bindInput(input)
		return err
	}
	old := a.enter()
	defer func() { r.scope = old }()
	a.setDollarUnder(input)
	a.setInput([]any{input})
	if bound, err := a.bindInput(input); !bound || err != nil {
		return err
	}
	return a.runBlock(a.code.process)
}

// bindInput binds one pipeline object to the parameters that take it;
// bound is false when the object was refused (the error is written).
func (a *activation) bindInput(input any) (bound bool, err error) {
	r := a.r
	if a.pipeBind {
		m, err := a.binding.Pipeline(input)
		if err != nil {
			if rec, ok := asRecord(err); ok {
				r.writeError(rec)
				return false, nil
			}
			return false, err
		}
		for _, p := range a.code.params {
			if v, ok := m[p.name]; ok {
				if err := a.setParam(p, v); err != nil {
					return false, err
				}
				a.frame.bind(p.name, v)
			}
		}
	}
	return true, nil
}

// setDollarUnder sets $_ in the activation's scope; in the caller's
// scope (dot-sourced) the caller's value is kept for leave to restore.
func (a *activation) setDollarUnder(v any) {
	if a.pushed {
		a.r.setLocal(a.scope, "_", v)
		return
	}
	if a.dotted.du == nil {
		a.dotted.du = a.r.define(a.scope, "_")
		a.dotted.prev = a.dotted.du.Value
	}
	a.dotted.du.Value = v
}

// setInput replaces $input.
func (a *activation) setInput(in []any) {
	a.frame.input = in
	if !a.pushed {
		// Dot-sourced: $input lives in the caller's scope.
		a.r.setLocal(a.scope, "input", inputEnumerator(in))
		return
	}
	if v, ok := a.scope.vars.get("input"); ok {
		v.Value = inputEnumerator(in)
	}
}

// End runs end {} (and process {} once when nothing was piped in), then
// leaves the scope.
func (a *activation) End() (err error) {
	r := a.r
	defer a.leave()
	if a.common != nil {
		defer func() { err = a.finishCommon(err) }()
	}
	old := a.enter()
	defer func() { r.scope = old }()
	if a.code.hasProcess && !a.processed && !a.opts.expectingInput {
		a.processed = true
		if a.opts.useDollarUnder {
			a.setDollarUnder(a.opts.dollarUnder)
		}
		if err := a.runBlock(a.code.process); err != nil {
			return err
		}
	}
	if a.code.hasProcess {
		a.setInput([]any{})
	} else {
		in := a.collected
		if in == nil {
			in = []any{}
		}
		a.setInput(in)
		if a.opts.stdin && a.r.stdin != nil && a.collected == nil {
			a.setInputEnum(a.r.stdin)
		}
	}
	if a.code.end != nil {
		return a.runBlock(a.code.end)
	}
	return nil
}

// leave pops the scope (once).
func (a *activation) leave() {
	if !a.entered {
		return
	}
	a.entered = false
	a.r.depth--
	a.r.popFrame(a)
	if a.dotted.du != nil {
		a.dotted.du.Value = a.dotted.prev
		a.dotted.du = nil
	}
	if a.dotted.swapped {
		a.restoreFrame()
	}
	if a.pushed {
		a.scope.parent.nchild--
		if a.sb.closure == nil {
			a.r.releaseActivation(a)
		}
	}
}

// newActivation takes an activation from the pool or makes one. A reused
// one keeps its scope's generation, one higher, so reference sites that
// cached a variable of its previous call look again.
func (r *Runner) newActivation() *activation {
	if n := len(r.actPool); n > 0 {
		a := r.actPool[n-1]
		r.actPool = r.actPool[:n-1]
		gen := a.scopeData.gen
		*a = activation{}
		a.scopeData.gen = gen + 1
		return a
	}
	return &activation{}
}

// releaseActivation returns a finished call's activation to the pool:
// nothing outlives the call that points into it ($args is copied when
// read, $PSBoundParameters copies the values).
func (r *Runner) releaseActivation(a *activation) {
	if len(r.actPool) < 32 {
		r.actPool = append(r.actPool, a)
	}
}

// invokeBlock runs a script block to completion and returns its output
// (or streams it to opts' output).
func (r *Runner) invokeBlock(sbi object.ScriptBlock, o invokeOpts) ([]any, error) {
	sb, ok := sbi.(*ScriptBlock)
	if !ok {
		return nil, object.NewException(psInvalidOperationTyp, "The script block cannot be invoked.")
	}
	return r.collectInvoke(sb, o)
}

// collectInvoke runs sb and returns its output. The collector is pooled
// (Where-Object and friends run a block per object); the caller owns
// the result, so a single item is copied out.
func (r *Runner) collectInvoke(sb *ScriptBlock, o invokeOpts) ([]any, error) {
	col := r.getCollector()
	err := r.invokeTo(sb, o, col.out)
	var items []any
	switch len(col.items) {
	case 0:
	case 1:
		items = []any{col.items[0]}
	default:
		items = col.items
	}
	r.putCollector(col)
	return items, err
}

// invokeTo runs sb with its output going to out.
func (r *Runner) invokeTo(sb *ScriptBlock, o invokeOpts, out emitFn) error {
	code := sb.code
	code.compile()
	// The common case of ForEach-Object and Where-Object: a plain block
	// run in the caller's scope with $_ set.
	if !o.newScope && !code.hasParams && !code.named && (!o.hasInput || !code.usesInput && len(o.input) == 1) && len(o.vars) == 0 && sb.closure == nil && code.end != nil && len(o.args) == 0 {
		var du *Variable
		var prev any
		if o.useDollarUnder {
			// $_ is restored on return: a downstream block runs while
			// this one is still using its own $_.
			du = r.define(r.scope, "_")
			prev, du.Value = du.Value, o.dollarUnder
		}
		// As in a function's body (runBody), the errors of the commands
		// inside the block belong to their own pipelines, not to the
		// caller's $?.
		base := r.errCount
		err := code.end.run(r, out)
		r.errCount = base
		if du != nil {
			du.Value = prev
		}
		if _, ok := err.(*returnErr); ok {
			return r.flushPending(out)
		}
		return err
	}
	a := r.activate(sb, o, out)
	if err := a.Begin(); err != nil {
		a.leave()
		return err
	}
	if o.hasInput {
		a.opts.expectingInput = true
		for _, v := range o.input {
			if err := a.Process(v); err != nil {
				a.leave()
				return err
			}
		}
	}
	return a.End()
}

// bind binds the arguments to the parameters and fills $args.
func (a *activation) bind() error {
	code, f := a.code, a.frame
	if a.helpAsked() || code.ast != nil && code.ast.DynamicParam != nil {
		return a.bindSlow()
	}
	if !code.hasParams {
		f.args = a.argValues()
		return nil
	}
	if code.simple && a.allPositional() {
		vals := a.argValues()
		copied := false
		for i, p := range code.params {
			if i < len(vals) {
				v := vals[i]
				if p.typeName != "object" {
					cv, err := dotnet.Convert(v, p.typeName)
					if err != nil {
						return a.bindSlow()
					}
					if !copied {
						vals, copied = append([]any(nil), vals...), true
					}
					v, vals[i] = cv, cv
				}
				if err := a.setParam(p, v); err != nil {
					return err
				}
				continue
			}
			if err := a.setDefault(p); err != nil {
				return err
			}
		}
		n := len(vals)
		if n > len(code.params) {
			f.args = vals[len(code.params):]
			n = len(code.params)
		}
		f.posParams, f.posVals = code.params[:n], vals[:n]
		return nil
	}
	return a.bindSlow()
}

// bindSlow binds through the pipeline binder, as cmdlets are bound.
func (a *activation) bindSlow() error {
	r, code, f := a.r, a.code, a.frame
	ci := a.opts.ci
	if ci == nil {
		kind := a.opts.kind
		if a.opts.name == "" {
			kind = pipeline.KindFunction
		}
		var err error
		if ci, err = code.info(r, a.opts.name, kind); err != nil {
			return err
		}
	}
	if code.advanced {
		if err := a.checkClash(ci); err != nil {
			return err
		}
	}
	args := a.opts.cmdArgs
	if !a.opts.useCmdArgs {
		args = make([]pipeline.Arg, len(a.opts.args))
		for i, v := range a.opts.args {
			args[i] = pipeline.Arg{Value: v, Text: dotnet.ToString(v)}
		}
	}
	var dynDict *object.Hashtable
	if code.ast != nil && code.ast.DynamicParam != nil {
		var err error
		if ci, dynDict, err = a.dynamicInfo(ci, args); err != nil {
			return err
		}
	}
	b, err := pipeline.BindWith(ci, args, rtView{r}, pipeline.BindOptions{ExpectingInput: a.opts.expectingInput, Invocation: a.opts.invocation(), PipelinePosition: a.opts.position})
	if err != nil {
		return err
	}
	if dynDict != nil {
		setRuntimeValues(dynDict, b.Bound)
	}
	a.binding = b
	if b.HelpRequested {
		// f -?: the help instead of running.
		a.exited = true
		for _, v := range pipeline.HelpRequest(rtView{r}, ci) {
			if err := a.out(v); err != nil {
				return err
			}
		}
		return nil
	}
	given := b.BoundParameters()
	bt := f.boundTable()
	for _, name := range b.Order {
		if v, ok := given[name]; ok {
			bt.Set(name, boundValue(ci, name, v))
		}
	}
	for k, v := range given {
		if !bt.Has(k) {
			bt.Set(k, boundValue(ci, k, v))
		}
	}
	for _, p := range code.params {
		if v, ok := b.Bound[p.name]; ok {
			if err := a.setParam(p, v); err != nil {
				return err
			}
			continue
		}
		if err := a.setDefault(p); err != nil {
			return err
		}
	}
	f.args = b.Args
	if code.advanced {
		a.applyCommon(&b.Common)
		a.setupCommon(&b.Common)
		f.cmdlet = &psCmdlet{r: r, b: b, ci: ci, info: a.opts.invocation(), out: a.out, act: a}
	}
	if a.opts.expectingInput {
		for _, p := range ci.Params {
			for _, s := range p.Sets {
				if s.ValueFromPipeline || s.ValueFromPipelineByPropertyName {
					a.pipeBind = true
				}
			}
		}
		if !a.pipeBind {
			// delay-bind script blocks are evaluated per input too
			a.pipeBind = code.advanced
		}
	}
	return nil
}

// argValues are the arguments as plain values (for $args and positional
// binding): a -name token becomes its text.
func (a *activation) argValues() []any {
	if !a.opts.useCmdArgs {
		return a.opts.args
	}
	vals := make([]any, 0, len(a.opts.cmdArgs))
	for _, arg := range a.opts.cmdArgs {
		if arg.IsParam {
			text := arg.Text
			if text == "" {
				text = "-" + arg.Name
			}
			vals = append(vals, text)
			if arg.HasValue {
				vals = append(vals, arg.Value)
			}
			continue
		}
		vals = append(vals, arg.Value)
	}
	return vals
}

func (a *activation) allPositional() bool {
	if !a.opts.useCmdArgs {
		return true
	}
	for _, arg := range a.opts.cmdArgs {
		if arg.IsParam {
			return false
		}
	}
	return true
}

// switchValue is a [switch] parameter's value: a SwitchParameter, true or
// false in conditions, with .IsPresent.
func switchValue(v any) any {
	b := toBool(v)
	o := object.NewObject("System.Management.Automation.SwitchParameter", "System.ValueType", "System.Object")
	o.Base = b
	o.Add(&object.Member{Name: "IsPresent", Kind: object.Property, Value: b, Type: "bool"})
	o.Add(&object.Member{Name: "ToBool", Kind: object.Method, Call: func([]any) (any, error) { return b, nil }})
	// The Boolean base makes it act as true or false; its type is still
	// SwitchParameter ($s.GetType(), about_Functions_Advanced_Parameters).
	o.Add(&object.Member{Name: "GetType", Kind: object.Method, Hidden: true, Type: "type GetType()",
		Call: func([]any) (any, error) {
			t, _ := dotnet.ResolveType("System.Management.Automation.SwitchParameter")
			return t, nil
		}})
	return o
}

// setParam defines a parameter variable, constrained to its type.
func (a *activation) setParam(p *paramCode, v any) error {
	if p.isSwitch {
		v = switchValue(v)
	}
	var vr *Variable
	if a.pushed && p.index < len(a.paramVars) {
		if old, ok := a.scope.vars.get(p.lname); ok {
			vr = old
		} else {
			vr = &a.paramVars[p.index]
			vr.Name = p.name
			a.r.defineVar(a.scope, p.lname, vr)
		}
	} else {
		vr = a.r.defineL(a.scope, p.name, p.lname)
	}
	vr.Value = v
	if p.typeName != "object" && !p.isSwitch {
		vr.Type = p.typeName
	}
	if vr.check = p.check; p.check != nil && vr.Type == "" {
		vr.Type = "System.Object" // not plain: assignments go through the check
	}
	return nil
}

// setDefault gives an unbound parameter its default: the default
// expression evaluated now, false for a switch, or $null converted to the
// parameter's type ("" for [string], 0 for [int]).
func (a *activation) setDefault(p *paramCode) error {
	var v any
	switch {
	case p.def != nil:
		var err error
		if v, err = p.def(a.r); err != nil {
			return err
		}
		if p.typeName != "object" && !p.isSwitch {
			if cv, err := dotnet.Convert(v, p.typeName); err == nil {
				v = cv
			}
		}
	case p.isSwitch:
		v = false
	case p.typeName != "object" && !strings.HasSuffix(p.typeName, "[]"):
		if cv, err := dotnet.Convert(nil, p.typeName); err == nil {
			v = cv
		}
	}
	return a.setParam(p, v)
}

// invocation is where the command was invoked, made from the call site
// the first time something needs it.
func (o *invokeOpts) invocation() *object.InvocationInfo {
	if o.info == nil && o.at != nil {
		o.info = o.at.info()
		o.info.MyCommand = o.name
		o.info.InvocationName = o.invName
	}
	return o.info
}

// applyCommon turns an advanced function's common parameters into its
// local preference variables, as PowerShell does: -ErrorAction Stop makes
// $ErrorActionPreference 'Stop' inside the function, -Verbose makes
// $VerbosePreference 'Continue', -WhatIf sets $WhatIfPreference.
func (a *activation) applyCommon(cm *pipeline.Common) {
	set := func(name string, v any) {
		vr := a.r.define(a.scope, name)
		// A script run with -File shares the global scope, whose
		// preference variables are made on first read: make it now, or
		// the default would replace the value set here.
		_ = vr.value()
		vr.Value = v
	}
	if cm.ErrorAction != nil {
		set("ErrorActionPreference", cm.ErrorAction.String())
	}
	if cm.WarningAction != nil {
		set("WarningPreference", cm.WarningAction.String())
	}
	if cm.InformationAction != nil {
		set("InformationPreference", cm.InformationAction.String())
	}
	if cm.Verbose != nil {
		if *cm.Verbose {
			set("VerbosePreference", "Continue")
		} else {
			set("VerbosePreference", "SilentlyContinue")
		}
	}
	if cm.Debug != nil {
		if *cm.Debug {
			// about_CommonParameters: -Debug sets $DebugPreference to
			// Inquire in interactive mode, to Continue otherwise.
			if a.r.host != nil && a.r.host.Interactive() {
				set("DebugPreference", "Inquire")
			} else {
				set("DebugPreference", "Continue")
			}
		} else {
			set("DebugPreference", "SilentlyContinue")
		}
	}
	if cm.WhatIf != nil {
		set("WhatIfPreference", *cm.WhatIf)
	}
	if cm.Confirm != nil {
		if *cm.Confirm {
			set("ConfirmPreference", "Low")
		} else {
			set("ConfirmPreference", "None")
		}
	}
}

// helpAsked reports a -? argument.
func (a *activation) helpAsked() bool {
	for _, arg := range a.opts.cmdArgs {
		if arg.IsParam && arg.Name == "?" {
			return true
		}
	}
	return false
}

// Failed reports a script that ended with a non-zero exit code: the
// caller's $? is false, as after a failed native command.
func (a *activation) Failed() bool { return a.exitFailed || a.wroteError }
