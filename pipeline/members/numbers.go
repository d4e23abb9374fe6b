package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// Instance methods of numbers, chars and type literals.

func numberMethod(v any, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "tostring":
		// ToString(), ToString(format), ToString(provider) and
		// ToString(format, provider): the culture is always en-US/invariant.
		format, ok := formatArg(args)
		if !ok {
			return dotnet.ToString(v), true, nil
		}
		if len(args) == 2 && isInvariantCulture(args[1]) {
			s, err := dotnet.FormatValueInvariant(v, format)
			return s, true, err
		}
		s, err := dotnet.FormatValue(v, format)
		return s, true, err
	case "compareto":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return int32(1), true, nil
		}
		if dotnet.TypeName(args[0]) != dotnet.TypeName(v) {
			return nil, true, argException("", "Object must be of type "+shortName(dotnet.TypeName(v))+".")
		}
		c, err := ops.Compare(v, args[0], true)
		return int32(c), true, err
	case "equals":
		if len(args) != 1 {
			return nil, true, overload
		}
		return dotnetEquals(v, args[0]), true, nil
	case "gettypecode":
		return shortName(dotnet.TypeName(v)), true, nil
	}
	return nil, false, nil
}

func charMethod(c object.Char, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "compareto":
		if len(args) != 1 {
			return nil, true, overload
		}
		o, ok := args[0].(object.Char)
		if !ok {
			return nil, true, argException("", "Object must be of type Char.")
		}
		return int32(c) - int32(o), true, nil
	case "tostring":
		return string(rune(c)), true, nil
	}
	return nil, false, nil
}

func typeMethod(t *object.TypeValue, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "tostring":
		return t.FullName, true, nil
	case "equals":
		if len(args) != 1 {
			return nil, true, overload
		}
		o, ok := args[0].(*object.TypeValue)
		return ok && strings.EqualFold(o.FullName, t.FullName), true, nil
	case "getgenericarguments":
		if len(args) != 0 {
			return nil, true, overload
		}
		return genericArgTypes(t), true, nil
	case "getinterfaces":
		if len(args) != 0 {
			return nil, true, overload
		}
		return interfaceTypes(t), true, nil
	case "getenumnames", "getenumvalues", "getenumname", "getenumunderlyingtype":
		r, err := enumTypeMethod(t, strings.ToLower(name), args)
		return r, true, err
	case "isinstanceoftype":
		if len(args) != 1 {
			return nil, true, overload
		}
		return args[0] != nil && dotnet.IsInstance(args[0], t), true, nil
	case "issubclassof", "isassignablefrom":
		if len(args) != 1 {
			return nil, true, overload
		}
		o, ok := args[0].(*object.TypeValue)
		if !ok {
			return false, true, nil
		}
		sub, super := t.FullName, o.FullName
		if strings.EqualFold(name, "isassignablefrom") {
			sub, super = o.FullName, t.FullName
			if strings.EqualFold(sub, super) {
				return true, true, nil
			}
		}
		for b := dotnet.BaseType(sub); b != ""; b = dotnet.BaseType(b) {
			if strings.EqualFold(b, super) {
				return true, true, nil
			}
			if b == "System.Object" {
				break
			}
		}
		return false, true, nil
	case "getelementtype":
		if !strings.HasSuffix(t.FullName, "[]") {
			return nil, true, nil
		}
		el, ok := dotnet.ResolveType(strings.TrimSuffix(t.FullName, "[]"))
		if !ok {
			return nil, true, nil
		}
		return el, true, nil
	}
	return nil, false, nil
}
