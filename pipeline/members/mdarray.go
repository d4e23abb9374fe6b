package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Members of multidimensional arrays (System.Array of rank 2 or more):
// Length and Count are the total element count, GetLength(d) one
// dimension's, and GetValue/SetValue take one index per dimension.

// newMDArray is new T[d0, d1, …] ([int[,]]::new(2,3), New-Object
// 'int[,]' 2,3): every element default(T).
func newMDArray(elem string, rank int, args []any) (any, error) {
	if len(args) != rank {
		return nil, overload
	}
	dims := make([]int, rank)
	for i, a := range args {
		n, err := argInt(a)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, dotnetErr("System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
		dims[i] = n
	}
	return object.NewMDArray(elem, dims, typeDefault(elem)), nil
}

func mdArrayGet(a *object.MDArray, lname string) (any, bool, error) {
	switch lname {
	case "count", "length":
		return int32(len(a.Items)), true, nil
	case "longlength":
		return int64(len(a.Items)), true, nil
	case "rank":
		return int32(a.Rank()), true, nil
	case "isreadonly", "issynchronized":
		return false, true, nil
	case "isfixedsize":
		return true, true, nil
	case "syncroot":
		return a, true, nil
	}
	return nil, false, nil
}

func mdArrayMethod(a *object.MDArray, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "getlength", "getupperbound", "getlowerbound":
		if len(args) != 1 {
			return nil, true, overload
		}
		d, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if d < 0 || d >= a.Rank() {
			return nil, true, dotnetErr("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
		}
		switch strings.ToLower(name) {
		case "getlength":
			return int32(a.Dims[d]), true, nil
		case "getupperbound":
			return int32(a.Dims[d] - 1), true, nil
		}
		return int32(0), true, nil
	case "getvalue", "get":
		off, err := mdOffset(a, args)
		if err != nil {
			return nil, true, err
		}
		return a.Items[off], true, nil
	case "setvalue", "set":
		if len(args) < 1 {
			return nil, true, overload
		}
		val, idx := args[0], args[1:]
		if strings.EqualFold(name, "set") {
			val, idx = args[len(args)-1], args[:len(args)-1]
		}
		off, err := mdOffset(a, idx)
		if err != nil {
			return nil, true, err
		}
		v, err := MDArrayElement(a, val)
		if err != nil {
			return nil, true, err
		}
		a.Items[off] = v
		return object.Null, true, nil
	case "clone":
		return &object.MDArray{ElemType: a.ElemType, Dims: append([]int(nil), a.Dims...), Items: append([]any(nil), a.Items...)}, true, nil
	case "clear":
		zero := typeDefault(a.ElemType)
		for i := range a.Items {
			a.Items[i] = zero
		}
		return object.Null, true, nil
	}
	return nil, false, nil
}

// mdOffset reads GetValue's indexes: one per dimension, each in bounds
// (.NET does not count negative indexes from the end).
func mdOffset(a *object.MDArray, args []any) (int, error) {
	if len(args) == 1 {
		if items, ok := dotnet.Enumerate(args[0]); ok {
			args = items
		}
	}
	if len(args) != a.Rank() {
		return 0, dotnetErr("System.ArgumentException", "Indices length does not match the array rank.")
	}
	idx := make([]int, len(args))
	for i, x := range args {
		n, err := argInt(x)
		if err != nil {
			return 0, err
		}
		if n < 0 || n >= a.Dims[i] {
			return 0, dotnetErr("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
		}
		idx[i] = n
	}
	off, _ := a.Offset(idx)
	return off, nil
}

// MDArrayElement converts v to the element type of a, as storing into
// a typed .NET array requires.
func MDArrayElement(a *object.MDArray, v any) (any, error) {
	if a.ElemType == "" || a.ElemType == "System.Object" {
		return v, nil
	}
	return dotnet.Convert(v, a.ElemType)
}

// isMDArrayType reports whether full names an array of rank 2 or more.
func isMDArrayType(full string) bool {
	_, rank, ok := dotnet.SplitArrayType(full)
	return ok && rank > 1
}
