package members

import (
	"sort"

	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// linqSelectorCall serves the Enumerable methods whose delegate maps
// each element to a key or value: OrderBy/OrderByDescending (a stable
// sort by the key, as LINQ's is), SkipWhile/TakeWhile, and
// Sum/Average/Max/Min(source, selector), which aggregate the selected
// values. found is false when fn is no delegate or lname none of these;
// rest then holds the values the plain aggregate should use.
func linqSelectorCall(lname string, items []any, fn any) (r any, found bool, rest []any, err error) {
	switch lname {
	case "orderby", "orderbydescending", "sum", "average", "max", "min":
		d, ok := asDelegate(fn, "System.Func`2[System.Object,System.Object]")
		if !ok {
			return nil, false, nil, nil
		}
		keys := make([]any, len(items))
		for i, it := range items {
			if keys[i], err = invokeDelegate(d, []any{it}); err != nil {
				return nil, true, nil, err
			}
		}
		if lname != "orderby" && lname != "orderbydescending" {
			// The aggregate runs over the selected values.
			return nil, false, keys, nil
		}
		idx := make([]int, len(items))
		for i := range idx {
			idx[i] = i
		}
		desc := lname == "orderbydescending"
		sort.SliceStable(idx, func(a, b int) bool {
			c, e := ops.Compare(keys[idx[a]], keys[idx[b]], true)
			if e != nil && err == nil {
				err = e
			}
			if desc {
				return c > 0
			}
			return c < 0
		})
		out := make([]any, len(items))
		for i, j := range idx {
			out[i] = items[j]
		}
		return out, true, nil, err
	case "skipwhile", "takewhile":
		d, ok := asDelegate(fn, "System.Func`2[System.Object,System.Boolean]")
		if !ok {
			return nil, false, nil, nil
		}
		n := 0
		for n < len(items) {
			v, e := invokeDelegate(d, []any{items[n]})
			if e != nil {
				return nil, true, nil, e
			}
			if !truthy(v) {
				break
			}
			n++
		}
		if lname == "takewhile" {
			return append([]any{}, items[:n]...), true, nil, nil
		}
		return append([]any{}, items[n:]...), true, nil, nil
	}
	return nil, false, nil, nil
}

// truthy is a delegate's Boolean result.
func truthy(v any) bool {
	b, ok := v.(bool)
	return ok && b || !ok && v != nil && v != object.Null
}
