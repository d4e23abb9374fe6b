package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// languagePrimitivesStaticCall serves [System.Management.Automation.LanguagePrimitives]:
// ConvertTo(value, type) is the conversion a cast performs, and
// IsTrue(value) the truth test of an if statement.
func languagePrimitivesStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "convertto":
		if len(args) != 2 {
			return nil, true, overloadError("ConvertTo", len(args))
		}
		name := ""
		switch t := args[1].(type) {
		case *object.TypeValue:
			name = t.FullName
		default:
			// A type name as text ('int') resolves as a type literal does.
			tv, ok := dotnet.ResolveType(dotnet.ToString(args[1]))
			if !ok {
				return nil, true, object.NewException("System.Management.Automation.PSInvalidCastException",
					"Cannot convert the %q value of type %q to type \"System.Type\".", dotnet.ToString(args[1]), dotnet.TypeName(args[1]))
			}
			name = tv.FullName
		}
		v, err := dotnet.Convert(args[0], name)
		return v, true, err
	case "istrue":
		if len(args) != 1 {
			return nil, true, overloadError("IsTrue", len(args))
		}
		return dotnet.ToBool(args[0]), true, nil
	}
	return nil, false, nil
}
