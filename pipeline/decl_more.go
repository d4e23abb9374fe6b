package pipeline

// Wild marks the parameter as accepting wildcard characters (Get-Help's
// "Accept wildcard characters?").
func (p *ParamDecl) Wild() *ParamDecl {
	p.SupportsWildcards = true
	return p
}

// DefaultText sets the default value Get-Help shows.
func (p *ParamDecl) DefaultText(s string) *ParamDecl {
	p.Default = s
	return p
}
