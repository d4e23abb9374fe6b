package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// SplitArrayType splits an array type name into its element type and
// rank: "System.Int32[]" → ("System.Int32", 1), "string[,]" → ("string",
// 2). ok is false for names that are not arrays (including generics such
// as "List[string]", whose brackets hold type arguments).
func SplitArrayType(name string) (elem string, rank int, ok bool) {
	if !strings.HasSuffix(name, "]") {
		return "", 0, false
	}
	i := strings.LastIndexByte(name, '[')
	if i <= 0 {
		return "", 0, false
	}
	inner := name[i+1 : len(name)-1]
	if strings.Trim(inner, ", ") != "" {
		return "", 0, false
	}
	return name[:i], strings.Count(inner, ",") + 1, true
}

// arraySuffix is the "[]", "[,]", … that ends an array type of rank n.
func arraySuffix(rank int) string {
	return "[" + strings.Repeat(",", rank-1) + "]"
}

// isMDArrayType reports whether full names an array of rank 2 or more.
func isMDArrayType(full string) bool {
	_, rank, ok := SplitArrayType(full)
	return ok && rank > 1
}

// toMDArray converts to a multidimensional array type: an array of that
// type passes through, one of the same rank gets its elements converted
// into a new array (.NET has no other conversion to T[,]).
func toMDArray(v any, full string) (any, error) {
	if v == nil {
		return nil, nil
	}
	elem, rank, _ := SplitArrayType(full)
	a, ok := v.(*object.MDArray)
	if !ok || a.Rank() != rank {
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	}
	if a.ElemType == elem {
		return a, nil
	}
	out := &object.MDArray{ElemType: elem, Dims: append([]int(nil), a.Dims...), Items: make([]any, len(a.Items))}
	for i, it := range a.Items {
		r, err := ConvertFull(it, elem)
		if err != nil {
			inner, _ := err.(*object.Exception)
			if inner == nil {
				return nil, err
			}
			return nil, castErrorInner(v, full, inner, "ConvertToFinalInvalidCastException")
		}
		out.Items[i] = r
	}
	return out, nil
}
