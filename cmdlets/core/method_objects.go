package core

import (
	"strings"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// RegisterExtensions gives members this family's method catalog: the
// PSMethod that $v.Name yields for a method, and $v.PSObject.Methods,
// show the overloads Get-Member lists. cmdlets.Registry hands it to
// dotnet.AddExtensions.
func RegisterExtensions() {
	members.InstanceMethodDefinition = instanceMethodDefinition
	members.InstanceMethodList = instanceMethodList
}

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

// instanceMethodList lists v's methods (name and definition): the
// object's own, then its .NET type's that it does not hide.
func instanceMethodList(v any) []members.StaticMember {
	var out []members.StaticMember
	own := map[string]bool{}
	if o, ok := v.(*object.PSObject); ok {
		for _, m := range o.Members() {
			if (m.Kind == object.Method || m.Kind == object.ScriptMethod) && !m.Hidden {
				out = append(out, members.StaticMember{Name: m.Name, Kind: object.Method, Definition: methodDefinition(m)})
				own[strings.ToLower(m.Name)] = true
			}
		}
		v = o.Base
	}
	full := "System.Object"
	if v != nil {
		full = baseTypeName(v)
	}
	for _, d := range typeMethods(full) {
		if !own[strings.ToLower(d.name)] {
			out = append(out, members.StaticMember{Name: d.name, Kind: object.Method, Definition: d.def})
		}
	}
	return out
}
