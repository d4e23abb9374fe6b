package members

import "cspsh/pipeline/object"

// HasOwn reports whether v itself has a property called name: for a
// collection, its own (Count, Length, …), not one member enumeration
// would collect from its elements. Strict mode needs the difference
// (a collection lacking the property reads it from each element).
func HasOwn(v any, name string) bool {
	if _, found, err := get(v, name); err == nil && found {
		return true
	}
	m := valueTypeMember(v, name)
	return m != nil && m.Kind < object.Method
}
