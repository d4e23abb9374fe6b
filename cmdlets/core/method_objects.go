package core

import (
	"strings"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// The PSMethod that $v.Name yields for a method shows the overloads
// Get-Member lists, so members reads them from this family's catalog.
func init() { members.InstanceMethodDefinition = instanceMethodDefinition }

// instanceMethodDefinition is the definition Get-Member shows for v's
// method name: the object's own method (Add-Member, a class), else its
// .NET type's.
func instanceMethodDefinition(v any, name string) (string, bool) {
	if o, ok := v.(*object.PSObject); ok {
		if m := o.Member(name); m != nil {
			if m.Kind == object.Method || m.Kind == object.ScriptMethod {
				return methodDefinition(m), true
			}
			return "", false
		}
		v = o.Base
	}
	full := "System.Object"
	if v != nil {
		full = baseTypeName(v)
	}
	for _, d := range typeMethods(full) {
		if strings.EqualFold(d.name, name) {
			return d.def, true
		}
	}
	return "", false
}
