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
	if o.Base != nil {
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
	base := v
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		base = o.Base
	}
	view.Add(&object.Member{Name: "BaseObject", Kind: object.Property, Value: base})
	view.Add(&object.Member{Name: "ImmediateBaseObject", Kind: object.Property, Value: base})
	view.Add(&object.Member{Name: "TypeNames", Kind: object.Property, Value: typeNames(v)})
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
		return shortType(tn) + " " + m.Name + "=" + dotnet.ToString(m.GetValue()), nil
	}})
	return p
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

// memberCollection is $x.PSObject.Properties: it enumerates the
// property infos (its Base), and its methods Add, Remove, Match and
// Item act on the owning object.
func memberCollection(owner any, infos []any) *object.PSObject {
	c := object.NewObject(memberCollectionType, "System.Object")
	c.Base = infos
	find := func(name string) any {
		for _, p := range infos {
			if n, _ := Get(p, "Name"); n != nil && equalFoldAny(n, name) {
				return p
			}
		}
		return nil
	}
	item := func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overloadError("Item", len(args))
		}
		return find(argString(args[0])), nil
	}
	c.Add(&object.Member{Name: "Item", Kind: object.Method, Call: item})
	c.Add(&object.Member{Name: "get_Item", Kind: object.Method, Call: item})
	c.Add(&object.Member{Name: "Match", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) < 1 {
			return nil, overloadError("Match", len(args))
		}
		var out []any
		for _, p := range infos {
			n, _ := Get(p, "Name")
			if ok, err := wildcardMatch(argString(args[0]), argString(n)); err == nil && ok {
				out = append(out, p)
			}
		}
		if out == nil {
			out = []any{}
		}
		return out, nil
	}})
	o, isObj := owner.(*object.PSObject)
	c.Add(&object.Member{Name: "Remove", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overloadError("Remove", len(args))
		}
		if isObj {
			o.Remove(argString(args[0]))
		}
		return object.Null, nil
	}})
	c.Add(&object.Member{Name: "Add", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) < 1 || !isObj {
			return nil, overloadError("Add", len(args))
		}
		p, ok := args[0].(*object.PSObject)
		if !ok {
			return nil, overloadError("Add", len(args))
		}
		name, _ := Get(p, "Name")
		val, _ := Get(p, "Value")
		if o.Member(argString(name)) != nil {
			return nil, wrapCall("Add", len(args), argException("", "The member \""+argString(name)+"\" is already present."))
		}
		o.SetProp(argString(name), val)
		return object.Null, nil
	}})
	return c
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
