package members

import (
	"sort"

	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// sortDict puts a SortedDictionary's entries back in key order after an
// insertion: Comparer<TKey>.Default, which for strings is the current
// culture's comparison (case-insensitive first, lower case before upper
// case on a tie) unless a case-insensitive comparer was given.
func sortDict(h *object.Hashtable) {
	if h.Dict == nil || !h.Dict.Sorted || h.Len() < 2 {
		return
	}
	keys, vals := h.Keys(), h.Values()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	caseSensitive := !h.Dict.IgnoreCase
	sort.SliceStable(idx, func(a, b int) bool {
		ka, kb := keys[idx[a]], keys[idx[b]]
		if sa, ok := ka.(string); ok {
			if sb, ok := kb.(string); ok {
				return ops.CompareStrings(sa, sb, caseSensitive) < 0
			}
		}
		c, err := ops.Compare(ka, kb, caseSensitive)
		return err == nil && c < 0
	})
	h.Clear()
	for _, i := range idx {
		h.Set(keys[i], vals[i])
	}
}
