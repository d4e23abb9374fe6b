package dotnet

import "cspsh/pipeline/object"

// plainCopy copies a hashtable, ordered dictionary or generic dictionary
// into a new Hashtable ([hashtable]$d) or OrderedDictionary
// ([ordered]).
func plainCopy(h *object.Hashtable, ordered bool) *object.Hashtable {
	c := object.NewHashtable(ordered)
	for i := 0; i < h.Len(); i++ {
		k, v := h.At(i)
		c.Set(k, v)
	}
	return c
}
