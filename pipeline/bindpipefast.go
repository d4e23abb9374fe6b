package pipeline

// pipePlan is the per-object work of Pipeline worked out once, for the
// common shape of Where-Object, ForEach-Object, Measure-Object and most
// cmdlets: one parameter takes every input object by value, untyped and
// unvalidated, so binding an object is always the same assignment and
// always resolves to the same parameter set.
type pipePlan struct {
	p   *ParamDecl
	set string
	// bound is reused for every object: Bound plus p.
	bound map[string]any
}

// fastPipe returns the plan when the binding has that shape (nil
// otherwise); it is decided on the first object and kept.
func (b *Binding) fastPipe() *pipePlan {
	if b.planned {
		return b.plan
	}
	b.planned = true
	if !b.advanced() || len(b.delay) > 0 || len(b.pipeDefaults) > 0 {
		return nil
	}
	var only *ParamDecl
	for _, p := range b.meta.pipe {
		if _, ok := b.Bound[p.Name]; ok {
			continue
		}
		if !b.pipelineCandidate(p, b.valid, false) && !b.pipelineCandidate(p, b.valid, true) {
			continue
		}
		if only != nil {
			return nil
		}
		only = p
	}
	if only == nil || !b.pipelineCandidate(only, b.valid, false) {
		return nil
	}
	p := only
	if p.IsSwitch() || p.Enum != nil || isArrayType(p.Type) || !isObjectType(p.Type) ||
		b.isMandatoryAnywhere(p) || !p.unvalidated() {
		return nil
	}
	bound := make(map[string]any, len(b.Bound)+1)
	for k, v := range b.Bound {
		bound[k] = v
	}
	bound[p.Name] = nil
	valid := narrow(b.valid, p)
	set, ok := b.chooseSet(valid, bound, false)
	if !ok || len(b.missingMandatory(set, bound, false)) > 0 {
		return nil
	}
	b.plan = &pipePlan{p: p, set: set, bound: bound}
	return b.plan
}

// unvalidated reports whether p has no validation attribute, so any
// value binds to it.
func (p *ParamDecl) unvalidated() bool {
	return !p.ValidateNotNull && !p.ValidateNotNullOrEmpty && len(p.ValidateSet) == 0 &&
		p.ValidateRange == nil && p.ValidateCount == nil && p.ValidateLength == nil &&
		p.ValidatePattern == "" && p.ValidateScript == nil && p.Validate == nil
}
