package pipeline

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// applyDefaults binds $PSDefaultParameterValues (about_Parameters_Default_Values)
// to the parameters the command line left unbound: keys are
// "CommandName:ParameterName" (wildcards allowed in both names),
// values are used as they are, or a script block's result. A default
// that would leave no parameter set, or that fails to convert, is not
// applied; "Disabled" = $true turns them all off.
func (b *binder) applyDefaults() {
	if b.rt == nil || !b.advanced() {
		return
	}
	v, ok := b.rt.GetVar("PSDefaultParameterValues")
	if !ok {
		return
	}
	h, ok := v.(*object.Hashtable)
	if !ok || h.Len() == 0 {
		return
	}
	if d, ok := h.Get("Disabled"); ok && dotnet.ToBool(d) {
		return
	}
	for _, k := range h.Keys() {
		key, ok := k.(string)
		if !ok {
			continue
		}
		i := strings.LastIndex(key, ":")
		if i <= 0 || i == len(key)-1 {
			continue
		}
		cmd, param := strings.TrimSpace(key[:i]), strings.TrimSpace(key[i+1:])
		if m, _ := wildcard.Match(cmd, b.ci.Name, false); !m {
			continue
		}
		p := b.defaultParam(param)
		if p == nil || b.isBound(p) {
			continue
		}
		val, _ := h.Get(k)
		if sb, ok := val.(object.ScriptBlock); ok {
			// A script block is run for its result, even for a
			// ScriptBlock parameter: { {Get-Process} } gives the inner
			// block (about_Parameters_Default_Values).
			out, err := b.rt.Invoke(sb, InvokeOptions{NewScope: true})
			if err != nil || len(out) == 0 {
				continue
			}
			val = out[0]
			if len(out) > 1 {
				val = out
			}
		}
		if b.opts.ExpectingInput && takesPipelineAnywhere(p) {
			// Pipeline input comes first; the default fills in after it.
			b.pipeDefaults = append(b.pipeDefaults, pipeDefault{p, val})
			continue
		}
		if len(narrow(b.valid, p)) == 0 {
			continue
		}
		saved, savedOrder := b.valid, len(b.Order)
		if err := b.bindValue(p, val, nil); err != nil {
			b.valid = saved
			b.Order = b.Order[:savedOrder]
			delete(b.Bound, p.Name)
		}
	}
}

// pipeDefault is a $PSDefaultParameterValues entry for a parameter that
// takes pipeline input, applied per object when the input did not bind it.
type pipeDefault struct {
	p   *ParamDecl
	val any
}

func takesPipelineAnywhere(p *ParamDecl) bool {
	for _, s := range p.Sets {
		if s.ValueFromPipeline || s.ValueFromPipelineByPropertyName {
			return true
		}
	}
	return false
}

// applyPipeDefaults fills the deferred defaults that one input object
// left unbound.
func (b *binder) applyPipeDefaults(bound map[string]any, valid []string) []string {
	for _, d := range b.pipeDefaults {
		if _, ok := bound[d.p.Name]; ok {
			continue
		}
		nv := narrow(valid, d.p)
		if len(nv) == 0 {
			continue
		}
		cv, err := coerce(d.p, d.val)
		if err != nil || b.validate(d.p, cv, nil) != nil {
			continue
		}
		bound[d.p.Name] = cv
		valid = nv
	}
	return valid
}
