package dotnet

// String[] results of -split and String.Split (about_Split) are marked in
// place rather than through the typedArrays table: a split is often in a
// loop body, and a weak pointer plus a cleanup per split tripled such a
// loop's time. The mark lives in one hidden slot past the array's end:
// the slice is cut to length n and capacity n+1, and slot n holds a
// pointer to element 0. A sub-slice or a copy of the array fails one of
// the two checks, as a .NET sub-array is a new Object[], and appending to
// the slice overwrites the slot, which drops the mark.

// stringArrayMark is the hidden slot's type; being its own named type,
// it cannot be confused with any value a script holds.
type stringArrayMark *any

// StringArray marks a as a System.String[] and returns it. a's elements
// must all be strings. It allocates only when a has no spare capacity;
// callers that build a fresh slice reserve one extra slot to avoid that.
// An empty array cannot be marked (it reports System.Object[]).
func StringArray(a []any) []any {
	n := len(a)
	if n == 0 {
		return a
	}
	if cap(a) == n {
		a = append(a, nil)
	}
	a = a[: n : n+1]
	a[:n+1][n] = stringArrayMark(&a[0])
	return a
}

// markedElemType reads the mark StringArray leaves.
func markedElemType(a []any) (string, bool) {
	n := len(a)
	if n == 0 || cap(a) != n+1 {
		return "", false
	}
	if m, ok := a[:n+1][n].(stringArrayMark); ok && (*any)(m) == &a[0] {
		return "System.String", true
	}
	return "", false
}
