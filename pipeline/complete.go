package pipeline

import "strings"

// CompleteParameterName lists the parameter names of ci that begin with
// prefix (without its dash), as "-Name" completions: the command's own
// parameters in declaration order, then the common ones. Hidden
// (DontShow) parameters are left out.
func CompleteParameterName(ci *CommandInfo, prefix string) []string {
	prefix = strings.TrimLeft(prefix, "-")
	var out []string
	add := func(p *ParamDecl) {
		if !p.DontShow && hasPrefixFold(p.Name, prefix) {
			out = append(out, "-"+p.Name)
		}
	}
	for _, p := range ci.Params {
		add(p)
	}
	if hasCommonParams(ci) {
		for _, p := range CommonParams {
			add(p)
		}
		if ci.SupportsShouldProcess {
			for _, p := range ShouldProcessParams {
				add(p)
			}
		}
	}
	return out
}

// CompleteParameterValue lists the values of parameter param (a name, a
// unique prefix or an alias) that begin with prefix: the names of its
// enum or the members of its ValidateSet.
func CompleteParameterValue(ci *CommandInfo, param, prefix string) []string {
	b := &Binding{ci: ci, Info: ci}
	b.meta = metaFor(ci, b.advanced())
	b.all = b.meta.all
	p, err := b.match(&Arg{IsParam: true, Name: param})
	if err != nil || p == nil {
		return nil
	}
	var values []string
	switch {
	case p.Enum != nil:
		values = p.Enum.Values
	case len(p.ValidateSet) > 0:
		values = p.ValidateSet
	}
	var out []string
	for _, v := range values {
		if hasPrefixFold(v, prefix) {
			out = append(out, v)
		}
	}
	return out
}
