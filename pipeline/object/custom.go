package object

// IsCustom reports whether o is a PSCustomObject: its type names include
// PSCustomObjectType and it wraps no base value. Objects Select-Object
// makes are custom objects although their most derived type name is
// "Selected.<type>", so checks for a custom object should use this
// rather than compare TypeName().
func (o *PSObject) IsCustom() bool {
	if o.Base != nil {
		return false
	}
	for _, t := range o.TypeNames {
		if t == PSCustomObjectType {
			return true
		}
	}
	return false
}
