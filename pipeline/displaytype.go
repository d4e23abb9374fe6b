package pipeline

// Shown sets the type name syntax and help show for the parameter (its
// DisplayType), for product types bound as a simpler one: -Identity
// <XdsIdentity> takes a string.
func (p *ParamDecl) Shown(typeName string) *ParamDecl {
	p.DisplayType = typeName
	return p
}
