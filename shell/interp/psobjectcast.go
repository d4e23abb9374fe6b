package interp

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// psObjectWrap is a [psobject] cast: the value keeps its type (1 stays an
// Int32) inside an invisible PSObject wrapper, so that it is also -is
// [psobject] and the -f operator sees one argument where it would spread
// an array (about_PSCustomObject). A hashtable stays a Hashtable: only
// [pscustomobject] makes a custom object from one.
func psObjectWrap(v any) any {
	switch v.(type) {
	case nil, object.AutomationNull, *object.PSObject:
		return v
	case *object.Hashtable, *object.List:
		// Dictionaries and lists stay as they are: they format and
		// enumerate as themselves, and keep their own type.
		return v
	}
	o := object.NewObject(dotnet.TypeHierarchy(v)...)
	o.Base = v
	return o
}
