package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// collectionEnumerator is GetEnumerator() on an array or a list: an
// IEnumerator over a snapshot of its elements, so that
// $collection.GetEnumerator().Length reaches each element's Length
// (about_Properties, Member-access enumeration).
func collectionEnumerator(v any) (*object.Enumerator, bool) {
	switch t := v.(type) {
	case []any:
		return object.NewEnumerator("System.Array+SZArrayEnumerator", append([]any(nil), t...)), true
	case *object.List:
		items := append([]any(nil), t.Items...)
		switch {
		case t.TypeName == "System.Collections.ArrayList":
			return object.NewEnumerator("System.Collections.ArrayList+ArrayListEnumeratorSimple", items), true
		case strings.HasPrefix(t.TypeName, "System.Collections.Generic.List`1"):
			return object.NewEnumerator("System.Collections.Generic.List`1+Enumerator"+strings.TrimPrefix(t.TypeName, "System.Collections.Generic.List`1"), items), true
		}
	}
	return nil, false
}
