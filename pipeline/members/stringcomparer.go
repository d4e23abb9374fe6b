package members

import (
	"strings"
	"unicode/utf16"

	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// [StringComparer]::Ordinal, ::OrdinalIgnoreCase and the culture
// comparers: what scripts pass to a Dictionary or HashSet constructor to
// choose case-sensitive or case-insensitive keys, and whose Equals and
// Compare they call directly.

// stringComparerStaticGet serves the static properties; the objects are
// of the .NET Framework classes behind them (OrdinalIgnoreCase.GetType()
// is System.OrdinalComparer).
func stringComparerStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "ordinal":
		return newStringComparer("System.OrdinalComparer", false), true, nil
	case "ordinalignorecase":
		return newStringComparer("System.OrdinalComparer", true), true, nil
	case "invariantculture", "currentculture":
		return newStringComparer("System.CultureAwareComparer", false), true, nil
	case "invariantcultureignorecase", "currentcultureignorecase":
		return newStringComparer("System.CultureAwareComparer", true), true, nil
	}
	return nil, false, nil
}

// stringComparer is the comparer a dictionary reports as .Comparer.
func stringComparer(ignoreCase bool) *object.PSObject {
	if ignoreCase {
		return newStringComparer("System.OrdinalComparer", true)
	}
	// Dictionary's default for string keys.
	return newStringComparer("System.Collections.Generic.GenericEqualityComparer`1[System.String]", false)
}

func newStringComparer(typ string, ignoreCase bool) *object.PSObject {
	o := object.NewObject(typ, "System.StringComparer", "System.Object")
	eq := func(a, b string) bool {
		if ignoreCase {
			return strings.EqualFold(a, b)
		}
		return a == b
	}
	o.Add(&object.Member{Name: "Equals", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, overload
		}
		return eq(argString(args[0]), argString(args[1])), nil
	}})
	o.Add(&object.Member{Name: "Compare", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, overload
		}
		if args[0] == nil || args[1] == nil {
			return nullOrder(args[0], args[1]), nil
		}
		a, b := argString(args[0]), argString(args[1])
		if typ == "System.OrdinalComparer" {
			// As String.CompareOrdinal: the difference of the first
			// code units that differ.
			return ordinalDiff(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)), ignoreCase), nil
		}
		return int32(ops.CompareStrings(a, b, !ignoreCase)), nil
	}})
	o.Add(&object.Member{Name: "IgnoreCase", Kind: object.NoteProperty, Value: ignoreCase, Hidden: true})
	return o
}

// comparerIgnoresCase reads a comparer argument; ok is false when v is
// not a string comparer.
func comparerIgnoresCase(o *object.PSObject) (ignoreCase, ok bool) {
	m := o.Member("IgnoreCase")
	if m == nil {
		return false, false
	}
	b, _ := m.Value.(bool)
	return b, true
}
