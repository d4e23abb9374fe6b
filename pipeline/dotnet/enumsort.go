package dotnet

import "sort"

// EnumSorted returns an enum's names and values ordered as .NET's
// Enum.GetNames and Enum.GetValues give them: by value read as unsigned,
// names of equal value in declaration order.
func EnumSorted(t *EnumType) ([]string, []int64) {
	idx := make([]int, len(t.Values))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return uint64(t.Values[idx[a]]) < uint64(t.Values[idx[b]]) })
	names := make([]string, len(idx))
	values := make([]int64, len(idx))
	for i, j := range idx {
		names[i], values[i] = t.Names[j], t.Values[j]
	}
	return names, values
}

// EnumName is .NET's Enum.GetName: a binary search of the sorted values,
// so among names sharing a value it returns the one the search meets
// first (about_Enum: [MediaTypes]15 is oga, not ogg). ok is false when
// no name has the value.
func EnumName(t *EnumType, v int64) (string, bool) {
	names, values := t.Names, t.Values
	if !sortedUnsigned(values) {
		names, values = EnumSorted(t)
	}
	lo, hi := 0, len(values)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch mv := uint64(values[mid]); {
		case mv == uint64(v):
			return names[mid], true
		case mv < uint64(v):
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return "", false
}

// sortedUnsigned reports whether values ascend as unsigned numbers (most
// enums are declared in order, and need no sorted copy).
func sortedUnsigned(values []int64) bool {
	for i := 1; i < len(values); i++ {
		if uint64(values[i]) < uint64(values[i-1]) {
			return false
		}
	}
	return true
}
