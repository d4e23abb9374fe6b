package pipeline

// A small builder keeps the parameter tables of cmdlet families readable:
//
//	pipeline.NewParam("Path", "string[]").At("Path", 0).FromPipeline(true, true).Describe("…")
//
// Each call adds to the declaration and returns it.

// NewParam starts the declaration of a parameter of type typ. Without a
// set binding it belongs to every set, optional and named.
func NewParam(name, typ string) *ParamDecl {
	return &ParamDecl{Name: name, Type: typ}
}

// At binds the parameter in set at position pos (-1: named only).
func (p *ParamDecl) At(set string, pos int) *ParamDecl {
	p.Sets = append(p.Sets, SetBinding{Set: set, Position: pos})
	return p
}

// Must binds the parameter as mandatory in set at position pos (-1: named).
func (p *ParamDecl) Must(set string, pos int) *ParamDecl {
	p.Sets = append(p.Sets, SetBinding{Set: set, Position: pos, Mandatory: true})
	return p
}

// FromPipeline marks every set binding as taking pipeline input by value
// and/or by property name (adding an all-sets binding when there is none).
func (p *ParamDecl) FromPipeline(byValue, byName bool) *ParamDecl {
	if len(p.Sets) == 0 {
		p.Sets = append(p.Sets, SetBinding{Set: AllSets, Position: -1})
	}
	for i := range p.Sets {
		p.Sets[i].ValueFromPipeline = p.Sets[i].ValueFromPipeline || byValue
		p.Sets[i].ValueFromPipelineByPropertyName = p.Sets[i].ValueFromPipelineByPropertyName || byName
	}
	return p
}

// Alias adds aliases.
func (p *ParamDecl) Alias(names ...string) *ParamDecl {
	p.Aliases = append(p.Aliases, names...)
	return p
}

// Describe sets the help text.
func (p *ParamDecl) Describe(help string) *ParamDecl {
	p.Help = help
	return p
}

// OneOf restricts the values as [ValidateSet()] does.
func (p *ParamDecl) OneOf(values ...string) *ParamDecl {
	p.ValidateSet = values
	return p
}
