package members

import (
	"sort"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// [System.Array] and [System.Linq.Enumerable] statics that need no
// delegate: the ones scripts use on plain arrays.

// arrayArg reads an array argument (a list is accepted where .NET would
// take an IList).
func arrayArg(v any) ([]any, error) {
	switch x := v.(type) {
	case []any:
		return x, nil
	case *object.List:
		return x.Items, nil
	case nil:
		return nil, argNull("array")
	}
	return nil, argException("", "Object must be an array.")
}

// sortItems is Array.Sort's Comparer.Default: numbers by value, strings
// by culture (case-sensitive), failing on values that do not compare.
func sortItems(items []any, keys []any) error {
	var cmpErr error
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	by := items
	if keys != nil {
		by = keys
	}
	sort.SliceStable(idx, func(a, b int) bool {
		c, err := ops.Compare(by[idx[a]], by[idx[b]], true)
		if err != nil && cmpErr == nil {
			cmpErr = err
		}
		return c < 0
	})
	if cmpErr != nil {
		return dotnetErr("System.InvalidOperationException", "Failed to compare two elements in the array.")
	}
	orig := append([]any(nil), items...)
	for i, j := range idx {
		items[i] = orig[j]
	}
	if keys != nil {
		origKeys := append([]any(nil), keys...)
		for i, j := range idx {
			keys[i] = origKeys[j]
		}
	}
	return nil
}

func arrayStaticCall(lname string, args []any) (any, bool, error) {
	if len(args) == 0 {
		if lname == "empty" {
			return []any{}, true, nil
		}
		return nil, false, nil
	}
	if lname == "createinstance" {
		// Array.CreateInstance(Type, length): a one-dimensional array
		// of default values.
		t, ok := args[0].(*object.TypeValue)
		if !ok || len(args) != 2 {
			return nil, true, overload
		}
		if n, e := argInt(args[1]); e == nil && n < 0 {
			return nil, true, argOutOfRange("length", "Non-negative number required.")
		}
		r, err := newArray(t.FullName, args[1])
		return r, true, err
	}
	if lname == "resize" {
		r, err := arrayResize(args)
		return r, true, err
	}
	a, err := arrayArg(args[0])
	if err != nil {
		switch lname {
		case "sort", "reverse", "indexof", "lastindexof", "clear", "copy", "exists":
			return nil, true, err
		}
		return nil, false, nil
	}
	if len(args) == 2 {
		if lname == "sort" {
			if ok, err := sortWithComparison(a, args[1]); ok {
				return object.Null, true, err
			}
		} else if arrayDelegateMethod(lname) {
			if r, found, err := delegateSequenceCall(lname, a, args[1]); found {
				return r, true, err
			}
		}
	}
	switch lname {
	case "sort":
		var keys []any
		if len(args) == 2 {
			if items, ok := args[1].([]any); ok {
				keys, a = a, items
			}
		}
		return object.Null, true, sortItems(a, keys)
	case "reverse":
		for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
			a[i], a[j] = a[j], a[i]
		}
		return object.Null, true, nil
	case "indexof", "lastindexof":
		if len(args) < 2 {
			return nil, true, overload
		}
		if lname == "indexof" {
			return int32(indexOf(a, args[1])), true, nil
		}
		for i := len(a) - 1; i >= 0; i-- {
			if dotnetEquals(a[i], args[1]) {
				return int32(i), true, nil
			}
		}
		return int32(-1), true, nil
	case "binarysearch":
		if len(args) != 2 {
			return nil, true, overload
		}
		// Array.BinarySearch on a sorted array: the index of the value,
		// or the bitwise complement of where it would go.
		lo, hi := 0, len(a)-1
		for lo <= hi {
			mid := lo + (hi-lo)/2
			c, err := ops.Compare(a[mid], args[1], true)
			if err != nil {
				return nil, true, dotnetErr("System.InvalidOperationException", "Failed to compare two elements in the array.")
			}
			switch {
			case c == 0:
				return int32(mid), true, nil
			case c < 0:
				lo = mid + 1
			default:
				hi = mid - 1
			}
		}
		return int32(^lo), true, nil
	case "clear":
		start, n := 0, len(a)
		if len(args) == 3 {
			s, err1 := argInt(args[1])
			c, err2 := argInt(args[2])
			if err1 != nil || err2 != nil || s < 0 || c < 0 || s+c > len(a) {
				return nil, true, dotnetErr("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
			}
			start, n = s, c
		}
		zero := elemDefault(a)
		for i := start; i < start+n; i++ {
			a[i] = zero
		}
		return object.Null, true, nil
	case "copy":
		if len(args) != 3 {
			return nil, true, overload
		}
		dst, err := arrayArg(args[1])
		if err != nil {
			return nil, true, err
		}
		n, err := argInt(args[2])
		if err != nil {
			return nil, true, err
		}
		if n < 0 || n > len(a) || n > len(dst) {
			return nil, true, argException("", "Source array was not long enough. Check srcIndex and length, and the array's lower bounds.")
		}
		copy(dst, a[:n])
		return object.Null, true, nil
	}
	return nil, false, nil
}

// linqStaticCall serves the delegate-free [Linq.Enumerable] methods.
func linqStaticCall(lname string, args []any) (any, bool, error) {
	if lname == "range" || lname == "repeat" {
		if len(args) != 2 {
			return nil, true, overload
		}
		n, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if n < 0 {
			return nil, true, argOutOfRange("count", "Specified argument was out of the range of valid values.")
		}
		out := make([]any, n)
		start := 0
		if lname == "range" {
			if start, err = argInt(args[0]); err != nil {
				return nil, true, err
			}
		}
		for i := range out {
			if lname == "range" {
				out[i] = int32(start + i)
			} else {
				out[i] = args[0]
			}
		}
		return out, true, nil
	}
	if len(args) < 1 {
		return nil, false, nil
	}
	items, ok := dotnet.Enumerate(args[0])
	if !ok {
		if args[0] == nil {
			return nil, true, argNull("source")
		}
		items = []any{args[0]}
	}
	if len(args) == 2 {
		if linqDelegateMethod(lname) {
			if r, found, err := delegateSequenceCall(lname, items, args[1]); found {
				return r, true, err
			}
		}
		r, found, selected, err := linqSelectorCall(lname, items, args[1])
		if found || err != nil {
			return r, true, err
		}
		if selected != nil {
			items = selected
		}
	}
	switch lname {
	case "sum", "average":
		var total any = int32(0)
		for _, e := range items {
			var err error
			if total, err = ops.Add(total, e); err != nil {
				return nil, true, err
			}
		}
		if lname == "sum" {
			return total, true, nil
		}
		if len(items) == 0 {
			return nil, true, dotnetErr("System.InvalidOperationException", "Sequence contains no elements")
		}
		r, err := ops.Div(total, float64(len(items)))
		return r, true, err
	case "max", "min":
		if len(items) == 0 {
			return nil, true, dotnetErr("System.InvalidOperationException", "Sequence contains no elements")
		}
		best := items[0]
		for _, e := range items[1:] {
			c, err := ops.Compare(e, best, true)
			if err != nil {
				return nil, true, err
			}
			if (lname == "max") == (c > 0) && c != 0 {
				best = e
			}
		}
		return best, true, nil
	case "count":
		return int32(len(items)), true, nil
	case "distinct":
		var out []any
		for _, e := range items {
			if indexOf(out, e) < 0 {
				out = append(out, e)
			}
		}
		if out == nil {
			out = []any{}
		}
		return out, true, nil
	case "reverse", "toarray", "tolist", "asenumerable":
		out := append([]any{}, items...)
		if lname == "reverse" {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		if lname == "tolist" {
			return &object.List{TypeName: "System.Collections.Generic.List`1[System.Object]", Items: out}, true, nil
		}
		return out, true, nil
	case "contains":
		if len(args) != 2 {
			return nil, true, overload
		}
		return indexOf(items, args[1]) >= 0, true, nil
	case "first", "last":
		if len(items) == 0 {
			return nil, true, dotnetErr("System.InvalidOperationException", "Sequence contains no elements")
		}
		if lname == "first" {
			return items[0], true, nil
		}
		return items[len(items)-1], true, nil
	case "skip", "take":
		if len(args) != 2 {
			return nil, true, overload
		}
		n, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		n = max(0, min(n, len(items)))
		if lname == "skip" {
			return append([]any{}, items[n:]...), true, nil
		}
		return append([]any{}, items[:n]...), true, nil
	}
	return nil, false, nil
}

// arrayResize is Array.Resize([ref]$array, newSize): the variable gets a
// new array of that length with the old elements (default values after
// them), keeping the element type.
func arrayResize(args []any) (any, error) {
	if len(args) != 2 {
		return nil, overload
	}
	ref, ok := args[0].(*object.PSObject)
	if !ok {
		return nil, overload
	}
	n, err := argInt(args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, argOutOfRange("newSize", "Non-negative number required.")
	}
	cur, _ := Get(ref, "Value")
	var old []any
	if cur != nil {
		if old, err = arrayArg(cur); err != nil {
			return nil, err
		}
	}
	out := make([]any, n)
	copy(out, old)
	if et, ok := dotnet.ArrayElemType(old); ok {
		zero := elemDefault(old)
		for i := len(old); i < n; i++ {
			out[i] = zero
		}
		dotnet.MarkArrayType(out, et)
	}
	setRef(ref, out)
	return object.Null, nil
}
