package core

import (
	"strings"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// propertyName is the name of in's property called name, as in spells it,
// or name itself when in has no such property: 5.1's Select-Object names
// its note properties after the resolved member (PSPropertyExpression of
// member.Name), not after the typed argument.
func propertyName(in any, name string) string {
	if o, ok := in.(*object.PSObject); ok {
		if m := o.Member(name); m != nil && m.Kind < object.Method {
			return m.Name
		}
		if o.Base == nil {
			return name
		}
	}
	if _, ok := in.(*object.Hashtable); ok {
		return name
	}
	for _, m := range members.Properties(in) {
		if strings.EqualFold(m.Name, name) {
			return m.Name
		}
	}
	return name
}
