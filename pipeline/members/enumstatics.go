package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TypeDefault is default(T) for a type's full name (0, $false, $null …):
// the value a class property holds before anything is assigned.
func TypeDefault(full string) any { return typeDefault(full) }

// enumTypeMethod serves [EnumType].GetEnumNames(), GetEnumValues(),
// GetEnumName(v) in .NET's order (sorted by value), and
// GetEnumUnderlyingType().
func enumTypeMethod(t *object.TypeValue, lname string, args []any) (any, error) {
	e, ok := dotnet.LookupEnum(t.FullName)
	if !ok {
		return nil, argException("enumType", "Type provided must be an Enum.")
	}
	names, values := dotnet.EnumSorted(e)
	switch lname {
	case "getenumunderlyingtype":
		// Script enums are Int32 (PSType.cs DefineEnum), as most are.
		tv, _ := dotnet.ResolveType("System.Int32")
		return tv, nil
	case "getenumname":
		if len(args) != 1 {
			return nil, overload
		}
		v, err := dotnet.Convert(args[0], e.FullName)
		if err != nil {
			return nil, err
		}
		if n, ok := dotnet.EnumName(e, v.(dotnet.Enum).Value); ok {
			return n, nil
		}
		return nil, nil
	case "getenumnames":
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return out, nil
	}
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = dotnet.Enum{Type: e, Value: v}
	}
	return out, nil
}

// systemEnumCall serves the statics of [System.Enum] that take the enum
// type as their first argument: GetNames, GetValues, GetName, Parse,
// IsDefined, ToObject.
func systemEnumCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "getnames", "getvalues", "getname", "parse", "isdefined", "toobject":
	default:
		return nil, false, nil
	}
	if len(args) == 0 {
		return nil, true, overload
	}
	t, ok := args[0].(*object.TypeValue)
	if !ok {
		tv, err := dotnet.Convert(args[0], "type")
		if err != nil {
			return nil, true, err
		}
		if t, ok = tv.(*object.TypeValue); !ok {
			return nil, true, argNull("enumType") // [Enum]::GetNames($null)
		}
	}
	rest := args[1:]
	switch lname {
	case "getnames", "getvalues":
		if len(rest) != 0 {
			return nil, true, overload
		}
		r, err := enumTypeMethod(t, "getenum"+lname[3:], nil)
		return r, true, err
	case "getname":
		if len(rest) != 1 {
			return nil, true, overload
		}
		r, err := enumGetName(t, rest[0])
		return r, true, err
	case "parse":
		if len(rest) < 1 || len(rest) > 2 {
			return nil, true, overload
		}
		ignoreCase := len(rest) == 2 && dotnet.ToBool(rest[1])
		r, err := enumParse(t, dotnet.ToString(rest[0]), ignoreCase)
		return r, true, err
	case "isdefined":
		if len(rest) != 1 {
			return nil, true, overload
		}
		e, ok := dotnet.LookupEnum(t.FullName)
		if !ok {
			return nil, true, argException("enumType", "Type provided must be an Enum.")
		}
		if s, ok := rest[0].(string); ok {
			for _, n := range e.Names {
				if n == s {
					return true, true, nil
				}
			}
			return false, true, nil
		}
		v, err := dotnet.Convert(rest[0], "long")
		if err != nil {
			return nil, true, err
		}
		_, found := dotnet.EnumName(e, v.(int64))
		return found, true, nil
	}
	// ToObject
	if len(rest) != 1 {
		return nil, true, overload
	}
	e, ok := dotnet.LookupEnum(t.FullName)
	if !ok {
		return nil, true, argException("enumType", "Type provided must be an Enum.")
	}
	v, err := dotnet.Convert(rest[0], "long")
	if err != nil {
		return nil, true, err
	}
	return dotnet.Enum{Type: e, Value: v.(int64)}, true, nil
}

// enumMethod serves the methods of System.Enum values: HasFlag,
// CompareTo and GetTypeCode (ToString, Equals and GetType are every
// object's).
func enumMethod(e dotnet.Enum, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "hasflag":
		if len(args) != 1 {
			return nil, true, overload
		}
		f, ok := args[0].(dotnet.Enum)
		if !ok || !sameEnum(f, e) {
			if args[0] == nil {
				return nil, true, argException("flag", "Value cannot be null.")
			}
			return nil, true, argException("", "The argument type, '"+dotnet.TypeName(args[0])+"', is not the same as the enum type '"+dotnet.TypeName(e)+"'.")
		}
		return e.Value&f.Value == f.Value, true, nil
	case "gettypecode":
		return "Int32", true, nil
	case "gethashcode":
		// An Int32-based enum hashes as its value does.
		if len(args) != 0 {
			return nil, true, overload
		}
		return int32(e.Value), true, nil
	case "compareto":
		if len(args) != 1 {
			return nil, true, overload
		}
		f, ok := args[0].(dotnet.Enum)
		if !ok || !sameEnum(f, e) {
			return nil, true, argException("", "Object must be the same type as the enum. The type passed in was '"+dotnet.TypeName(args[0])+"'; the enum type was '"+dotnet.TypeName(e)+"'.")
		}
		switch {
		case e.Value < f.Value:
			return int32(-1), true, nil
		case e.Value > f.Value:
			return int32(1), true, nil
		}
		return int32(0), true, nil
	}
	return nil, false, nil
}

// sameEnum reports whether two enum values are of one type (by name: a
// script that runs again defines its enum again).
func sameEnum(a, b dotnet.Enum) bool {
	return a.Type == b.Type || (a.Type != nil && b.Type != nil && strings.EqualFold(a.Type.FullName, b.Type.FullName))
}

// enumGetName is Enum.GetName(Type, object): the name of a value of the
// enum or of its underlying type, $null for a value without a name. Its
// argument is an object, so PowerShell passes a string through and .NET
// refuses it.
func enumGetName(t *object.TypeValue, v any) (any, error) {
	e, ok := dotnet.LookupEnum(t.FullName)
	if !ok {
		return nil, argException("enumType", "Type provided must be an Enum.")
	}
	var n int64
	switch x := v.(type) {
	case dotnet.Enum:
		n = x.Value
	case nil:
		return nil, argNull("value")
	default:
		if !dotnet.IsNumeric(v) {
			return nil, argException("value", "The value passed in must be an enum base or an underlying type for an enum, such as an Int32.")
		}
		c, err := dotnet.Convert(v, "long")
		if err != nil {
			return nil, err
		}
		n = c.(int64)
	}
	if name, ok := dotnet.EnumName(e, n); ok {
		return name, nil
	}
	return nil, nil
}

// enumParse is Enum.Parse(Type, string[, bool ignoreCase]): a number
// (defined or not), or names joined by commas whose values combine;
// names match exactly unless ignoreCase. Unlike a PowerShell cast it
// takes no unique prefixes.
func enumParse(t *object.TypeValue, s string, ignoreCase bool) (any, error) {
	e, ok := dotnet.LookupEnum(t.FullName)
	if !ok {
		return nil, argException("enumType", "Type provided must be an Enum.")
	}
	text := strings.TrimSpace(s)
	if text == "" {
		return nil, argException("", "Must specify valid information for parsing in the string.")
	}
	if c := text[0]; c >= '0' && c <= '9' || c == '+' || c == '-' {
		n, err := dotnet.Convert(text, "long")
		if err != nil {
			return nil, argException("", "Requested value '"+s+"' was not found.")
		}
		return dotnet.Enum{Type: e, Value: n.(int64)}, nil
	}
	var total int64
	for _, part := range strings.Split(text, ",") {
		part = strings.TrimSpace(part)
		found := false
		for i, n := range e.Names {
			if n == part || ignoreCase && strings.EqualFold(n, part) {
				total |= e.Values[i]
				found = true
				break
			}
		}
		if !found {
			// .NET Framework names the whole text, not the failing part.
			return nil, argException("", "Requested value '"+s+"' was not found.")
		}
	}
	return dotnet.Enum{Type: e, Value: total}, nil
}
