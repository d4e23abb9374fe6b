package ops

import (
	"math/big"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Decimal arithmetic is dotnet's (System.Decimal semantics); the
// operators only turn its OverflowException and DivideByZeroException
// into the RuntimeException PowerShell's DecimalOps raise.

func decUnscaled(d object.Decimal) *big.Int {
	if d.Unscaled == nil {
		return new(big.Int)
	}
	return d.Unscaled
}

// decimalError wraps a .NET exception from a Decimal operation.
func decimalError(err error) error {
	if ex, ok := err.(*object.Exception); ok {
		return runtimeError(ex)
	}
	return err
}

func decOp(op byte, a, b object.Decimal) (any, error) {
	var (
		r   object.Decimal
		err error
	)
	switch op {
	case '+':
		r, err = dotnet.DecAdd(a, b)
	case '-':
		r, err = dotnet.DecSub(a, b)
	case '*':
		r, err = dotnet.DecMul(a, b)
	case '/':
		r, err = dotnet.DecDiv(a, b)
	default:
		r, err = dotnet.DecRem(a, b)
	}
	if err != nil {
		return nil, decimalError(err)
	}
	return r, nil
}

// parseDecimal reads invariant decimal text ("12.50").
func parseDecimal(s string) (object.Decimal, bool) {
	d, err := dotnet.ParseDecimal(s)
	return d, err == nil
}
