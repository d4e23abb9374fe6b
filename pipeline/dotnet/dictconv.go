package dotnet

import "cspsh/pipeline/object"

// plainCopy copies a hashtable, ordered dictionary or generic dictionary
// into a new Hashtable ([hashtable]$d) or OrderedDictionary
// ([ordered]). The Hashtable is 5.1's new Hashtable(IDictionary): no
// comparer (case-sensitive keys), the source's count as capacity, filled
// in the source's order, which fixes its own enumeration order.
func plainCopy(h *object.Hashtable, ordered bool) *object.Hashtable {
	c := object.NewHashtable(ordered)
	if !ordered {
		c.Comparer = object.CaseSensitive
		c.Capacity = h.Len()
	}
	for i := 0; i < h.Len(); i++ {
		k, v := h.At(i)
		c.Set(k, v)
	}
	return c
}
