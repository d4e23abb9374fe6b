// Package members is member access on values of the shared value model:
// $x.Name, $x.Name = v, $x.Method(args), [type]::Static, New-Object.
// It gives the built-in .NET types PowerShell scripts use (strings,
// arrays, lists, hashtables, dates, errors, …) their properties and
// methods with .NET's behaviour and PowerShell's error texts, and adds
// member-access enumeration over collections.
package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Get reads property name of v. A missing property is nil without an
// error (strict mode is the interpreter's business). On a collection
// that has no such property itself, Get enumerates: the values of each
// element, flattened one level (about_Member-Access_Enumeration).
func Get(v any, name string) (any, error) {
	r, found, err := get(v, name)
	if err != nil || found {
		return r, err
	}
	if m := valueTypeMember(v, name); m != nil && m.Kind < object.Method {
		return m.GetValue(), nil
	}
	if items, ok := object.Elements(v); ok {
		return enumerate(items, name)
	}
	return nil, nil
}

// enumerate collects name from each element; one value comes back as
// itself, none as $null, as the pipeline would unwrap them.
func enumerate(items []any, name string) (any, error) {
	var out []any
	for _, e := range items {
		r, found, err := get(e, name)
		if err != nil {
			return nil, err
		}
		if !found {
			if o, ok := e.(*object.PSObject); ok && o.TypeName() == object.PSCustomObjectType {
				// A custom object without the property still yields
				// $null (PowerShell issue #13752, documented behaviour).
				out = append(out, nil)
				continue
			}
			if inner, ok := object.Elements(e); ok {
				r, err = enumerate(inner, name)
				if err != nil {
					return nil, err
				}
				if r == nil {
					continue
				}
			} else {
				continue
			}
		}
		if sub, ok := object.Elements(r); ok {
			out = append(out, sub...)
		} else {
			out = append(out, r)
		}
	}
	return object.Collapse(out), nil
}

// get reads a property of a single value; found is false when the type
// has no such property.
func get(v any, name string) (any, bool, error) {
	lname := strings.ToLower(name)
	switch x := v.(type) {
	case nil, object.AutomationNull:
		if lname == "count" || lname == "length" {
			return int32(0), true, nil
		}
		return nil, false, nil
	case *object.PSObject:
		if r, found, err := psobjectGet(x, name, lname); found || err != nil {
			return r, found, err
		}
	case *object.Hashtable:
		if x.Dict != nil {
			if r, found := dictGet(x, lname); found {
				return r, true, nil
			}
			if r := DictGet(x, name); r != nil {
				return r, true, nil
			}
		}
		if r, found, err := hashtableGet(x, name, lname); found || err != nil {
			return r, found, err
		}
		// A key wins over a member Add-Member gave the table.
		if m := attachedMember(x, name); m != nil {
			return m.GetValue(), true, nil
		}
	case []any:
		if m := attachedMember(x, name); m != nil {
			return m.GetValue(), true, nil
		}
		if r, found, err := arrayGet(x, lname); found || err != nil {
			return r, found, err
		}
		if lname == "count" || lname == "length" {
			return nil, false, nil
		}
	case *object.List:
		if m := attachedMember(x, name); m != nil {
			return m.GetValue(), true, nil
		}
		if r, found, err := listGet(x, lname); found || err != nil {
			return r, found, err
		}
		if lname == "count" || lname == "length" {
			// List has Count but no Length: $list.Length enumerates.
			return nil, false, nil
		}
	case *object.MDArray:
		if r, found, err := mdArrayGet(x, lname); found || err != nil {
			return r, found, err
		}
	case *object.Enumerator:
		if r, ok := enumeratorGet(x, lname); ok {
			return r, true, nil
		}
		// Any other property enumerates the values left, as member
		// enumeration does, and so uses them up (about_Automatic_Variables).
		r, err := enumerate(x.Drain(), name)
		return r, true, err
	case string:
		if lname == "length" {
			return int32(utf16Len(x)), true, nil
		}
	case object.TimeSpan:
		if r, ok := timeSpanGet(x, lname); ok {
			return r, true, nil
		}
	case *object.ErrorRecord:
		if r, ok := errorRecordGet(x, lname); ok {
			return r, true, nil
		}
	case *object.Exception:
		if r, ok := exceptionGet(x, name, lname); ok {
			return r, true, nil
		}
	case *object.TypeValue:
		if r, ok := typeGet(x, lname); ok {
			return r, true, nil
		}
	case dotnet.Enum:
		if lname == "value__" {
			return int32(x.Value), true, nil
		}
	default:
		if r, ok := dateGet(v, lname); ok {
			return r, true, nil
		}
	}
	switch lname {
	case "count", "length":
		// Every scalar has Count and Length 1 (PowerShell 3+).
		return int32(1), true, nil
	case "psobject":
		return psobjectView(v), true, nil
	case "psbase":
		return psbase(v), true, nil
	case "pstypenames":
		return typeNames(v), true, nil
	}
	return nil, false, nil
}

// typeNames is the type hierarchy of v, most derived first.
func typeNames(v any) []any {
	if o, ok := v.(*object.PSObject); ok {
		out := make([]any, len(o.TypeNames))
		for i, n := range o.TypeNames {
			out[i] = n
		}
		return out
	}
	var out []any
	for t := dotnet.TypeName(v); t != ""; t = dotnet.BaseType(t) {
		// Type.FullName: generic arguments assembly-qualified.
		out = append(out, dotnet.QualifiedFullName(t))
		if t == "System.Object" {
			break
		}
	}
	return out
}

// Set assigns property name of v. Collections do not enumerate on
// assignment: `$items.Size = 5` fails as PowerShell's does.
func Set(v any, name string, val any) error {
	if _, isTable := v.(*object.Hashtable); !isTable {
		// ($table.Name = v sets a key, as before.)
		if h := object.Attached(v); h != nil && h.Member(name) != nil {
			return Set(h, name, val)
		}
	}
	switch x := v.(type) {
	case *object.PSObject:
		m := x.Member(name)
		if m == nil {
			m = typeMember(x, name)
		}
		if m == nil {
			if x.Base != nil {
				if err := Set(x.Base, name, val); err == nil {
					return nil
				}
			}
			return propertyNotFound(name)
		}
		switch {
		case m.Set != nil:
			return m.Set(val)
		case m.Kind == object.NoteProperty:
			m.Value = val
			return nil
		case m.Kind >= object.Method:
			return propertyNotFound(name)
		}
		return readOnly(m.Name)
	case *object.Hashtable:
		if x.Dict != nil {
			return DictSet(x, name, val)
		}
		x.Set(name, val)
		return nil
	case *object.Exception:
		if x.Props == nil {
			x.Props = map[string]any{}
		}
		if _, ok := x.Props[name]; ok {
			x.Props[name] = val
			return nil
		}
	case *object.ErrorRecord:
		if strings.EqualFold(name, "ErrorDetails") {
			setErrorDetails(x, val)
			return nil
		}
	case *object.List:
		if strings.EqualFold(name, "Capacity") {
			return nil
		}
	}
	// The .NET properties of built-in values ('abc'.Length, @(1).Count,
	// a date's Year) exist but have no setter.
	if a, ok := v.([]any); ok {
		if _, found, _ := arrayGet(a, strings.ToLower(name)); found {
			return readOnly(arrayPropertyName(strings.ToLower(name)))
		}
	} else if v != nil {
		for _, p := range Properties(v) {
			if strings.EqualFold(p.Name, name) {
				return readOnly(p.Name)
			}
		}
	}
	return propertyNotFound(name)
}

// arrayPropertyName spells a property of System.Array, given in lower
// case, as .NET does ("" for any other name).
func arrayPropertyName(lower string) string {
	switch lower {
	case "count":
		return "Count"
	case "length":
		return "Length"
	case "longlength":
		return "LongLength"
	case "rank":
		return "Rank"
	case "isreadonly":
		return "IsReadOnly"
	case "issynchronized":
		return "IsSynchronized"
	case "isfixedsize":
		return "IsFixedSize"
	case "syncroot":
		return "SyncRoot"
	}
	return ""
}

// utf16Len is the .NET length of s (UTF-16 code units).
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// psbase is the intrinsic member that reaches the .NET object itself:
// for a dictionary, its own properties even when keys shadow them
// ($hashtable.psbase.Keys).
func psbase(v any) any {
	h, ok := v.(*object.Hashtable)
	if !ok {
		if o, ok := v.(*object.PSObject); ok && o.Base != nil {
			return o.Base
		}
		return v
	}
	o := object.NewObject(dotnet.TypeName(h), "System.Object")
	add := func(n string, get func() any) {
		o.Add(&object.Member{Name: n, Kind: object.Property, Get: get})
	}
	add("Keys", func() any { return h.Keys() })
	add("Values", func() any { return h.Values() })
	add("Count", func() any { return int32(h.Len()) })
	add("IsReadOnly", func() any { return false })
	add("IsFixedSize", func() any { return false })
	add("IsSynchronized", func() any { return false })
	add("SyncRoot", func() any { return h })
	return o
}
