package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// [StringComparer]::Ordinal, ::OrdinalIgnoreCase and the culture
// comparers: what scripts pass to a Dictionary or HashSet constructor to
// choose case-sensitive or case-insensitive keys, and whose Equals and
// Compare they call directly.

// stringComparerTypes are the .NET Framework classes behind the static
// properties (OrdinalIgnoreCase.GetType() is System.OrdinalComparer).
var stringComparerTypes = map[string]struct {
	typ        string
	ignoreCase bool
}{
	"ordinal":                    {"System.OrdinalComparer", false},
	"ordinalignorecase":          {"System.OrdinalComparer", true},
	"invariantculture":           {"System.CultureAwareComparer", false},
	"invariantcultureignorecase": {"System.CultureAwareComparer", true},
	"currentculture":             {"System.CultureAwareComparer", false},
	"currentcultureignorecase":   {"System.CultureAwareComparer", true},
}

func stringComparerStaticGet(lname string) (any, bool, error) {
	t, ok := stringComparerTypes[lname]
	if !ok {
		return nil, false, nil
	}
	return newStringComparer(t.typ, t.ignoreCase), true, nil
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
		a, b := argString(args[0]), argString(args[1])
		if ignoreCase {
			a, b = strings.ToUpper(a), strings.ToUpper(b)
		}
		return int32(strings.Compare(a, b)), nil
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
