package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// System.Collections.Generic.Dictionary[K,V], held as a Hashtable with a
// DictType: keys and values convert to K and V on the way in, string
// keys compare ordinally (case-sensitively) unless the constructor was
// given a case-insensitive StringComparer, a missing key read through
// Item() is KeyNotFoundException, and enumeration yields
// KeyValuePair[K,V].

// newDictionary is the Dictionary[K,V] constructor: (), (capacity),
// (comparer), (IDictionary) or (IDictionary, comparer).
func newDictionary(full string, args []any) (any, error) {
	targs := typeArgs(full)
	if len(targs) != 2 {
		return nil, overload
	}
	h := object.NewHashtable(false)
	h.Dict = &object.DictType{TypeName: full, KeyType: targs[0], ValueType: targs[1],
		Sorted: strings.HasPrefix(full, "System.Collections.Generic.SortedDictionary`2[")}
	if len(args) > 2 {
		return nil, overload
	}
	for _, a := range args {
		switch x := a.(type) {
		case *object.Hashtable:
			for i := 0; i < x.Len(); i++ {
				k, v := x.At(i)
				if err := dictAdd(h, k, v); err != nil {
					return nil, err
				}
			}
		case *object.PSObject:
			ic, ok := comparerIgnoresCase(x)
			if !ok {
				return nil, overload
			}
			h.Dict.IgnoreCase = ic
		default:
			n, err := argInt(a)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, argOutOfRange("capacity", "Non-negative number required.")
			}
		}
	}
	return h, nil
}

// typeArgs returns the type arguments of a generic full name
// ("…Dictionary`2[System.String,System.Int32]" → String, Int32).
func typeArgs(full string) []string {
	i := strings.IndexByte(full, '[')
	if i < 0 || !strings.HasSuffix(full, "]") {
		return nil
	}
	return splitTypeArgs(full[i+1 : len(full)-1])
}

// DictKey converts a key to the dictionary's key type (a Hashtable's
// keys pass through). A null key is ArgumentNullException.
func DictKey(h *object.Hashtable, k any) (any, error) {
	if h.Dict == nil {
		return k, nil
	}
	if k == nil || k == object.Null {
		return nil, dotnetErr("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: key")
	}
	return convertTo(k, h.Dict.KeyType)
}

// DictValue converts a value to the dictionary's value type.
func DictValue(h *object.Hashtable, v any) (any, error) {
	if h.Dict == nil {
		return v, nil
	}
	return convertTo(v, h.Dict.ValueType)
}

func convertTo(v any, full string) (any, error) {
	if full == "System.Object" {
		return v, nil
	}
	return dotnet.Convert(v, full)
}

// DictSet is d[k] = v: converts both, then adds or replaces.
func DictSet(h *object.Hashtable, k, v any) error {
	ck, err := DictKey(h, k)
	if err != nil {
		return err
	}
	cv, err := DictValue(h, v)
	if err != nil {
		return err
	}
	isNew := !h.Has(ck)
	h.Set(ck, cv)
	if isNew {
		sortDict(h)
	}
	return nil
}

// DictGet is d[k] as PowerShell's indexer reads it: a key that is
// missing (or does not convert to K) gives $null, not an error.
func DictGet(h *object.Hashtable, k any) any {
	ck, err := DictKey(h, k)
	if err != nil {
		return nil
	}
	v, _ := h.Get(ck)
	return v
}

// dictAdd is Add(k, v): a key already present is .NET Framework's
// ArgumentException.
func dictAdd(h *object.Hashtable, k, v any) error {
	ck, err := DictKey(h, k)
	if err != nil {
		return err
	}
	cv, err := DictValue(h, v)
	if err != nil {
		return err
	}
	if h.Has(ck) {
		return dotnetErr("System.ArgumentException", "An item with the same key has already been added.")
	}
	h.Set(ck, cv)
	sortDict(h)
	return nil
}

// KeyValuePairs is what a generic dictionary enumerates to.
func KeyValuePairs(h *object.Hashtable) []any {
	out := make([]any, h.Len())
	for i := range out {
		k, v := h.At(i)
		out[i] = object.NewKeyValuePair(h.Dict, k, v, dotnet.ToString)
	}
	return out
}

func dictMethod(h *object.Hashtable, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "add":
		if len(args) != 2 {
			return nil, true, overload
		}
		return object.Null, true, dictAdd(h, args[0], args[1])
	case "remove":
		if len(args) != 1 {
			return nil, true, overload
		}
		k, err := DictKey(h, args[0])
		if err != nil {
			return nil, true, err
		}
		had := h.Has(k)
		h.Delete(k)
		return had, true, nil
	case "containskey":
		if len(args) != 1 {
			return nil, true, overload
		}
		k, err := DictKey(h, args[0])
		if err != nil {
			return nil, true, err
		}
		return h.Has(k), true, nil
	case "trygetvalue":
		if len(args) != 2 {
			return nil, true, overload
		}
		k, err := DictKey(h, args[0])
		if err != nil {
			return nil, true, err
		}
		v, ok := h.Get(k)
		if !ok {
			v = typeDefault(h.Dict.ValueType)
		}
		setRef(args[1], v)
		return ok, true, nil
	case "get_item", "item":
		if len(args) != 1 {
			return nil, true, overload
		}
		k, err := DictKey(h, args[0])
		if err != nil {
			return nil, true, err
		}
		v, ok := h.Get(k)
		if !ok {
			return nil, true, dotnetErr("System.Collections.Generic.KeyNotFoundException", "The given key was not present in the dictionary.")
		}
		return v, true, nil
	case "set_item":
		if len(args) != 2 {
			return nil, true, overload
		}
		return object.Null, true, DictSet(h, args[0], args[1])
	case "getenumerator":
		if len(args) != 0 {
			return nil, true, overload
		}
		return KeyValuePairs(h), true, nil
	case "clone", "insert", "removeat", "contains":
		// Hashtable's and OrderedDictionary's, not Dictionary's.
		return nil, false, nil
	}
	return hashtableMethod(h, name, args)
}

// dictGet serves the properties a generic dictionary has beyond a
// hashtable's.
func dictGet(h *object.Hashtable, lname string) (any, bool) {
	switch lname {
	case "comparer":
		return stringComparer(h.Dict.IgnoreCase), true
	case "issynchronized", "isfixedsize", "isreadonly", "syncroot":
		// ICollection's explicit members: not on Dictionary's surface.
		return nil, false
	}
	return nil, false
}
