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

// The functional forms below serve the families whose tables are written
// as param(name, type, bindings...) with the help added by WithHelp.

// Param declares a parameter of type typ with the given set bindings (none:
// every set, optional, named only).
func Param(name, typ string, sets ...SetBinding) *ParamDecl {
	if len(sets) == 0 {
		sets = []SetBinding{NamedIn(AllSets)}
	}
	return &ParamDecl{Name: name, Type: typ, Sets: sets}
}

// WithHelp adds help text and aliases to a declaration.
func WithHelp(p *ParamDecl, help string, aliases ...string) *ParamDecl {
	p.Help = help
	p.Aliases = append(p.Aliases, aliases...)
	return p
}

// NamedIn is an optional, named-only binding in set.
func NamedIn(set string) SetBinding { return SetBinding{Set: set, Position: -1} }

// PositionIn is an optional binding at position pos in set.
func PositionIn(set string, pos int) SetBinding { return SetBinding{Set: set, Position: pos} }

// MandatoryIn is a mandatory binding at position pos (-1: named) in set.
func MandatoryIn(set string, pos int) SetBinding {
	return SetBinding{Set: set, Position: pos, Mandatory: true}
}

// PipedIn is a named binding in set that takes pipeline input by value.
func PipedIn(set string) SetBinding {
	return SetBinding{Set: set, Position: -1, ValueFromPipeline: true}
}

// InputObjectParam declares the usual -InputObject parameter, bound from
// the pipeline by value, in the given sets (none: every set).
func InputObjectParam(help string, sets ...string) *ParamDecl {
	if len(sets) == 0 {
		sets = []string{AllSets}
	}
	p := &ParamDecl{Name: "InputObject", Type: "psobject", Help: help, AllowNull: true}
	for _, s := range sets {
		p.Sets = append(p.Sets, PipedIn(s))
	}
	return p
}

// Current returns the object Process works on: the pipeline input, or
// -InputObject when nothing is piped in.
func (c *Call) Current() (any, bool) {
	if c.HasInput {
		return c.Input, true
	}
	if c.Has("InputObject") {
		return c.Get("InputObject"), true
	}
	return nil, false
}
