package objutil

import (
	"math"
	"math/big"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Base unwraps a PSObject that only decorates a base value (Add-Member on
// a string), since comparisons and arithmetic see the base value.
func Base(v any) any {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		return o.Base
	}
	if v == object.Null {
		return nil
	}
	return v
}

// IsNumeric reports whether v is one of .NET's numeric types.
func IsNumeric(v any) bool {
	switch v.(type) {
	case int8, int16, int32, int64, int, uint8, uint16, uint32, uint64, uint,
		float32, float64, object.Decimal, *big.Int:
		return true
	}
	return false
}

// isInteger reports whether v is an integral type that fits an int64 or
// uint64, returning it as a big-free pair.
func intValue(v any) (int64, bool) {
	switch n := v.(type) {
	case int8:
		return int64(n), true
	case int16:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case int:
		return int64(n), true
	case uint8:
		return int64(n), true
	case uint16:
		return int64(n), true
	case uint32:
		return int64(n), true
	case uint64:
		if n <= math.MaxInt64 {
			return int64(n), true
		}
	case uint:
		if uint64(n) <= math.MaxInt64 {
			return int64(n), true
		}
	}
	return 0, false
}

// ToFloat converts a numeric value to float64 (Double).
func ToFloat(v any) (float64, bool) {
	if i, ok := intValue(v); ok {
		return float64(i), true
	}
	switch n := v.(type) {
	case uint64:
		return float64(n), true
	case uint:
		return float64(n), true
	case float32:
		return float64(n), true
	case float64:
		return n, true
	case *big.Int:
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, true
	case object.Decimal:
		f, _ := decimalRat(n).Float64()
		return f, true
	}
	return 0, false
}

func decimalRat(d object.Decimal) *big.Rat {
	u := d.Unscaled
	if u == nil {
		u = new(big.Int)
	}
	den := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Scale)), nil)
	return new(big.Rat).SetFrac(u, den)
}

// toRat converts an exact numeric value (integers, Decimal, finite
// doubles) to a rational.
func toRat(v any) (*big.Rat, bool) {
	if i, ok := intValue(v); ok {
		return new(big.Rat).SetInt64(i), true
	}
	switch n := v.(type) {
	case uint64:
		return new(big.Rat).SetUint64(n), true
	case *big.Int:
		return new(big.Rat).SetInt(n), true
	case object.Decimal:
		return decimalRat(n), true
	case float32, float64:
		f, _ := ToFloat(n)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false
		}
		return new(big.Rat).SetFloat64(f), true
	}
	return nil, false
}

// compareNumbers orders two numeric values numerically.
func compareNumbers(a, b any) int {
	if x, ok := intValue(a); ok {
		if y, ok := intValue(b); ok {
			return cmpOrdered(x, y)
		}
	}
	_, ad := a.(object.Decimal)
	_, bd := b.(object.Decimal)
	_, ab := a.(*big.Int)
	_, bb := b.(*big.Int)
	if ad || bd || ab || bb {
		if x, ok := toRat(a); ok {
			if y, ok := toRat(b); ok {
				return x.Cmp(y)
			}
		}
	}
	x, _ := ToFloat(a)
	y, _ := ToFloat(b)
	switch {
	case math.IsNaN(x) && math.IsNaN(y):
		return 0
	case math.IsNaN(x):
		return -1
	case math.IsNaN(y):
		return 1
	}
	return cmpOrdered(x, y)
}

func cmpOrdered[T int64 | float64 | uint64](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// ToInt converts a bound parameter value (any integral or convertible
// value) to an int.
func ToInt(v any) (int, bool) {
	v = Base(v)
	if i, ok := intValue(v); ok {
		return int(i), true
	}
	if f, ok := ToFloat(v); ok {
		return int(math.RoundToEven(f)), true
	}
	if v == nil {
		return 0, false
	}
	c, err := dotnet.Convert(v, "System.Int32")
	if err != nil {
		return 0, false
	}
	if i, ok := intValue(c); ok {
		return int(i), true
	}
	return 0, false
}

// ToDouble converts any value to a Double as PowerShell's [double] cast
// does, reporting whether it could.
func ToDouble(v any) (float64, bool) {
	v = Base(v)
	if f, ok := ToFloat(v); ok {
		return f, true
	}
	if v == nil {
		return 0, true
	}
	c, err := dotnet.Convert(v, "System.Double")
	if err != nil {
		return 0, false
	}
	return ToFloat(c)
}
