package dotnet

// Some arrays the value model holds as []any stand for a more specific
// .NET type: the String[] that -split and String.Split return
// (about_Split), the Hashtable+KeyCollection of $h.Keys. They are
// marked in place rather than through the typedArrays table: a split is
// often in a loop body, and a weak pointer plus a cleanup per split
// tripled such a loop's time. The mark lives in one hidden slot past the
// array's end: the slice is cut to length n and capacity n+1, and slot n
// holds a pointer to element 0, typed by what the array stands for. A
// sub-slice or a copy of the array fails one of the two checks, as a
// .NET sub-array is a new Object[], and appending to the slice
// overwrites the slot, which drops the mark.

// The hidden slot's types; being named types of their own, they cannot
// be confused with any value a script holds.
type (
	stringArrayMark     *any
	keyCollectionMark   *any
	valueCollectionMark *any
)

// markKind says which mark to leave.
type markKind int

const (
	markStringArray markKind = iota
	markKeyCollection
	markValueCollection
)

// StringArray marks a as a System.String[] and returns it. a's elements
// must all be strings. It allocates only when a has no spare capacity;
// callers that build a fresh slice reserve one extra slot to avoid that.
// An empty array cannot be marked (it reports System.Object[]).
func StringArray(a []any) []any { return markArray(a, markStringArray) }

// KeyCollection marks a, a copy of a Hashtable's keys, as the
// System.Collections.Hashtable+KeyCollection that $h.Keys is; it still
// enumerates and indexes as an array. Empty: as StringArray.
func KeyCollection(a []any) []any { return markArray(a, markKeyCollection) }

// ValueCollection is KeyCollection for $h.Values.
func ValueCollection(a []any) []any { return markArray(a, markValueCollection) }

func markArray(a []any, kind markKind) []any {
	n := len(a)
	if n == 0 {
		return a
	}
	if cap(a) == n {
		a = append(a, nil)
	}
	a = a[: n : n+1]
	first := &a[0]
	var m any
	switch kind {
	case markStringArray:
		m = stringArrayMark(first)
	case markKeyCollection:
		m = keyCollectionMark(first)
	default:
		m = valueCollectionMark(first)
	}
	a[:n+1][n] = m
	return a
}

// markedType reads the mark markArray leaves: the full type name a
// stands for, and the element type assignments into it convert to (""
// when they do not convert).
func markedType(a []any) (full, elem string, ok bool) {
	n := len(a)
	if n == 0 || cap(a) != n+1 {
		return "", "", false
	}
	first := &a[0]
	switch m := a[:n+1][n].(type) {
	case stringArrayMark:
		if (*any)(m) == first {
			return "System.String[]", "System.String", true
		}
	case keyCollectionMark:
		if (*any)(m) == first {
			return "System.Collections.Hashtable+KeyCollection", "", true
		}
	case valueCollectionMark:
		if (*any)(m) == first {
			return "System.Collections.Hashtable+ValueCollection", "", true
		}
	}
	return "", "", false
}
