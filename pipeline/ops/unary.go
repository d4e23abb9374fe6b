package ops

import (
	"math/big"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Negate is unary minus: 0 - x for numbers (so -[int]::MinValue widens),
// a number read from a string, Decimal and BigInteger negated exactly.
func Negate(x any) (any, error) {
	switch a := x.(type) {
	case int32:
		if a != -a || a == 0 {
			return -a, nil
		}
		return -float64(a), nil
	case float64:
		return -a, nil
	case object.Decimal:
		return dotnet.DecNeg(a), nil
	case *big.Int:
		return new(big.Int).Neg(a), nil
	case object.TimeSpan:
		return -a, nil
	case nil, object.AutomationNull:
		return int32(0), nil
	}
	n, err := operand(x, kInt32)
	if err != nil {
		return nil, err
	}
	switch n.k {
	case kDouble, kSingle, kDecimal, kBig:
		return Negate(n.value())
	}
	return arithNum('-', num{k: kInt32}, n)
}

// Plus is unary plus: a number stays itself, a string becomes the
// number it spells (+ '123' is 123).
func Plus(x any) (any, error) {
	if isNumeric(x) {
		return x, nil
	}
	switch x.(type) {
	case nil, object.AutomationNull:
		return int32(0), nil
	case []any, *object.List, *object.Hashtable, *object.PSObject, object.TimeSpan:
		return x, nil
	}
	n, err := operand(x, kInt32)
	if err != nil {
		return nil, err
	}
	return n.value(), nil
}

// BNot is -bnot: bitwise complement in the operand's integer type
// (Double and Decimal go to the smallest integer type that holds them).
func BNot(x any) (any, error) {
	switch a := x.(type) {
	case int32:
		return ^a, nil
	case int64:
		return ^a, nil
	case uint32:
		return ^a, nil
	case uint64:
		return ^a, nil
	case dotnet.Enum:
		return dotnet.Enum{Type: a.Type, Value: ^a.Value}, nil
	}
	v, k, err := intOperand(x)
	if err != nil {
		return nil, err
	}
	switch k {
	case kInt32:
		return ^int32(v), nil
	case kUInt32:
		return ^uint32(v), nil
	case kUInt64:
		return ^uint64(v), nil
	}
	return ^v, nil
}
