package core

import "cspsh/pipeline/object"

// declaredTypes are the .NET declared types of properties whose values
// alone do not say them (an interface, or System.Object), so that
// Get-Member's Definition column reads as PowerShell's does.
var declaredTypes = map[string]map[string]string{
	"System.Collections.Hashtable": {
		"Keys": "System.Collections.ICollection", "Values": "System.Collections.ICollection", "SyncRoot": "System.Object",
	},
	"System.Collections.Specialized.OrderedDictionary": {
		"Keys": "System.Collections.ICollection", "Values": "System.Collections.ICollection", "SyncRoot": "System.Object",
	},
	"System.Collections.ArrayList": {"SyncRoot": "System.Object"},
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
