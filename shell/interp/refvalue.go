package interp

import "cspsh/pipeline/object"

// psReferenceType is [ref]'s .NET type.
const psReferenceType = "System.Management.Automation.PSReference"

// valueReference is [ref] applied to a value rather than a variable
// ([ref]7, [ref]$h.Name): a PSReference whose Value starts as v and can
// be set. A reference stays itself.
func valueReference(v any) any {
	if o, ok := v.(*object.PSObject); ok && o.TypeName() == psReferenceType {
		return o
	}
	val := v
	o := object.NewObject(psReferenceType, "System.Object")
	o.Add(&object.Member{Name: "Value", Kind: object.Property,
		Get: func() any { return val },
		Set: func(nv any) error { val = nv; return nil }})
	return o
}
