package ops

import (
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// MaxRange is the most elements `..` builds as an array; larger ranges
// would exhaust memory, as .NET refuses arrays that large.
const MaxRange = 50_000_000

// RangeBounds converts the operands of `..` to Int32 endpoints (numbers
// round half to even, enums give their values) or, when both are
// characters or one-character strings, to a character range.
// The interpreter uses it to run `foreach ($i in 1..$n)` without
// building the array.
func RangeBounds(x, y any) (from, to int32, isChar bool, err error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			return a, b, false, nil
		}
	}
	if ca, ok := charEndpoint(x); ok {
		if cb, ok := charEndpoint(y); ok {
			return int32(ca), int32(cb), true, nil
		}
	}
	if from, err = rangeInt(x); err != nil {
		return 0, 0, false, err
	}
	to, err = rangeInt(y)
	return from, to, false, err
}

func charEndpoint(v any) (rune, bool) {
	switch c := v.(type) {
	case object.Char:
		return rune(c), true
	case string:
		r, n := utf8.DecodeRuneInString(c)
		if n == len(c) && n > 0 && !(r >= '0' && r <= '9') {
			return r, true
		}
	}
	return 0, false
}

func rangeInt(v any) (int32, error) {
	switch a := v.(type) {
	case int32:
		return a, nil
	case dotnet.Enum:
		return int32(a.Value), nil
	case nil, object.AutomationNull:
		return 0, nil
	}
	c, err := dotnet.Convert(v, "System.Int32")
	if err != nil {
		return 0, conversionError(err)
	}
	if i, ok := c.(int32); ok {
		return i, nil
	}
	n, err := operand(v, kInt32)
	if err != nil {
		return 0, err
	}
	return int32(roundEven(n.float())), nil
}

// Range is `x..y`: an Object[] of Int32 (or Char) counting up or down.
func Range(x, y any) (any, error) {
	from, to, isChar, err := RangeBounds(x, y)
	if err != nil {
		return nil, err
	}
	n := int64(to) - int64(from)
	step := int32(1)
	if n < 0 {
		n, step = -n, -1
	}
	if n+1 > MaxRange {
		return nil, runtimeError(object.NewException("System.OutOfMemoryException", "Array dimensions exceeded supported range."))
	}
	out := make([]any, n+1)
	v := from
	for i := range out {
		if isChar {
			out[i] = object.Char(v)
		} else {
			out[i] = v
		}
		v += step
	}
	return out, nil
}
