package members

import (
	"math/big"

	"cspsh/pipeline/object"
)

// dotnetEquals is Object.Equals as collection methods (Contains,
// IndexOf, Remove) use it: same type and value, strings compared
// ordinally (case-sensitive), reference types by identity.
func dotnetEquals(a, b any) (eq bool) {
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case object.Decimal:
		y, ok := b.(object.Decimal)
		if !ok {
			return false
		}
		return decEqual(x, y)
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	case []any:
		y, ok := b.([]any)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

func decEqual(x, y object.Decimal) bool {
	ux, uy := x.Unscaled, y.Unscaled
	if ux == nil {
		ux = new(big.Int)
	}
	if uy == nil {
		uy = new(big.Int)
	}
	// Align scales.
	a, b := new(big.Int).Set(ux), new(big.Int).Set(uy)
	ten := big.NewInt(10)
	for s := x.Scale; s < y.Scale; s++ {
		a.Mul(a, ten)
	}
	for s := y.Scale; s < x.Scale; s++ {
		b.Mul(b, ten)
	}
	return a.Cmp(b) == 0
}
