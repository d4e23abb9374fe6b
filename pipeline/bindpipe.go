package pipeline

import (
	"strings"
	"time"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// PropertyLookup reads a property of a pipeline object for binding by
// property name; ok is false when the object has no such property.
// Objects with members (PSObjects) and the .NET values with properties
// of their own (dates, time spans, error records, exceptions, a string's
// Length) take part; numbers, collections and hashtables do not.
var PropertyLookup = propertyLookup

func propertyLookup(v any, name string) (any, bool) {
	switch x := v.(type) {
	case *object.PSObject:
		m := x.Member(name)
		if m == nil || m.Kind >= object.Method {
			if x.Base != nil {
				return propertyLookup(x.Base, name)
			}
			return nil, false
		}
		r, err := members.Get(x, m.Name)
		if err != nil {
			return m.GetValue(), true
		}
		return r, true
	case time.Time, object.TimeSpan, *object.ErrorRecord, *object.Exception:
		r, err := members.Get(x, name)
		return r, err == nil && r != nil
	case string:
		// A string's one property: 'abc' binds -Length 3 by property
		// name (ParameterBinding.Tests, "Parameter binding failure on
		// Parameter1 should not cause parameter binding failure on
		// Length").
		if strings.EqualFold(name, "Length") {
			r, err := members.Get(x, "Length")
			return r, err == nil && r != nil
		}
	}
	return nil, false
}

// pipeStage is one of PowerShell's four passes over pipeline parameters.
type pipeStage struct {
	byName bool
	coerce bool
}

// pipeStages is PowerShell's documented order: by value with the same
// type, by property name with the same type, by value with conversion,
// by property name with conversion.
var pipeStages = []pipeStage{{false, false}, {true, false}, {false, true}, {true, true}}

// Pipeline binds one pipeline input object and returns every bound
// parameter for it (command-line ones, delay-bind script blocks
// evaluated with $_ = input, and the input's own binding). It updates
// SetName to the set chosen for this object. The map may be reused by
// the next call: read it, do not keep it.
func (b *Binding) Pipeline(input any) (map[string]any, error) {
	input = unwrapNull(input)
	if pl := b.fastPipe(); pl != nil {
		pl.bound[pl.p.Name] = input
		b.SetName = pl.set
		return pl.bound, nil
	}
	bound := make(map[string]any, len(b.Bound)+2)
	for k, v := range b.Bound {
		bound[k] = v
	}
	valid := b.valid
	for _, d := range b.delay {
		v, err := b.evalDelayed(d, input)
		if err != nil {
			return nil, err
		}
		bound[d.p.Name] = v
	}
	if !b.advanced() {
		return bound, nil
	}
	didBind := false
	var firstErr error
	for _, st := range pipeStages {
		for _, p := range b.meta.pipe {
			if _, ok := bound[p.Name]; ok {
				continue
			}
			if !b.pipelineCandidate(p, valid, st.byName) {
				continue
			}
			v := input
			if st.byName {
				pv, ok := b.propertyFor(p, input)
				if !ok {
					continue
				}
				v = pv
			}
			if !st.coerce && !typeMatches(p, v) {
				continue
			}
			cv, err := coerce(p, v)
			if err != nil {
				if firstErr == nil {
					firstErr = b.errConvert(p, err, nil)
				}
				continue
			}
			if err := b.validate(p, cv, nil); err != nil {
				return nil, err
			}
			bound[p.Name] = cv
			valid = narrow(valid, p)
			didBind = true
		}
	}
	if !didBind {
		if firstErr != nil {
			return nil, firstErr
		}
		rec := b.bindError(exParameterBinding, "InputObjectNotBound", categoryInvalidArgument, msgInputObjectNotBound, nil)
		rec.TargetObject = input
		return nil, rec
	}
	if len(b.pipeDefaults) > 0 {
		valid = b.applyPipeDefaults(bound, valid)
	}
	set, ok := b.chooseSet(valid, bound, false)
	if !ok {
		return nil, b.errAmbiguousSet()
	}
	b.SetName = set
	if missing := b.missingMandatory(set, bound, false); len(missing) > 0 {
		names := make([]string, len(missing))
		for i, p := range missing {
			names[i] = p.Name
		}
		rec := b.bindError(exParameterBinding, "InputObjectMissingMandatory", categoryInvalidArgument,
			sprintf(msgInputObjectMissingMandatory, strings.Join(names, " ")), nil)
		rec.TargetObject = input
		return nil, rec
	}
	return bound, nil
}

// pipelineCandidate reports whether p takes pipeline input the given way
// in one of the valid sets.
func (b *binder) pipelineCandidate(p *ParamDecl, valid []string, byName bool) bool {
	for _, s := range valid {
		sb := setBinding(p, s)
		if sb == nil {
			continue
		}
		if byName && sb.ValueFromPipelineByPropertyName || !byName && sb.ValueFromPipeline {
			return true
		}
	}
	return false
}

// propertyFor reads the input's property named like p or one of its
// aliases.
func (b *binder) propertyFor(p *ParamDecl, input any) (any, bool) {
	if input == nil {
		return nil, false
	}
	if v, ok := PropertyLookup(input, p.Name); ok {
		return v, true
	}
	for _, al := range p.Aliases {
		if v, ok := PropertyLookup(input, al); ok {
			return v, true
		}
	}
	return nil, false
}

// evalDelayed runs a delay-bind script block for one input object and
// converts its output to the parameter's type.
func (b *binder) evalDelayed(d delayed, input any) (any, error) {
	out, err := b.rt.Invoke(d.sb, InvokeOptions{DollarUnder: input, UseDollarUnder: true, NewScope: true})
	if err != nil {
		return nil, b.bindError(exParameterBinding, "ScriptBlockArgumentInvocationFailed", categoryInvalidArgument,
			sprintf(msgScriptBlockFailed, d.p.Name, err.Error()), d.pos)
	}
	var v any
	switch len(out) {
	case 0:
		return nil, b.bindError(exParameterBinding, "ScriptBlockArgumentNoOutput", categoryInvalidArgument,
			sprintf(msgScriptBlockNoOutput, d.p.Name), d.pos)
	case 1:
		v = out[0]
	default:
		v = out
	}
	cv, err := coerce(d.p, v)
	if err != nil {
		return nil, b.errConvert(d.p, err, d.pos)
	}
	if err := b.validate(d.p, cv, d.pos); err != nil {
		return nil, err
	}
	return cv, nil
}

// BoundParameters returns every parameter bound from the command line,
// common parameters included ($PSBoundParameters before pipeline input).
func (b *Binding) BoundParameters() map[string]any {
	m := make(map[string]any, len(b.Bound)+len(b.Common.Given))
	for k, v := range b.Bound {
		m[k] = v
	}
	for k, v := range b.Common.Given {
		m[k] = v
	}
	return m
}
