package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// psobjectGet reads a member of a PSObject: its own members first, then
// those of the value it wraps, then the members every object has.
func psobjectGet(o *object.PSObject, name, lname string) (any, bool, error) {
	if m := o.Member(name); m != nil && m.Kind < object.Method {
		return m.GetValue(), true, nil
	}
	if m := typeMember(o, name); m != nil && m.Kind < object.Method {
		return m.GetValue(), true, nil
	}
	if o.Base != nil {
		switch lname {
		case "pstypenames":
			// The wrapper's own type names: Add-Member -TypeName puts
			// one in front of a wrapped string's System.String.
			return typeNames(o), true, nil
		case "psobject":
			return psobjectView(o), true, nil
		}
		if lname == "datetime" {
			if s, ok := hintedDateTime(o); ok {
				return s, true, nil
			}
		}
		return get(o.Base, name)
	}
	return nil, false, nil
}

// psobjectView is $x.PSObject: the adapter view scripts use to list
// properties ($o.PSObject.Properties | ForEach-Object Name).
func psobjectView(v any) *object.PSObject {
	view := object.NewObject("System.Management.Automation.PSObject", "System.Object")
	props := Properties(v)
	infos := make([]any, 0, len(props))
	for _, p := range props {
		infos = append(infos, propertyInfo(v, p))
	}
	view.Add(&object.Member{Name: "Properties", Kind: object.Property, Value: memberCollection(v, infos)})
	view.Add(&object.Member{Name: "Members", Kind: object.Property, Value: memberCollection(v, infos)})
	view.Add(&object.Member{Name: "Methods", Kind: object.Property, Get: func() any { return methodCollection(v) }})
	base := v
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		base = o.Base
	}
	view.Add(&object.Member{Name: "BaseObject", Kind: object.Property, Value: base})
	view.Add(&object.Member{Name: "ImmediateBaseObject", Kind: object.Property, Value: base})
	view.Add(&object.Member{Name: "TypeNames", Kind: object.Property, Value: liveTypeNames(v)})
	view.Add(&object.Member{Name: "Copy", Kind: object.Method, Call: func([]any) (any, error) {
		if o, ok := v.(*object.PSObject); ok {
			return o.Copy(), nil
		}
		return v, nil
	}})
	return view
}

// propertyInfo is a PSPropertyInfo (PSNoteProperty, PSProperty, …) as
// $o.PSObject.Properties lists it.
func propertyInfo(owner any, m *object.Member) *object.PSObject {
	typ := "System.Management.Automation.PSProperty"
	switch m.Kind {
	case object.NoteProperty:
		typ = "System.Management.Automation.PSNoteProperty"
	case object.ScriptProperty:
		typ = "System.Management.Automation.PSScriptProperty"
	case object.AliasProperty:
		typ = "System.Management.Automation.PSAliasProperty"
	}
	p := object.NewObject(typ, "System.Management.Automation.PSPropertyInfo", "System.Management.Automation.PSMemberInfo", "System.Object")
	val := m.GetValue()
	settable := m.Kind == object.NoteProperty || m.Set != nil
	tn := m.Type
	if m.Kind == object.ScriptProperty {
		// PSScriptProperty.TypeNameOfValue: a script returns any type.
		settable, tn = m.Set != nil, "System.Object"
	}
	if tn == "" {
		if val == nil {
			tn = "System.Object"
		} else {
			tn = dotnet.TypeName(val)
		}
	}
	p.Add(&object.Member{Name: "MemberType", Kind: object.Property, Value: m.Kind.String()})
	p.Add(&object.Member{Name: "IsSettable", Kind: object.Property, Value: settable})
	p.Add(&object.Member{Name: "IsGettable", Kind: object.Property, Value: true})
	p.Add(&object.Member{Name: "Value", Kind: object.Property, Get: m.GetValue, Set: func(v any) error {
		return Set(owner, m.Name, v)
	}})
	p.Add(&object.Member{Name: "TypeNameOfValue", Kind: object.Property, Value: tn})
	p.Add(&object.Member{Name: "Name", Kind: object.Property, Value: m.Name})
	p.Add(&object.Member{Name: "IsInstance", Kind: object.Property, Value: true})
	p.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		if s, ok := ScriptPropertyString(m); ok {
			return s, nil
		}
		return shortType(tn) + " " + m.Name + "=" + dotnet.ToString(m.GetValue()), nil
	}})
	return p
}

// ScriptPropertyString is PSScriptProperty.ToString() for a script
// property made by Add-Member: System.Object, the name, then the getter
// and setter scripts each only when the property has it. ok is false
// for other members, and for script properties without scripts (type
// data cspsh computes in Go), whose text the caller knows.
func ScriptPropertyString(m *object.Member) (string, bool) {
	if m.Kind != object.ScriptProperty || m.Script == nil && m.SetScript == nil {
		return "", false
	}
	s := "System.Object " + m.Name + " {"
	if m.Script != nil {
		s += "get=" + m.Script.String() + ";"
	}
	if m.SetScript != nil {
		s += "set=" + m.SetScript.String() + ";"
	}
	return s + "}", true
}

// shortType is the type as PSPropertyInfo.ToString shows it.
func shortType(full string) string {
	switch full {
	case "System.String":
		return "string"
	case "System.Int32":
		return "int"
	case "System.Object":
		return "System.Object"
	case "System.Boolean":
		return "bool"
	case "System.Int64":
		return "long"
	case "System.Double":
		return "double"
	}
	return full
}

// memberCollectionType is the type of $x.PSObject.Properties.
const memberCollectionType = "System.Management.Automation.PSMemberInfoIntegratingCollection`1[System.Management.Automation.PSPropertyInfo]"

// memberCollection is $x.PSObject.Properties: a list (so that the
// pipeline enumerates it) of property infos, whose methods Item, Match,
// Remove and Add act on the owning object (memberCollectionMethod).
func memberCollection(owner any, infos []any) *object.List {
	for _, p := range infos {
		p.(*object.PSObject).Add(&object.Member{Name: ownerMember, Kind: object.NoteProperty, Value: owner, Hidden: true})
	}
	return &object.List{TypeName: memberCollectionType, Items: infos}
}

// ownerMember is the hidden note on a property info naming its object.
const ownerMember = "__Owner"

func memberCollectionMethod(l *object.List, name string, args []any) (any, bool, error) {
	find := func(n string) any {
		for _, p := range l.Items {
			if pn, _ := Get(p, "Name"); equalFoldAny(pn, n) {
				return p
			}
		}
		return nil
	}
	owner := func() *object.PSObject {
		for _, p := range l.Items {
			if o, ok := p.(*object.PSObject).Prop(ownerMember); ok {
				if po, ok := o.(*object.PSObject); ok {
					return po
				}
			}
		}
		return nil
	}
	switch strings.ToLower(name) {
	case "item", "get_item":
		if len(args) != 1 {
			return nil, true, overload
		}
		return find(argString(args[0])), true, nil
	case "match":
		if len(args) < 1 {
			return nil, true, overload
		}
		out := []any{}
		for _, p := range l.Items {
			n, _ := Get(p, "Name")
			if ok, err := wildcardMatch(argString(args[0]), argString(n)); err == nil && ok {
				out = append(out, p)
			}
		}
		return out, true, nil
	case "remove":
		if len(args) != 1 {
			return nil, true, overload
		}
		if o := owner(); o != nil {
			o.Remove(argString(args[0]))
		}
		return object.Null, true, nil
	case "add":
		if len(args) < 1 {
			return nil, true, overload
		}
		o := owner()
		p, ok := args[0].(*object.PSObject)
		if o == nil || !ok {
			return nil, true, overload
		}
		n, _ := Get(p, "Name")
		v, _ := Get(p, "Value")
		if o.Member(argString(n)) != nil {
			return nil, true, argException("", "The member \""+argString(n)+"\" is already present.")
		}
		o.SetProp(argString(n), v)
		return object.Null, true, nil
	}
	return nil, false, nil
}

func equalFoldAny(a any, b string) bool {
	s, ok := a.(string)
	return ok && strings.EqualFold(s, b)
}

// newNoteProperty is [psnoteproperty]::new(name, value).
func newNoteProperty(args []any) (any, error) {
	if len(args) != 2 {
		return nil, overload
	}
	p := object.NewObject("System.Management.Automation.PSNoteProperty", "System.Management.Automation.PSPropertyInfo", "System.Management.Automation.PSMemberInfo", "System.Object")
	p.Add(&object.Member{Name: "MemberType", Kind: object.Property, Value: "NoteProperty"})
	p.Add(&object.Member{Name: "Name", Kind: object.Property, Value: argString(args[0])})
	p.Add(&object.Member{Name: "Value", Kind: object.NoteProperty, Value: args[1]})
	return p, nil
}
