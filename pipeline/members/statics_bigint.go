package members

import (
	"math/big"

	"cspsh/pipeline/dotnet"
)

// [System.Numerics.BigInteger] static methods ([bigint]::Pow(2, 64)).

func bigArg(v any) (*big.Int, error) {
	if b, ok := v.(*big.Int); ok {
		return b, nil
	}
	c, err := dotnet.Convert(v, "System.Numerics.BigInteger")
	if err != nil {
		return nil, err
	}
	return c.(*big.Int), nil
}

func bigIntStaticCall(lname string, args []any) (any, bool, error) {
	two := func() (*big.Int, *big.Int, error) {
		if len(args) != 2 {
			return nil, nil, overload
		}
		a, err := bigArg(args[0])
		if err != nil {
			return nil, nil, err
		}
		b, err := bigArg(args[1])
		return a, b, err
	}
	switch lname {
	case "pow":
		if len(args) != 2 {
			return nil, true, overload
		}
		a, err := bigArg(args[0])
		if err != nil {
			return nil, true, err
		}
		e, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if e < 0 {
			return nil, true, argOutOfRange("exponent", "The number must be greater than or equal to zero.")
		}
		return new(big.Int).Exp(a, big.NewInt(int64(e)), nil), true, nil
	case "add", "subtract", "multiply", "divide", "remainder", "greatestcommondivisor", "max", "min", "compare":
		a, b, err := two()
		if err != nil {
			return nil, true, err
		}
		r := new(big.Int)
		switch lname {
		case "add":
			r.Add(a, b)
		case "subtract":
			r.Sub(a, b)
		case "multiply":
			r.Mul(a, b)
		case "divide", "remainder":
			if b.Sign() == 0 {
				return nil, true, dotnetErr("System.DivideByZeroException", "Attempted to divide by zero.")
			}
			if lname == "divide" {
				r.Quo(a, b)
			} else {
				r.Rem(a, b)
			}
		case "greatestcommondivisor":
			r.GCD(nil, nil, new(big.Int).Abs(a), new(big.Int).Abs(b))
		case "max":
			if a.Cmp(b) >= 0 {
				return a, true, nil
			}
			return b, true, nil
		case "min":
			if a.Cmp(b) <= 0 {
				return a, true, nil
			}
			return b, true, nil
		case "compare":
			return int32(a.Cmp(b)), true, nil
		}
		return r, true, nil
	case "abs", "negate":
		if len(args) != 1 {
			return nil, true, overload
		}
		a, err := bigArg(args[0])
		if err != nil {
			return nil, true, err
		}
		if lname == "abs" {
			return new(big.Int).Abs(a), true, nil
		}
		return new(big.Int).Neg(a), true, nil
	case "modpow":
		if len(args) != 3 {
			return nil, true, overload
		}
		var v [3]*big.Int
		for i := range v {
			b, err := bigArg(args[i])
			if err != nil {
				return nil, true, err
			}
			v[i] = b
		}
		if v[2].Sign() == 0 {
			return nil, true, dotnetErr("System.DivideByZeroException", "Attempted to divide by zero.")
		}
		return new(big.Int).Exp(v[0], v[1], v[2]), true, nil
	}
	return nil, false, nil
}
