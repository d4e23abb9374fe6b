package interp

import (
	"fmt"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// Indexing multidimensional arrays ($a[1,0] on an [int[,]]): the comma
// list is one index per dimension, not an index list as on Object[]; a
// list of such tuples ($a[(0,0),(1,1)]) is a slice. Semantics follow
// PowerShell's ArrayOps.GetMDArrayValueOrSlice.

// mdIndexError is NeedMultidimensionalIndex: idx does not have one
// integer per dimension.
func mdIndexError(a *object.MDArray, idx any) error {
	s := dotnet.ToStringOFS(idx, ",")
	if len(s) > 20 {
		s = s[:20] + " ..."
	}
	ex := object.NewException(runtimeExceptionType, "%s", fmt.Sprintf("You cannot index into a %d dimensional array with index [%s].", a.Rank(), s))
	// The index is the error's target object, as in PowerShell.
	return object.NewError(ex, "NeedMultidimensionalIndex", "InvalidOperation", idx)
}

// mdTuple converts one index tuple to ints; ok is false when it is not a
// list of integers.
func mdTuple(idx any) ([]int, bool) {
	items, isList := object.Elements(idx)
	if !isList {
		return nil, false
	}
	out := make([]int, len(items))
	for i, it := range items {
		if _, nested := object.Elements(it); nested {
			return nil, false
		}
		n, err := toIndex(it)
		if err != nil {
			return nil, false
		}
		out[i] = n
	}
	return out, true
}

// indexGetMD is a[idx] for a multidimensional array.
func (r *Runner) indexGetMD(a *object.MDArray, idx any) (any, error) {
	if t, ok := mdTuple(idx); ok {
		if len(t) != a.Rank() {
			return nil, mdIndexError(a, idx)
		}
		return r.mdValue(a, t)
	}
	items, isList := object.Elements(idx)
	if !isList {
		return nil, mdIndexError(a, idx)
	}
	out := make([]any, 0, len(items))
	for _, it := range items {
		t, ok := mdTuple(it)
		if !ok || len(t) != a.Rank() {
			return nil, mdIndexError(a, it)
		}
		if _, in := a.Offset(t); !in {
			// Out of bounds gives no result in a slice (an error in
			// strict mode).
			if _, err := r.mdValue(a, t); err != nil {
				return nil, err
			}
			continue
		}
		v, _ := r.mdValue(a, t)
		out = append(out, v)
	}
	return out, nil
}

// mdValue reads one element; out of bounds is $null (an error in strict
// mode 3).
func (r *Runner) mdValue(a *object.MDArray, t []int) (any, error) {
	off, ok := a.Offset(t)
	if !ok {
		if r.strictVersion() >= 3 {
			ex := object.NewException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
			return nil, object.NewError(ex, "System.IndexOutOfRangeException", "OperationStopped", nil)
		}
		return nil, nil
	}
	return a.Items[off], nil
}

// indexSetMD is a[idx] = v for a multidimensional array.
func (r *Runner) indexSetMD(a *object.MDArray, idx, v any) error {
	t, ok := mdTuple(idx)
	if !ok || len(t) != a.Rank() {
		return mdIndexError(a, idx)
	}
	off, ok := a.Offset(t)
	if !ok {
		return newRuntimeError("Index was outside the bounds of the array.", "System.IndexOutOfRangeException", "InvalidOperation")
	}
	cv, err := members.MDArrayElement(a, v)
	if err != nil {
		return err
	}
	a.Items[off] = cv
	return nil
}

// dictIndexGet is d[k] on a generic Dictionary: the key converts to K, a
// missing key is $null, and a list of keys is a slice.
func dictIndexGet(h *object.Hashtable, idx any) any {
	if list, ok := idx.([]any); ok {
		out := make([]any, 0, len(list))
		for _, k := range list {
			if v := members.DictGet(h, k); v != nil {
				out = append(out, v)
			}
		}
		return out
	}
	return members.DictGet(h, idx)
}
