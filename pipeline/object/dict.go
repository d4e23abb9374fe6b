package object

import "strings"

// DictType describes a generic dictionary held as a Hashtable:
// System.Collections.Generic.Dictionary[K,V] and SortedDictionary[K,V].
// Unlike Hashtable, their default key comparer is ordinal, so string
// keys are case-sensitive unless a case-insensitive StringComparer was
// given to the constructor.
type DictType struct {
	// TypeName is the .NET full name as cspsh writes it,
	// "System.Collections.Generic.Dictionary`2[System.String,System.Int32]".
	TypeName string
	// KeyType and ValueType are the full names of K and V; keys and
	// values are converted to them on the way in.
	KeyType, ValueType string
	// IgnoreCase is set when the dictionary was built with a
	// case-insensitive StringComparer.
	IgnoreCase bool
	// Sorted keeps the entries in key order (SortedDictionary).
	Sorted bool
}

// foldKey is the index key of a string key: lower-cased for a
// case-insensitive comparer, the string itself for a case-sensitive one
// (a Dict's ordinal default, a Hashtable made without a comparer).
func (h *Hashtable) foldKey(s string) string {
	if h.Dict != nil && !h.Dict.IgnoreCase || h.Dict == nil && h.Comparer == CaseSensitive {
		return s
	}
	return strings.ToLower(s)
}

// NewKeyValuePair builds the KeyValuePair[K,V] a generic dictionary
// enumerates to: Key and Value properties, and .NET's ToString
// "[key, value]".
func NewKeyValuePair(d *DictType, k, v any, str func(any) string) *PSObject {
	name := "System.Collections.Generic.KeyValuePair`2[" + d.KeyType + "," + d.ValueType + "]"
	o := NewObject(name, "System.ValueType", "System.Object")
	o.Add(&Member{Name: "Key", Kind: Property, Value: k})
	o.Add(&Member{Name: "Value", Kind: Property, Value: v})
	o.Add(&Member{Name: "ToString", Kind: Method, Call: func([]any) (any, error) {
		return "[" + str(k) + ", " + str(v) + "]", nil
	}})
	return o
}
