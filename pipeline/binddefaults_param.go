package pipeline

import "cspsh/pipeline/wildcard"

// defaultParam finds the parameter a $PSDefaultParameterValues key names
// after its colon. The name is a full parameter name or alias, or a
// wildcard pattern (about_Parameters_Default_Values: "The cmdlet and
// parameter names can contain wildcard characters"); a pattern that
// matches more than one parameter of the command names none of them, as
// it cannot say which one the default is for.
func (b *binder) defaultParam(name string) *ParamDecl {
	if !wildcard.HasWildcard(name) {
		return b.findParam(name)
	}
	w, err := wildcard.Compile(name, false)
	if err != nil {
		return nil
	}
	var found *ParamDecl
	for _, p := range b.all {
		hit := w.Match(p.Name)
		for _, al := range p.Aliases {
			hit = hit || w.Match(al)
		}
		if !hit {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}
