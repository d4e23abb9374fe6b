package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

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

// DefaultParameterDictionaryType is the type of $PSDefaultParameterValues,
// which 5.1 declares with an ArgumentTypeConverterAttribute: a hashtable
// assigned to it becomes one.
const DefaultParameterDictionaryType = "System.Management.Automation.DefaultParameterDictionary"

// NewDefaultParameterDictionary is an empty DefaultParameterDictionary:
// a Hashtable made with StringComparer.OrdinalIgnoreCase, whose order 5.1
// displays $PSDefaultParameterValues in (about_Parameters_Default_Values).
func NewDefaultParameterDictionary() *object.Hashtable {
	h := object.NewHashtable(false)
	h.Comparer = object.OrdinalIgnoreCase
	return h
}

// toDefaultParameterDictionary is 5.1's DefaultParameterDictionary(IDictionary):
// the source's keys, trimmed, added in its enumeration order.
func toDefaultParameterDictionary(h *object.Hashtable) *object.Hashtable {
	c := NewDefaultParameterDictionary()
	for i := 0; i < h.Len(); i++ {
		k, v := h.At(i)
		if s, ok := k.(string); ok {
			k = strings.TrimSpace(s)
		}
		if !c.Has(k) {
			c.Set(k, v)
		}
	}
	return c
}
