package core

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// stringRepresentation is ForEachObjectCommand.GetStringRepresentation:
// the object's ToString(), "null" for $null, and the type's full name
// when that is empty.
func stringRepresentation(v any) string {
	if v == nil || v == object.Null {
		return "null"
	}
	// PSObject.ToString(): a custom object shows as @{A=1}; one without
	// properties as "", and then as its base type's name.
	s := dotnet.ToString(v)
	if s == "" {
		if o, ok := v.(*object.PSObject); ok && o.Base == nil && o.IsCustom() {
			return object.PSCustomObjectType
		}
		return dotnet.TypeName(v)
	}
	return s
}

// methodAction is the -WhatIf text for a -MemberName method call
// (InternalCommandStrings.ForEachObjectMethodAction*).
func methodAction(name string, args []any, withArgs bool) string {
	if !withArgs || len(args) == 0 {
		return "Invoke method '" + name + "'"
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = stringRepresentation(a)
	}
	return "Invoke method '" + name + "' with arguments: " + strings.Join(parts, ", ")
}
