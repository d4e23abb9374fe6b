package members

import (
	"math"
	"math/big"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.Math]. Overloads follow the argument types as .NET's binder
// picks them: Int32 stays Int32 for Abs/Max/Min/Sign, Decimal stays
// Decimal for Round/Floor/Ceiling/Truncate/Abs, everything else is Double.

func mathGet(lname string) (any, bool, error) {
	switch lname {
	case "pi":
		return math.Pi, true, nil
	case "e":
		return math.E, true, nil
	case "tau":
		return 2 * math.Pi, true, nil
	}
	return nil, false, nil
}

// awayFromZero reads a MidpointRounding argument.
func awayFromZero(v any) bool {
	if e, ok := v.(dotnet.Enum); ok {
		return e.Value == 1
	}
	if n, ok := v.(int32); ok {
		return n == 1
	}
	return strings.EqualFold(argString(v), "AwayFromZero")
}

func roundFloat(f float64, digits int, away bool) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return f
	}
	scale := math.Pow(10, float64(digits))
	v := f * scale
	var r float64
	if away {
		r = math.Copysign(math.Floor(math.Abs(v)+0.5), v)
	} else {
		r = math.RoundToEven(v)
		// .NET rounds the scaled value; a value a hair under .5 after
		// scaling stays down, as here.
	}
	if digits == 0 {
		return r
	}
	return r / scale
}

// roundDecimal rounds a Decimal to digits fractional digits.
func roundDecimal(d object.Decimal, digits int, mode string) object.Decimal {
	if int(d.Scale) <= digits {
		return d
	}
	u := d.Unscaled
	if u == nil {
		u = new(big.Int)
	}
	div := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(int(d.Scale)-digits)), nil)
	q, r := new(big.Int).QuoRem(u, div, new(big.Int))
	if r.Sign() != 0 {
		neg := u.Sign() < 0
		twice := new(big.Int).Abs(r)
		twice.Lsh(twice, 1)
		c := twice.Cmp(div)
		up := false
		switch mode {
		case "even":
			up = c > 0 || (c == 0 && q.Bit(0) == 1)
		case "away":
			up = c >= 0
		case "floor":
			up = neg
		case "ceiling":
			up = !neg
		case "truncate":
			up = false
		}
		if up {
			if neg {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	return object.Decimal{Unscaled: q, Scale: uint8(digits)}
}

func mathCall(lname string, args []any) (any, bool, error) {
	arity := func(lo, hi int) error {
		if len(args) < lo || len(args) > hi {
			return overload
		}
		return nil
	}
	switch lname {
	case "round":
		if err := arity(1, 3); err != nil {
			return nil, true, err
		}
		digits, away := 0, false
		for _, a := range args[1:] {
			if isMidpoint(a) {
				away = awayFromZero(a)
				continue
			}
			d, err := argInt(a)
			if err != nil {
				return nil, true, err
			}
			if d < 0 || d > 15 {
				return nil, true, argOutOfRange("digits", "Rounding digits must be between 0 and 15, inclusive.")
			}
			digits = d
		}
		if d, ok := args[0].(object.Decimal); ok {
			mode := "even"
			if away {
				mode = "away"
			}
			return roundDecimal(d, digits, mode), true, nil
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		return roundFloat(f, digits, away), true, nil
	case "floor", "ceiling", "truncate":
		if err := arity(1, 1); err != nil {
			return nil, true, err
		}
		if d, ok := args[0].(object.Decimal); ok {
			return roundDecimal(d, 0, lname), true, nil
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		switch lname {
		case "floor":
			return math.Floor(f), true, nil
		case "ceiling":
			return math.Ceil(f), true, nil
		}
		return math.Trunc(f), true, nil
	case "abs":
		if err := arity(1, 1); err != nil {
			return nil, true, err
		}
		switch x := args[0].(type) {
		case int32:
			if x == math.MinInt32 {
				return nil, true, dotnetErr("System.OverflowException", "Negating the minimum value of a twos complement number is invalid.")
			}
			if x < 0 {
				return -x, true, nil
			}
			return x, true, nil
		case int64:
			if x == math.MinInt64 {
				return nil, true, dotnetErr("System.OverflowException", "Negating the minimum value of a twos complement number is invalid.")
			}
			if x < 0 {
				return -x, true, nil
			}
			return x, true, nil
		case object.Decimal:
			u := x.Unscaled
			if u == nil {
				u = new(big.Int)
			}
			return object.Decimal{Unscaled: new(big.Int).Abs(u), Scale: x.Scale}, true, nil
		case int8, int16, uint8:
			// Abs(SByte) and Abs(Int16) keep the type; a Byte takes the
			// Int16 overload. The minimum value has no positive twin.
			n, _ := argInt64(x)
			if _, ok := x.(int8); ok {
				if n == math.MinInt8 {
					return nil, true, dotnetErr("System.OverflowException", "Negating the minimum value of a twos complement number is invalid.")
				}
				return int8(max(n, -n)), true, nil
			}
			if n == math.MinInt16 {
				return nil, true, dotnetErr("System.OverflowException", "Negating the minimum value of a twos complement number is invalid.")
			}
			return int16(max(n, -n)), true, nil
		case float32:
			return float32(math.Abs(float64(x))), true, nil
		}
		f, err := argFloat(args[0])
		return math.Abs(f), true, err
	case "max", "min":
		if err := arity(2, 2); err != nil {
			return nil, true, err
		}
		r, err := mathMinMax(lname == "max", args[0], args[1])
		return r, true, err
	case "sign":
		if err := arity(1, 1); err != nil {
			return nil, true, err
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		if math.IsNaN(f) {
			return nil, true, dotnetErr("System.ArithmeticException", "Function does not accept floating point Not-a-Number values.")
		}
		switch {
		case f > 0:
			return int32(1), true, nil
		case f < 0:
			return int32(-1), true, nil
		}
		return int32(0), true, nil
	case "log":
		if err := arity(1, 2); err != nil {
			return nil, true, err
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		if len(args) == 2 {
			b, err := argFloat(args[1])
			if err != nil {
				return nil, true, err
			}
			return math.Log(f) / math.Log(b), true, nil
		}
		return math.Log(f), true, nil
	case "divrem":
		if err := arity(2, 3); err != nil {
			return nil, true, err
		}
		a, err1 := argInt64(args[0])
		b, err2 := argInt64(args[1])
		if err1 != nil || err2 != nil {
			return nil, true, overload
		}
		if b == 0 {
			return nil, true, dotnetErr("System.DivideByZeroException", "Attempted to divide by zero.")
		}
		if len(args) == 3 {
			setRef(args[2], int32(a%b))
		}
		return int32(a / b), true, nil
	case "bigmul":
		if err := arity(2, 2); err != nil {
			return nil, true, err
		}
		a, err1 := argInt64(args[0])
		b, err2 := argInt64(args[1])
		if err1 != nil || err2 != nil {
			return nil, true, overload
		}
		return a * b, true, nil
	}
	unary := map[string]func(float64) float64{
		"sqrt": math.Sqrt, "exp": math.Exp, "log10": math.Log10, "log2": math.Log2,
		"sin": math.Sin, "cos": math.Cos, "tan": math.Tan, "asin": math.Asin, "acos": math.Acos,
		"atan": math.Atan, "sinh": math.Sinh, "cosh": math.Cosh, "tanh": math.Tanh, "cbrt": math.Cbrt,
	}
	if f, ok := unary[lname]; ok {
		if err := arity(1, 1); err != nil {
			return nil, true, err
		}
		x, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		return f(x), true, nil
	}
	binary := map[string]func(float64, float64) float64{"pow": math.Pow, "atan2": math.Atan2, "ieeeremainder": math.Remainder}
	if f, ok := binary[lname]; ok {
		if err := arity(2, 2); err != nil {
			return nil, true, err
		}
		x, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		y, err := argFloat(args[1])
		if err != nil {
			return nil, true, err
		}
		return f(x, y), true, nil
	}
	return nil, false, nil
}

// isMidpoint tells a MidpointRounding argument from a digits count.
func isMidpoint(v any) bool {
	if e, ok := v.(dotnet.Enum); ok {
		return e.Type != nil && strings.HasSuffix(e.Type.FullName, "MidpointRounding")
	}
	if s, ok := v.(string); ok {
		s = strings.ToLower(s)
		return s == "awayfromzero" || s == "toeven"
	}
	return false
}
