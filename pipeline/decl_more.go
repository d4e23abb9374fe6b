package pipeline

// Wild marks the parameter as accepting wildcard characters (Get-Help's
// "Accept wildcard characters?").
func (p *ParamDecl) Wild() *ParamDecl {
	p.SupportsWildcards = true
	return p
}
