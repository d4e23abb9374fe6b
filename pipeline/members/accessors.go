package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// accessorMethod serves a property's hidden accessor methods, get_Name()
// and set_Name(value), which .NET gives every property: a script sets a
// property on each item of a collection with $files.set_LastWriteTime(…)
// (about_Arrays, Member-access enumeration).
func accessorMethod(v any, name string, args []any) (any, bool, error) {
	if len(name) < 5 || name[3] != '_' {
		return nil, false, nil
	}
	prefix, prop := strings.ToLower(name[:4]), name[4:]
	switch {
	case prefix == "get_" && len(args) == 0:
		if hasOwnProperty(v, prop) {
			r, err := Get(v, prop)
			return r, true, err
		}
	case prefix == "set_" && len(args) == 1:
		if hasOwnProperty(v, prop) {
			return object.Null, true, Set(v, prop, args[0])
		}
	}
	return nil, false, nil
}

// hasOwnProperty reports whether v itself (not its items) has a .NET
// property called name.
func hasOwnProperty(v any, name string) bool {
	if o, ok := v.(*object.PSObject); ok {
		if m := o.Member(name); m != nil {
			// Only a .NET property has accessors; a note property
			// ([pscustomobject]) has none.
			return m.Kind == object.Property
		}
		if o.Base != nil {
			return hasOwnProperty(o.Base, name)
		}
	}
	for _, m := range Properties(v) {
		if strings.EqualFold(m.Name, name) {
			return true
		}
	}
	return false
}
