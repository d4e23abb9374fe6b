package core

import "cspsh/pipeline/object"

// declaredType is the .NET declared type of a property whose value
// alone does not say it (an interface, or System.Object), so that
// Get-Member's Definition column reads as PowerShell's does. A switch,
// not a map: a map literal is built at start-up.
func declaredType(typeName, prop string) (string, bool) {
	switch typeName {
	case "System.Collections.Hashtable", "System.Collections.Specialized.OrderedDictionary":
		switch prop {
		case "Keys", "Values":
			return "System.Collections.ICollection", true
		case "SyncRoot":
			return "System.Object", true
		}
	case "System.Collections.ArrayList":
		if prop == "SyncRoot" {
			return "System.Object", true
		}
	}
	return "", false
}

// arrayProperties are System.Array's properties, which Get-Member lists
// for an array given with -InputObject.
func arrayProperties(a []any) []*object.Member {
	n := len(a)
	return []*object.Member{
		{Name: "Count", Kind: object.AliasProperty, Type: "Length"},
		{Name: "IsFixedSize", Kind: object.Property, Value: true, Type: "bool"},
		{Name: "IsReadOnly", Kind: object.Property, Value: false, Type: "bool"},
		{Name: "IsSynchronized", Kind: object.Property, Value: false, Type: "bool"},
		{Name: "Length", Kind: object.Property, Value: int32(n), Type: "int"},
		{Name: "LongLength", Kind: object.Property, Value: int64(n), Type: "long"},
		{Name: "Rank", Kind: object.Property, Value: int32(1), Type: "int"},
		{Name: "SyncRoot", Kind: object.Property, Value: a, Type: "System.Object"},
	}
}
