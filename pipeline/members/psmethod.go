package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// PSMethodType is the type of $v.Name when Name is a method: the
// method itself, which shows its overloads (OverloadDefinitions) and can
// be invoked later ($m.Invoke(…)).
const PSMethodType = "System.Management.Automation.PSMethod"

// InstanceMethodDefinition returns the overload list Get-Member shows for
// v's method name ("string ToUpper(), string ToUpper(cultureinfo
// culture)"). The Get-Member family, which keeps that catalog, sets it
// from its dotnet.AddExtensions registration; read it through
// methodCatalog.
var InstanceMethodDefinition func(v any, name string) (string, bool)

// InstanceMethodList lists v's methods with their definitions, for
// $v.PSObject.Methods; set by the same family.
var InstanceMethodList func(v any) []StaticMember

// methodCatalog returns InstanceMethodDefinition and InstanceMethodList
// once the registrations that set them have run.
func methodCatalog() (func(v any, name string) (string, bool), func(v any) []StaticMember) {
	dotnet.LoadExtensions()
	return InstanceMethodDefinition, InstanceMethodList
}

// methodCollectionType is the type of $x.PSObject.Methods.
const methodCollectionType = "System.Management.Automation.PSMemberInfoIntegratingCollection`1[System.Management.Automation.PSMethodInfo]"

// methodCollection is $x.PSObject.Methods: a PSMethod per method of v.
func methodCollection(v any) *object.List {
	var items []any
	if _, list := methodCatalog(); list != nil && v != nil {
		for _, m := range list(v) {
			name := m.Name
			items = append(items, asScriptMethod(v, name, newPSMethod(name, m.Definition, true, func(args []any) (any, error) { return Call(v, name, args) })))
		}
	}
	return &object.List{TypeName: methodCollectionType, Items: items}
}

// MethodObject is $v.Name for a method Name of v: a PSMethod, or false
// when v has no such method.
func MethodObject(v any, name string) (*object.PSObject, bool) {
	definition, _ := methodCatalog()
	if definition == nil || v == nil || v == object.Null {
		return nil, false
	}
	def, ok := definition(v, name)
	if !ok {
		return nil, false
	}
	return asScriptMethod(v, name, newPSMethod(name, def, true, func(args []any) (any, error) { return Call(v, name, args) })), true
}

// asScriptMethod makes m a PSScriptMethod when v's member name is a
// script method (Add-Member, Update-TypeData): its MemberType is
// ScriptMethod and its value type System.Object.
func asScriptMethod(v any, name string, m *object.PSObject) *object.PSObject {
	o, ok := v.(*object.PSObject)
	if !ok {
		return m
	}
	mm := o.Member(name)
	if mm == nil {
		mm = typeMember(o, name)
	}
	if mm == nil || mm.Kind != object.ScriptMethod {
		return m
	}
	m.TypeNames[0] = "System.Management.Automation.PSScriptMethod"
	m.SetProp("MemberType", "ScriptMethod")
	m.SetProp("TypeNameOfValue", "System.Object")
	return m
}

// StaticMethodObject is [Type]::Name for a static method Name of t.
func StaticMethodObject(t *object.TypeValue, name string) (*object.PSObject, bool) {
	if strings.EqualFold(name, "new") {
		// A script class's constructors (about_Object_Creation, "Static
		// new() method": the type's constructors as overloads).
		if ct, ok := dotnet.LookupClass(t.FullName); ok && len(ct.Ctors) > 0 {
			return newPSMethod("new", strings.Join(ct.Ctors, ", "), false, func(args []any) (any, error) { return ct.New(args) }), true
		}
		if def, ok := ctorDefinitions(t.FullName); ok {
			full := t.FullName
			return newPSMethod("new", def, false, func(args []any) (any, error) { return New(full, args) }), true
		}
	}
	list, ok := StaticMembers(t)
	if !ok {
		return nil, false
	}
	for _, m := range list {
		if m.Kind == object.Method && strings.EqualFold(m.Name, name) {
			return newPSMethod(m.Name, m.Definition, false, func(args []any) (any, error) { return CallStatic(t, m.Name, args) }), true
		}
	}
	return nil, false
}

// newPSMethod builds the PSMethod object for a method with the given
// overload list.
func newPSMethod(name, def string, instance bool, invoke func([]any) (any, error)) *object.PSObject {
	overloads := SplitOverloads(def)
	defs := make([]any, len(overloads))
	for i, d := range overloads {
		defs[i] = d
	}
	o := object.NewObject(PSMethodType, "System.Management.Automation.PSMethodInfo", "System.Management.Automation.PSMemberInfo", "System.Object")
	o.SetProp("MemberType", "Method")
	o.SetProp("OverloadDefinitions", defs)
	o.SetProp("TypeNameOfValue", PSMethodType)
	o.SetProp("Value", o)
	o.SetProp("Name", name)
	o.SetProp("IsInstance", instance)
	o.Add(&object.Member{Name: "Invoke", Kind: object.Method, Call: invoke})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		return strings.Join(overloads, ", "), nil
	}})
	return o
}

// SplitOverloads splits a Get-Member definition into its overloads: at
// the commas outside parentheses and brackets.
func SplitOverloads(def string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(def); i++ {
		switch def[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(def[start:i]))
				start = i + 1
			}
		}
	}
	if s := strings.TrimSpace(def[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// ctorDefinitions are a .NET type's public constructors in the order
// .NET Framework reflects them, as [T]::new without parentheses lists
// them. A switch, not a map: no start-up cost.
func ctorDefinitions(full string) (string, bool) {
	switch full {
	case "System.Uri":
		// about_Object_Creation, "Static new() method".
		return "uri new(string uriString), uri new(string uriString, bool dontEscape), " +
			"uri new(uri baseUri, string relativeUri, bool dontEscape), uri new(string uriString, System.UriKind uriKind), " +
			"uri new(uri baseUri, string relativeUri), uri new(uri baseUri, uri relativeUri)", true
	}
	return "", false
}
