package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// newHashSet is the HashSet[T] constructor: (), (collection),
// (comparer) or (collection, comparer); a case-insensitive
// StringComparer makes the set compare strings ignoring case.
func newHashSet(full, elem string, args []any) (any, error) {
	ignoreCase := false
	if n := len(args); n > 0 {
		if o, ok := args[n-1].(*object.PSObject); ok {
			if ic, isComparer := comparerIgnoresCase(o); isComparer {
				ignoreCase = ic
				args = args[:n-1]
			}
		}
	}
	r, err := newList(full, elem, args)
	if err != nil {
		return nil, err
	}
	l := r.(*object.List)
	l.IgnoreCase = ignoreCase
	dedupe(l)
	return l, sortSet(l)
}

// isSortedSet reports whether l is a SortedSet[T], a set that keeps its
// elements in ascending order.
func isSortedSet(l *object.List) bool {
	return strings.HasPrefix(l.TypeName, "System.Collections.Generic.SortedSet`1[")
}

// sortSet puts a SortedSet's elements back in order after a change.
func sortSet(l *object.List) error {
	if !isSortedSet(l) {
		return nil
	}
	return sortItems(l.Items, nil)
}

// setIndexOf is indexOf with the collection's comparer: strings compare
// ignoring case in a set built with OrdinalIgnoreCase.
func setIndexOf(l *object.List, items []any, v any) int {
	if s, ok := v.(string); ok && l.IgnoreCase {
		for i, e := range items {
			if es, ok := e.(string); ok && strings.EqualFold(es, s) {
				return i
			}
		}
		return -1
	}
	return indexOf(items, v)
}
