package ops

import (
	"math/big"
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// System.Decimal arithmetic on object.Decimal (a 96-bit unscaled integer
// and a scale of 0–28). Results that need more than 96 bits drop
// fractional digits (rounding half to even) before overflowing, as
// .NET does.

var (
	decMax    = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	bigTen    = big.NewInt(10)
	pow10Memo = func() []*big.Int {
		t := make([]*big.Int, 64)
		t[0] = big.NewInt(1)
		for i := 1; i < len(t); i++ {
			t[i] = new(big.Int).Mul(t[i-1], bigTen)
		}
		return t
	}()
)

// pow10 returns 10^n; the table is read-only so concurrent use is safe.
func pow10(n int) *big.Int {
	if n < len(pow10Memo) {
		return pow10Memo[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

func decUnscaled(d object.Decimal) *big.Int {
	if d.Unscaled == nil {
		return new(big.Int)
	}
	return d.Unscaled
}

// divRoundEven returns x / 10^n rounded half to even.
func divRoundEven(x *big.Int, n int) *big.Int {
	q, r := new(big.Int).QuoRem(x, pow10(n), new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	c := twice.Cmp(pow10(n))
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if x.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// decNormalize brings d into Decimal's range: scale at most 28 and an
// unscaled value of at most 96 bits, or fails with OverflowException.
func decNormalize(d object.Decimal) (object.Decimal, error) {
	u := decUnscaled(d)
	scale := int(d.Scale)
	if scale > 28 {
		u = divRoundEven(u, scale-28)
		scale = 28
	}
	for new(big.Int).Abs(u).Cmp(decMax) > 0 {
		if scale == 0 {
			return object.Decimal{}, decimalOverflow()
		}
		u = divRoundEven(u, 1)
		scale--
	}
	return object.Decimal{Unscaled: u, Scale: uint8(scale)}, nil
}

// align returns the unscaled values of a and b at their common scale.
func align(a, b object.Decimal) (*big.Int, *big.Int, int) {
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

func decAdd(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := align(a, b)
	return decNormalize(object.Decimal{Unscaled: new(big.Int).Add(ua, ub), Scale: uint8(s)})
}

func decSub(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := align(a, b)
	return decNormalize(object.Decimal{Unscaled: new(big.Int).Sub(ua, ub), Scale: uint8(s)})
}

func decMul(a, b object.Decimal) (object.Decimal, error) {
	u := new(big.Int).Mul(decUnscaled(a), decUnscaled(b))
	return decNormalize(object.Decimal{Unscaled: u, Scale: a.Scale + b.Scale})
}

// decDiv divides keeping the exact result when it has at most 28
// fractional digits (at least the scale difference of the operands, as
// .NET keeps 10.00m/2m = 5.00), else rounding to 28-29 significant digits.
func decDiv(a, b object.Decimal) (object.Decimal, error) {
	ub := decUnscaled(b)
	if ub.Sign() == 0 {
		return object.Decimal{}, divideByZero()
	}
	// a/b = (ua/ub) * 10^(sb-sa)
	num := new(big.Int).Set(decUnscaled(a))
	den := new(big.Int).Set(ub)
	shift := int(b.Scale) - int(a.Scale) // result scale offset
	pref := -shift
	if pref < 0 {
		pref = 0
	}
	for scale := pref; scale <= 28; scale++ {
		// q = a/b * 10^scale = ua * 10^(scale+shift) / ub
		n, d := new(big.Int).Set(num), new(big.Int).Set(den)
		if e := scale + shift; e >= 0 {
			n.Mul(n, pow10(e))
		} else {
			d.Mul(d, pow10(-e))
		}
		q, r := new(big.Int).QuoRem(n, d, new(big.Int))
		if r.Sign() == 0 {
			return decNormalize(object.Decimal{Unscaled: q, Scale: uint8(scale)})
		}
		if scale == 28 || new(big.Int).Abs(q).Cmp(decMax) > 0 {
			// Inexact: round at this scale (half to even).
			twice := new(big.Int).Abs(r)
			twice.Lsh(twice, 1)
			c := twice.Cmp(new(big.Int).Abs(d))
			if c > 0 || (c == 0 && q.Bit(0) == 1) {
				if (n.Sign() < 0) != (d.Sign() < 0) {
					q.Sub(q, big.NewInt(1))
				} else {
					q.Add(q, big.NewInt(1))
				}
			}
			return decNormalize(object.Decimal{Unscaled: q, Scale: uint8(scale)})
		}
	}
	return object.Decimal{}, decimalOverflow()
}

// decMod is the remainder with the sign of the dividend.
func decMod(a, b object.Decimal) (object.Decimal, error) {
	ua, ub, s := align(a, b)
	if ub.Sign() == 0 {
		return object.Decimal{}, divideByZero()
	}
	return decNormalize(object.Decimal{Unscaled: new(big.Int).Rem(ua, ub), Scale: uint8(s)})
}

func decCmp(a, b object.Decimal) int {
	ua, ub, _ := align(a, b)
	return ua.Cmp(ub)
}

func decToFloat(d object.Decimal) float64 {
	f, _ := strconv.ParseFloat(decText(d), 64)
	return f
}

// decText is the plain invariant text of d (no exponent).
func decText(d object.Decimal) string {
	u := decUnscaled(d)
	s := new(big.Int).Abs(u).String()
	if d.Scale > 0 {
		sc := int(d.Scale)
		if len(s) <= sc {
			s = strings.Repeat("0", sc-len(s)+1) + s
		}
		s = s[:len(s)-sc] + "." + s[len(s)-sc:]
	}
	if u.Sign() < 0 {
		s = "-" + s
	}
	return s
}

// decToBigInt truncates toward zero after rounding half to even, as a
// conversion of Decimal to an integer type does.
func decToBigInt(d object.Decimal) *big.Int {
	if d.Scale == 0 {
		return new(big.Int).Set(decUnscaled(d))
	}
	return divRoundEven(decUnscaled(d), int(d.Scale))
}

// decFromFloat converts a Double as (decimal)double does: to 15
// significant digits.
func decFromFloat(f float64) (object.Decimal, error) {
	if f != f || f > 7.9228162514264338e28 || f < -7.9228162514264338e28 {
		return object.Decimal{}, decimalOverflow()
	}
	d, ok := parseDecimal(strconv.FormatFloat(f, 'e', 14, 64))
	if !ok {
		return object.Decimal{}, decimalOverflow()
	}
	// Drop trailing zeros the 15-digit formatting introduced.
	u := d.Unscaled
	for d.Scale > 0 {
		q, r := new(big.Int).QuoRem(u, bigTen, new(big.Int))
		if r.Sign() != 0 {
			break
		}
		u = q
		d.Scale--
	}
	d.Unscaled = u
	return d, nil
}

// parseDecimal reads invariant decimal text with an optional exponent.
func parseDecimal(s string) (object.Decimal, bool) {
	s = strings.TrimSpace(s)
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil {
			return object.Decimal{}, false
		}
		exp = e
		s = s[:i]
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	scale := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		scale = len(s) - i - 1
		s = s[:i] + s[i+1:]
	}
	if s == "" {
		return object.Decimal{}, false
	}
	u, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return object.Decimal{}, false
	}
	scale -= exp
	if scale < 0 {
		u.Mul(u, pow10(-scale))
		scale = 0
	}
	if neg {
		u.Neg(u)
	}
	d, err := decNormalize(object.Decimal{Unscaled: u, Scale: uint8(min(scale, 255))})
	if err != nil {
		return object.Decimal{}, false
	}
	return d, true
}
