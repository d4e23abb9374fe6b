package dotnet

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// System.Decimal holds a 96-bit unscaled integer and a scale of 0–28.
const decMaxScale = 28

// bigZero is the unscaled value of a zero Decimal; a pointer literal, so
// that it is laid out statically. Never written.
var bigZero = &big.Int{}

// decConst holds the big integers Decimal arithmetic compares and
// multiplies with.
type decConst struct {
	max   *big.Int // 2^96-1 = 79228162514264337593543950335
	ten   *big.Int
	pow10 [60]*big.Int // 10^0 … 10^59
}

// decConsts is made when a Decimal first needs it rather than at every
// start of the shell.
var decConsts = lazy.Value[*decConst]{Build: func() *decConst {
	c := &decConst{
		max: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1)),
		ten: big.NewInt(10),
	}
	p := big.NewInt(1)
	for i := range c.pow10 {
		c.pow10[i] = new(big.Int).Set(p)
		p.Mul(p, c.ten)
	}
	return c
}}

// decMax returns the largest unscaled Decimal, 2^96-1.
func decMax() *big.Int { return decConsts.Get().max }

// pow10 returns 10^n (cached for small n).
func pow10(n int) *big.Int {
	c := decConsts.Get()
	if n < len(c.pow10) {
		return c.pow10[n]
	}
	return new(big.Int).Exp(c.ten, big.NewInt(int64(n)), nil)
}

// DecimalOverflow is the error .NET raises when a Decimal result does not
// fit: System.OverflowException.
func DecimalOverflow() *object.Exception {
	return object.NewException("System.OverflowException", "Value was either too large or too small for a Decimal.")
}

// DivideByZero is System.DivideByZeroException.
func DivideByZero() *object.Exception {
	return object.NewException("System.DivideByZeroException", "Attempted to divide by zero.")
}

// DecMaxValue is [decimal]::MaxValue.
func DecMaxValue() object.Decimal { return object.Decimal{Unscaled: new(big.Int).Set(decMax())} }

// DecMinValue is [decimal]::MinValue.
func DecMinValue() object.Decimal { return object.Decimal{Unscaled: new(big.Int).Neg(decMax())} }

func decUnscaled(d object.Decimal) *big.Int {
	if d.Unscaled == nil {
		return bigZero
	}
	return d.Unscaled
}

// DecimalFromInt64 converts an integer exactly.
func DecimalFromInt64(i int64) object.Decimal {
	return object.Decimal{Unscaled: big.NewInt(i)}
}

// DecimalFromBig converts a BigInteger, failing when it is out of range.
func DecimalFromBig(b *big.Int) (object.Decimal, error) {
	if new(big.Int).Abs(b).Cmp(decMax()) > 0 {
		return object.Decimal{}, DecimalOverflow()
	}
	return object.Decimal{Unscaled: new(big.Int).Set(b)}, nil
}

// DecimalFromFloat converts a Double as .NET does: rounded to 15
// significant digits, trailing zeros dropped ([decimal]0.1 is 0.1).
func DecimalFromFloat(f float64) (object.Decimal, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 7.9228162514264338e28 {
		return object.Decimal{}, DecimalOverflow()
	}
	if f == 0 {
		return object.Decimal{Unscaled: new(big.Int)}, nil
	}
	n := numberFromFloat(f, 15)
	// value = 0.digits × 10^exp = digits × 10^(exp-len)
	u, _ := new(big.Int).SetString(string(n.digits), 10)
	scale := len(n.digits) - n.exp
	if scale < 0 {
		u.Mul(u, pow10(-scale))
		scale = 0
	}
	if n.neg {
		u.Neg(u)
	}
	d := object.Decimal{Unscaled: u, Scale: 0}
	if scale > decMaxScale {
		return decRescale(u, scale, decMaxScale), nil
	}
	d.Scale = uint8(scale)
	return d, nil
}

// decRescale divides u (at scale) down to newScale, rounding half to even.
func decRescale(u *big.Int, scale, newScale int) object.Decimal {
	q := roundDivHalfEven(u, pow10(scale-newScale))
	return object.Decimal{Unscaled: q, Scale: uint8(newScale)}
}

// roundDivHalfEven returns a/b rounded half to even (b > 0).
func roundDivHalfEven(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	r2 := new(big.Int).Abs(r)
	r2.Lsh(r2, 1)
	c := r2.Cmp(b)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if a.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// decFit brings an exact result (u at scale) into Decimal's range:
// scale at most 28, unscaled at most 96 bits, rounding off digits when
// needed; overflow when the integer part alone is too large.
func decFit(u *big.Int, scale int) (object.Decimal, error) {
	if scale < 0 {
		if u.Sign() == 0 {
			scale = 0
		} else if -scale > 29 {
			return object.Decimal{}, DecimalOverflow()
		} else {
			u = new(big.Int).Mul(u, pow10(-scale))
			scale = 0
		}
	}
	if scale > decMaxScale {
		if scale > 200 && u.BitLen() < 3*(scale-40) {
			// far below the smallest Decimal: zero
			return object.Decimal{Unscaled: new(big.Int), Scale: decMaxScale}, nil
		}
		d := decRescale(u, scale, decMaxScale)
		u, scale = d.Unscaled, decMaxScale
	}
	limit := decMax()
	for new(big.Int).Abs(u).Cmp(limit) > 0 {
		if scale == 0 {
			return object.Decimal{}, DecimalOverflow()
		}
		d := decRescale(u, scale, scale-1)
		u, scale = d.Unscaled, scale-1
	}
	return object.Decimal{Unscaled: u, Scale: uint8(scale)}, nil
}

// align returns both unscaled values at the larger scale.
func decAlign(a, b object.Decimal) (*big.Int, *big.Int, int) {
	ua, ub := decUnscaled(a), decUnscaled(b)
	sa, sb := int(a.Scale), int(b.Scale)
	switch {
	case sa < sb:
		ua = new(big.Int).Mul(ua, pow10(sb-sa))
		return ua, ub, sb
	case sb < sa:
		ub = new(big.Int).Mul(ub, pow10(sa-sb))
	}
	return ua, ub, sa
}

// DecAdd is a + b.
func DecAdd(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := decAlign(a, b)
	return decFit(new(big.Int).Add(ua, ub), s)
}

// DecSub is a - b.
func DecSub(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := decAlign(a, b)
	return decFit(new(big.Int).Sub(ua, ub), s)
}

// DecMul is a × b.
func DecMul(a, b object.Decimal) (object.Decimal, error) {
	return decFit(new(big.Int).Mul(decUnscaled(a), decUnscaled(b)), int(a.Scale)+int(b.Scale))
}

// DecDiv is a ÷ b as .NET computes it: exact when the quotient
// terminates (keeping the scale difference, 1.00/1 = 1.00), otherwise as
// many digits as fit (28–29 significant), rounded half to even.
func DecDiv(a, b object.Decimal) (object.Decimal, error) {
	ub := decUnscaled(b)
	if ub.Sign() == 0 {
		return object.Decimal{}, DivideByZero()
	}
	neg := (decUnscaled(a).Sign() < 0) != (ub.Sign() < 0)
	ua := new(big.Int).Abs(decUnscaled(a))
	den := new(big.Int).Abs(ub)
	scale := int(a.Scale) - int(b.Scale)
	if scale < 0 {
		ua.Mul(ua, pow10(-scale))
		scale = 0
	}
	q, r := new(big.Int).QuoRem(ua, den, new(big.Int))
	c := decConsts.Get()
	if q.Cmp(c.max) > 0 {
		return object.Decimal{}, DecimalOverflow()
	}
	for r.Sign() != 0 && scale < decMaxScale {
		next := new(big.Int).Mul(q, c.ten)
		r10 := new(big.Int).Mul(r, c.ten)
		digit, r2 := new(big.Int).QuoRem(r10, den, new(big.Int))
		next.Add(next, digit)
		if next.Cmp(c.max) > 0 {
			break
		}
		q, r = next, r2
		scale++
	}
	if r.Sign() != 0 {
		r2 := new(big.Int).Lsh(r, 1)
		c := r2.Cmp(den)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
	}
	if neg {
		q.Neg(q)
	}
	return decFit(q, scale)
}

// DecRem is a % b (the sign follows a, as in .NET).
func DecRem(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := decAlign(a, b)
	if ub.Sign() == 0 {
		return object.Decimal{}, DivideByZero()
	}
	return decFit(new(big.Int).Rem(ua, ub), s)
}

// DecNeg is -a.
func DecNeg(a object.Decimal) object.Decimal {
	return object.Decimal{Unscaled: new(big.Int).Neg(decUnscaled(a)), Scale: a.Scale}
}

// DecCmp compares a and b numerically (-1, 0, 1); 1.0 equals 1.
func DecCmp(a, b object.Decimal) int {
	ua, ub, _ := decAlign(a, b)
	return ua.Cmp(ub)
}

// DecIsZero reports whether d is zero.
func DecIsZero(d object.Decimal) bool { return decUnscaled(d).Sign() == 0 }

// DecToFloat converts to the nearest Double.
func DecToFloat(d object.Decimal) float64 {
	f, _ := strconv.ParseFloat(DecimalString(d), 64)
	return f
}

// DecToBig truncates toward zero.
func DecToBig(d object.Decimal) *big.Int {
	return new(big.Int).Quo(decUnscaled(d), pow10(int(d.Scale)))
}

// DecRoundToInt rounds to an integer half to even ([int]2.5m is 2).
func DecRoundToInt(d object.Decimal) *big.Int {
	return roundDivHalfEven(decUnscaled(d), pow10(int(d.Scale)))
}

// DecimalString renders d as Decimal.ToString() does, keeping its scale
// (1.50d → "1.50").
func DecimalString(d object.Decimal) string { return formatDecimalG(d) }

// ParseDecimal parses invariant-culture text as Decimal.Parse with
// NumberStyles.Number does (white space, sign, thousands separators, a
// decimal point); an exponent ("1e3") is also accepted, as PowerShell
// falls back to that. Errors are FormatException/OverflowException.
func ParseDecimal(s string) (object.Decimal, error) {
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	mant, expText := t, ""
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		mant, expText = t[:i], t[i+1:]
	}
	intPart, frac, hasPoint := strings.Cut(mant, ".")
	intPart = strings.ReplaceAll(intPart, ",", "")
	if (intPart == "" && frac == "") || !allDigits(intPart) || !allDigits(frac) || (hasPoint && strings.Contains(frac, ",")) {
		return object.Decimal{}, formatError()
	}
	u, _ := new(big.Int).SetString("0"+intPart+frac, 10)
	scale := len(frac)
	if expText != "" {
		e, err := strconv.Atoi(expText)
		if err != nil {
			return object.Decimal{}, formatError()
		}
		scale -= e
	}
	if neg {
		u.Neg(u)
	}
	return decFit(u, scale)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatError is the FormatException .NET's Parse methods raise.
func formatError() *object.Exception {
	return object.NewException("System.FormatException", "Input string was not in a correct format.")
}
