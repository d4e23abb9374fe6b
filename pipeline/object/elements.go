package object

// Elements returns the items of an array or list, looking through a
// PSObject wrapper. These are the collections the comparison operators
// filter and member access enumerates; strings, hashtables and other
// objects count as single values there.
func Elements(v any) ([]any, bool) {
	switch c := v.(type) {
	case []any:
		return c, true
	case *List:
		return c.Items, true
	case *MDArray:
		return c.Items, true
	case *PSObject:
		if c.Base != nil {
			return Elements(c.Base)
		}
	}
	return nil, false
}
