package pipeline

import (
	"sort"
	"strings"

	"cspsh/pipeline/object"
)

// Binding is the result of binding a command's arguments: the parameters
// bound from the command line, the parameter set, the common parameters,
// and what is left for pipeline input (Pipeline binds each input object).
//
// The binder follows PowerShell's ParameterBinderController: named
// arguments first (exact name or alias, else a unique prefix), then the
// parameter sets those narrow to, then positional arguments by Position in
// the remaining sets, then ValueFromRemainingArguments, then mandatory
// parameters (prompted for in an interactive host).
type Binding struct {
	Info *CommandInfo
	// Bound holds the parameters bound from the command line (and from
	// mandatory prompts), by declared name.
	Bound map[string]any
	// Order lists the names in Bound and Common.Given in binding order
	// (for $PSBoundParameters).
	Order []string
	// Args are the arguments a non-advanced function receives in $args:
	// unbound positional values and unknown -name tokens.
	Args []any
	// SetName is the resolved parameter set ("__AllParameterSets" when the
	// command declares none). With pipeline input it may change per
	// object: Pipeline updates it.
	SetName string
	// Common holds the common parameters given.
	Common Common
	// HelpRequested is set by -?: show help instead of running.
	HelpRequested  bool
	ExpectingInput bool

	ci    *CommandInfo
	rt    Runtime
	opts  BindOptions
	meta  *cmdMeta
	all   []*ParamDecl
	sets  []string
	valid []string
	delay []delayed
	// pipeDefaults are $PSDefaultParameterValues waiting for pipeline
	// input to leave their parameters unbound.
	pipeDefaults []pipeDefault
	// plan is Pipeline's precomputed per-object binding (planned: decided).
	plan    *pipePlan
	planned bool
}

// binder is the Binding while it is being built.
type binder = Binding

// delayed is a delay-bind script block: a { } literal given to a
// parameter that takes pipeline input, evaluated per input object.
type delayed struct {
	p   *ParamDecl
	sb  object.ScriptBlock
	pos *object.InvocationInfo
}

// BindOptions tunes Bind.
type BindOptions struct {
	// ExpectingInput is true when something is piped into the command.
	ExpectingInput bool
	// Invocation is where the command was written, for errors that are
	// not about one argument (missing mandatory parameters, …).
	Invocation *object.InvocationInfo
	// PipelinePosition is the command's 1-based position in its
	// pipeline, shown by the mandatory-parameter prompt.
	PipelinePosition int
}

// Bind binds args to the parameters ci declares.
func Bind(ci *CommandInfo, args []Arg, rt Runtime, expectingInput bool) (*Binding, error) {
	return BindWith(ci, args, rt, BindOptions{ExpectingInput: expectingInput})
}

// BindWith is Bind with options.
//
// For script functions the interpreter builds the ParamDecls (positions
// in declaration order unless a parameter states its own), sets
// CommandInfo.CmdletBinding for advanced functions ([CmdletBinding()] or
// any [Parameter()] attribute: common parameters, unknown -names are
// errors) and leaves it false for plain ones (unknown -names and extra
// values land in Binding.Args for $args). When HelpRequested is set (-?)
// the command should not run: HelpText(ci, …) is its output.
func BindWith(ci *CommandInfo, args []Arg, rt Runtime, opts BindOptions) (*Binding, error) {
	b := &Binding{Info: ci, ci: ci, rt: rt, opts: opts, Bound: map[string]any{}, ExpectingInput: opts.ExpectingInput}
	b.meta = metaFor(ci, b.advanced())
	b.all = b.meta.all
	b.sets = b.meta.sets
	b.valid = b.sets
	if err := b.bindArgs(args); err != nil {
		return b, err
	}
	if b.HelpRequested {
		return b, nil
	}
	b.applyDefaults()
	if err := b.resolveCommandLine(); err != nil {
		return b, err
	}
	return b, nil
}

// advanced reports whether the command has common parameters: cmdlets
// and advanced functions.
func (b *binder) advanced() bool {
	switch b.ci.Kind {
	case KindFunction, KindFilter, KindExternalScript:
		return b.ci.CmdletBinding
	}
	return true
}

// isScript reports whether the command is written in PowerShell.
func (b *binder) isScript() bool {
	switch b.ci.Kind {
	case KindFunction, KindFilter, KindExternalScript:
		return true
	}
	return false
}

// posArg is an argument waiting for positional binding; unknown marks a
// -name token no parameter matched (kept for $args or the remaining
// arguments parameter).
type posArg struct {
	a       *Arg
	unknown bool
	value   any
}

// bindArgs binds named arguments, then positional ones.
func (b *binder) bindArgs(args []Arg) error {
	// A parameter given explicitly overrides the same one splatted
	// (PowerShell 7.1; Windows PowerShell reports it as bound twice).
	var explicit map[*ParamDecl]bool
	splatted := false
	for i := range args {
		splatted = splatted || args[i].Splatted
	}
	for i := 0; splatted && i < len(args); i++ {
		if a := &args[i]; a.IsParam && !a.Splatted {
			if p, err := b.match(a); err == nil && p != nil {
				if explicit == nil {
					explicit = map[*ParamDecl]bool{}
				}
				explicit[p] = true
			}
		}
	}
	var positional []posArg
	var dynamic []dynamicArg
	for i := 0; i < len(args); i++ {
		a := &args[i]
		if !a.IsParam {
			positional = append(positional, posArg{a: a, value: a.Value})
			continue
		}
		if a.Name == "" {
			// A lone dash is an ordinary argument.
			positional = append(positional, posArg{a: a, value: "-"})
			continue
		}
		if a.Name == "?" && b.findParam("?") == nil {
			b.HelpRequested = true
			continue
		}
		p, err := b.match(a)
		if err != nil {
			return err
		}
		if p == nil {
			if b.advanced() && b.remainingParam() == nil {
				return b.errNamedNotFound(a)
			}
			text := a.Text
			if text == "" {
				text = "-" + a.Name
				if a.HasValue {
					text += ":"
				}
			}
			positional = append(positional, posArg{a: a, unknown: true, value: text})
			if a.HasValue {
				positional = append(positional, posArg{a: a, unknown: true, value: a.Value})
			}
			continue
		}
		if a.Splatted && explicit[p] {
			if !a.HasValue && !p.IsSwitch() && i+1 < len(args) && !args[i+1].IsParam && args[i+1].Splatted {
				i++
			}
			continue
		}
		var val any
		valArg := a
		switch {
		case a.HasValue:
			val = a.Value
		case p.IsSwitch():
			val = true
		case i+1 < len(args) && !args[i+1].IsParam:
			i++
			valArg = &args[i]
			val = valArg.Value
		default:
			return b.errMissingArgument(a, p)
		}
		if b.isBound(p) {
			return b.errAlreadyBound(a, p)
		}
		if err := b.bindValue(p, val, valArg); err != nil {
			return err
		}
		if p.Dynamic != nil {
			dynamic = append(dynamic, dynamicArg{p, a})
		}
	}
	if len(b.valid) == 0 {
		return b.errAmbiguousSet()
	}
	if err := b.bindPositional(positional); err != nil {
		return err
	}
	return b.checkDynamic(dynamic)
}

// dynamicArg is a named argument bound to a dynamic parameter, checked
// once the other parameters are bound.
type dynamicArg struct {
	p *ParamDecl
	a *Arg
}

// checkDynamic refuses dynamic parameters the command's provider does
// not offer for the bound paths, as an unknown name.
func (b *binder) checkDynamic(ds []dynamicArg) error {
	for _, d := range ds {
		if !d.p.Dynamic(b.Bound, b.rt) {
			return b.errNamedNotFound(d.a)
		}
	}
	return nil
}

// findParam returns the parameter whose name or alias is exactly name.
func (b *binder) findParam(name string) *ParamDecl {
	for _, p := range b.all {
		if strings.EqualFold(p.Name, name) {
			return p
		}
	}
	for _, p := range b.all {
		for _, al := range p.Aliases {
			if strings.EqualFold(al, name) {
				return p
			}
		}
	}
	return nil
}

// match finds the parameter a names, as PowerShell's GetMatchingParameter:
// an exact name or alias wins; otherwise every parameter whose name or
// alias starts with the text; several matches are ambiguous unless only
// one of them is the command's own (not a common parameter).
func (b *binder) match(a *Arg) (*ParamDecl, error) {
	if p := b.findParam(a.Name); p != nil {
		return p, nil
	}
	name := a.Name
	var matches []*ParamDecl
	add := func(p *ParamDecl) {
		for _, m := range matches {
			if m == p {
				return
			}
		}
		matches = append(matches, p)
	}
	for _, p := range b.all {
		if hasPrefixFold(p.Name, name) {
			add(p)
		}
	}
	for _, p := range b.all {
		for _, al := range p.Aliases {
			if hasPrefixFold(al, name) {
				add(p)
			}
		}
	}
	if len(matches) > 1 {
		var own []*ParamDecl
		for _, m := range matches {
			if !isCommonParam(m) {
				own = append(own, m)
			}
		}
		if len(own) == 1 {
			return own[0], nil
		}
		return nil, b.errAmbiguous(a, matches)
	}
	if len(matches) == 1 {
		return matches[0], nil
	}
	return nil, nil
}

// isBound reports whether p already has a value.
func (b *binder) isBound(p *ParamDecl) bool {
	if _, ok := b.Bound[p.Name]; ok {
		return true
	}
	if _, ok := b.Common.Given[p.Name]; ok {
		return true
	}
	for _, d := range b.delay {
		if d.p == p {
			return true
		}
	}
	return false
}

// bindValue converts, validates and records one parameter's argument.
// at is the argument the value came from (for the error marker).
func (b *binder) bindValue(p *ParamDecl, v any, at *Arg) error {
	if p.Transform != nil {
		v = p.Transform(v)
	}
	var pos *object.InvocationInfo
	if at != nil {
		pos = at.Pos
	}
	if isCommonParam(p) {
		cv, err := coerce(p, v)
		if err != nil {
			return b.errConvert(p, err, pos)
		}
		if err := b.refuseSuspend(p, cv, at); err != nil {
			return err
		}
		b.Common.set(p, cv)
		b.Order = append(b.Order, p.Name)
		return nil
	}
	if sb, ok := v.(object.ScriptBlock); ok && at != nil && at.IsScriptBlockLiteral && b.delayBindable(p) {
		if !b.opts.ExpectingInput {
			return b.bindError(exParameterBinding, "ScriptBlockArgumentNoInput", categoryMetadataError,
				sprintf(msgScriptBlockNoInput, p.Name), pos)
		}
		b.delay = append(b.delay, delayed{p: p, sb: sb, pos: pos})
		b.valid = narrow(b.valid, p)
		return nil
	}
	if err := b.refuseCollectionForString(p, v, pos); err != nil {
		return err
	}
	if v == nil && b.ci.Kind == KindCmdlet && b.isMandatoryAnywhere(p) {
		// A compiled cmdlet's binder refuses a mandatory $null before
		// converting it: "Add-Member -MemberType $null" and "-Name $null"
		// are ParameterArgumentValidationErrorNullNotAllowed, not a failed
		// conversion to PSMemberTypes or an empty string.
		if err := b.checkNullOrEmpty(p, v, pos); err != nil {
			return err
		}
	}
	cv, err := coerce(p, v)
	if err != nil {
		return b.errConvert(p, err, pos)
	}
	if err := b.validate(p, cv, pos); err != nil {
		return err
	}
	b.Bound[p.Name] = cv
	b.Order = append(b.Order, p.Name)
	b.valid = narrow(b.valid, p)
	return nil
}

// delayBindable reports whether a script block given to p is evaluated
// per input object rather than bound as is.
func (b *binder) delayBindable(p *ParamDecl) bool {
	if isScriptBlockType(p.Type) || isObjectType(p.Type) {
		return false
	}
	for _, s := range p.Sets {
		if s.ValueFromPipeline || s.ValueFromPipelineByPropertyName {
			return true
		}
	}
	return false
}

// remainingParam is the ValueFromRemainingArguments parameter, if any.
func (b *binder) remainingParam() *ParamDecl { return b.meta.remaining }

// bindPositional binds the values left after named binding to the
// positional parameters of the sets still valid, in Position order.
func (b *binder) bindPositional(positional []posArg) error {
	positions := b.positions()
	pi := 0
	var leftovers []posArg
	rest := b.remainingParam()
	takeRest := false
	for _, pa := range positional {
		if pa.unknown || takeRest {
			leftovers = append(leftovers, pa)
			continue
		}
		bound := false
		for !bound && pi < len(positions) {
			cands := b.candidatesAt(positions[pi])
			if rest != nil && containsParam(cands, rest) {
				// A positional remaining-arguments parameter takes this
				// argument and every one after it (Write-Output a b).
				takeRest = true
				break
			}
			pi++
			if len(cands) == 0 {
				continue
			}
			ok, err := b.bindOneOf(cands, pa)
			if err != nil {
				return err
			}
			bound = ok
		}
		if !bound {
			leftovers = append(leftovers, pa)
		}
	}
	if len(leftovers) == 0 {
		return nil
	}
	if rp := b.remainingParam(); rp != nil && !b.isBound(rp) {
		vals := make([]any, len(leftovers))
		for i, l := range leftovers {
			vals[i] = l.value
		}
		var v any = vals
		if !isArrayType(rp.Type) && !isObjectType(rp.Type) && len(vals) == 1 {
			v = vals[0]
		}
		return b.bindValue(rp, v, leftovers[0].a)
	}
	if !b.advanced() {
		for _, l := range leftovers {
			b.Args = append(b.Args, l.value)
		}
		return nil
	}
	first := leftovers[0]
	if first.unknown {
		return b.errNamedNotFound(first.a)
	}
	return b.errPositional(first.a)
}

// positions lists, in order, the positions of unbound parameters in the
// valid sets.
func (b *binder) positions() []int {
	seen := map[int]bool{}
	var out []int
	for _, p := range b.ci.Params {
		for _, s := range b.valid {
			if sb := setBinding(p, s); sb != nil && sb.Position >= 0 && !seen[sb.Position] {
				seen[sb.Position] = true
				out = append(out, sb.Position)
			}
		}
	}
	sort.Ints(out)
	return out
}

// candidatesAt lists the unbound parameters at position pos in the sets
// still valid, those of the default set first.
func (b *binder) candidatesAt(pos int) []*ParamDecl {
	var out []*ParamDecl
	add := func(p *ParamDecl) {
		for _, c := range out {
			if c == p {
				return
			}
		}
		out = append(out, p)
	}
	order := b.valid
	if d := b.ci.DefaultSet; d != "" && containsFold(b.valid, d) {
		order = append([]string{d}, b.valid...)
	}
	for _, s := range order {
		for _, p := range b.ci.Params {
			if b.isBound(p) {
				continue
			}
			if sb := setBinding(p, s); sb != nil && sb.Position == pos {
				add(p)
			}
		}
	}
	return out
}

// bindOneOf binds a positional value to one of several candidates: a
// single candidate takes it with conversion (and its errors); several
// are tried first without, then with type conversion.
func (b *binder) bindOneOf(cands []*ParamDecl, pa posArg) (bool, error) {
	if len(cands) == 1 {
		return true, b.bindValue(cands[0], pa.value, pa.a)
	}
	// As PowerShell's binder, a parameter whose validation refuses the
	// value leaves it to the next candidate at the same position:
	// Add-Member's -NotePropertyName refuses the PSMemberTypes names, so
	// "Add-Member NoteProperty X 1" binds -MemberType while
	// "Add-Member Status Done" binds -NotePropertyName.
	var refused []*ParamDecl
	var refusal error
	for _, p := range cands {
		v := pa.value
		if p.Transform != nil {
			v = p.Transform(v)
		}
		if typeMatches(p, v) {
			err := b.bindValue(p, pa.value, pa.a)
			if err != nil && isValidationError(err) {
				refused, refusal = append(refused, p), err
				continue
			}
			return true, err
		}
	}
	var firstErr error
	for _, p := range cands {
		if containsParam(refused, p) {
			continue
		}
		if _, err := coerce(p, pa.value); err != nil {
			if firstErr == nil {
				firstErr = b.errConvert(p, err, pa.a.Pos)
			}
			continue
		}
		return true, b.bindValue(p, pa.value, pa.a)
	}
	if refusal != nil {
		return true, refusal
	}
	return false, firstErr
}

// isValidationError reports whether a binding error is a parameter
// validation failure (the value had the right type but was refused).
func isValidationError(err error) bool {
	rec, ok := err.(*object.ErrorRecord)
	return ok && strings.HasPrefix(rec.FullyQualifiedErrorID, "ParameterArgumentValidationError")
}

func containsParam(list []*ParamDecl, p *ParamDecl) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
