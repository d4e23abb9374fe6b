package object

import "strings"

// MDArray is a .NET array of rank 2 or more ([int[,]], New-Object
// 'string[,]' 3,2). One-dimensional arrays stay []any; a rank-2 array is
// its own value because it indexes with one index per dimension
// ($a[1,0]) where an Object[] reads $a[1,0] as an index list.
type MDArray struct {
	// ElemType is the element type's full name ("System.Int32";
	// "System.Object" for [object[,]]).
	ElemType string
	// Dims is the length of each dimension, outermost first.
	Dims []int
	// Items holds the elements in row-major order, the order .NET
	// enumerates them in: the last index varies fastest.
	Items []any
}

// NewMDArray returns an array with the given dimensions, every element
// zero (default(T) of the element type).
func NewMDArray(elem string, dims []int, zero any) *MDArray {
	n := 1
	for _, d := range dims {
		n *= d
	}
	items := make([]any, n)
	if zero != nil {
		for i := range items {
			items[i] = zero
		}
	}
	return &MDArray{ElemType: elem, Dims: append([]int(nil), dims...), Items: items}
}

// Rank is the number of dimensions.
func (a *MDArray) Rank() int { return len(a.Dims) }

// TypeName is the array's .NET full name, e.g. "System.Int32[,]".
func (a *MDArray) TypeName() string {
	return a.ElemType + "[" + strings.Repeat(",", len(a.Dims)-1) + "]"
}

// Offset maps one index per dimension to the position in Items. A
// negative index counts from the end of its dimension, as PowerShell's
// indexer allows; ok is false when an index is out of bounds or the
// count of indexes is not the rank.
func (a *MDArray) Offset(idx []int) (int, bool) {
	if len(idx) != len(a.Dims) {
		return 0, false
	}
	off := 0
	for d, i := range idx {
		if i < 0 {
			i += a.Dims[d]
		}
		if i < 0 || i >= a.Dims[d] {
			return 0, false
		}
		off = off*a.Dims[d] + i
	}
	return off, true
}
