package dotnet

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// multipliers are PowerShell's numeric multiplier suffixes.
var multipliers = []struct {
	suffix string
	factor int64
}{{"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30}, {"tb", 1 << 40}, {"pb", 1 << 50}}

// ParseNumber parses s as a PowerShell numeric literal, the way a string
// operand of arithmetic or comparison becomes a number ("10" - 2,
// " 9 ", "0x10", "1e3", "1.5", "1kb", "10d", "5l"). Surrounding white
// space is ignored; the result type follows the literal rules (Int32,
// widened to Int64, Decimal or Double when it does not fit). ok is false
// when s is not a number.
func ParseNumber(s string) (any, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, false
	}
	neg := false
	switch t[0] {
	case '-', '+':
		neg = t[0] == '-'
		t = t[1:]
	default:
		// U+2013 and friends are dashes too.
		if r := []rune(t)[0]; r == '\u2013' || r == '\u2014' || r == '\u2015' {
			neg = true
			t = string([]rune(t)[1:])
		}
	}
	if t == "" {
		return nil, false
	}
	lower := strings.ToLower(t)
	mult := int64(1)
	for _, m := range multipliers {
		if strings.HasSuffix(lower, m.suffix) {
			mult = m.factor
			lower = lower[:len(lower)-2]
			break
		}
	}
	// hexadecimal
	if strings.HasPrefix(lower, "0x") {
		return parseHexLiteral(lower[2:], neg, mult)
	}
	// type suffix
	suffix := ""
	for _, sfx := range []string{"uy", "us", "ul", "u", "y", "s", "l", "d", "n"} {
		if strings.HasSuffix(lower, sfx) && len(lower) > len(sfx) {
			body := lower[:len(lower)-len(sfx)]
			last := body[len(body)-1]
			if last >= '0' && last <= '9' || last == '.' {
				suffix, lower = sfx, body
				break
			}
		}
	}
	if !validDecimalLiteral(lower) {
		return nil, false
	}
	isReal := strings.ContainsAny(lower, ".e")
	text := lower
	if neg {
		text = "-" + text
	}
	if suffix == "d" {
		d, err := ParseDecimal(text)
		if err != nil {
			return nil, false
		}
		if mult != 1 {
			d, err = DecMul(d, DecimalFromInt64(mult))
			if err != nil {
				return nil, false
			}
		}
		return d, true
	}
	if isReal {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) {
			return nil, false
		}
		f *= float64(mult)
		if suffix == "" {
			return f, true
		}
		r, cerr := ConvertFull(f, suffixType(suffix))
		if cerr != nil {
			return nil, false
		}
		return r, true
	}
	b, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, false
	}
	b.Mul(b, big.NewInt(mult))
	if suffix != "" {
		r, err := numFromBig(b, suffixType(suffix))
		if err != nil {
			return nil, false
		}
		return r, true
	}
	return widenInteger(b), true
}

// suffixType maps a literal suffix to its type.
func suffixType(s string) string {
	return map[string]string{"uy": "System.Byte", "us": "System.UInt16", "ul": "System.UInt64", "u": "System.UInt32",
		"y": "System.SByte", "s": "System.Int16", "l": "System.Int64", "d": "System.Decimal", "n": "System.Numerics.BigInteger"}[s]
}

// widenInteger picks Int32, Int64, Decimal or Double for an integer
// literal, as the tokenizer does.
func widenInteger(b *big.Int) any {
	if b.IsInt64() {
		i := b.Int64()
		if i >= math.MinInt32 && i <= math.MaxInt32 {
			return int32(i)
		}
		return i
	}
	if d, err := DecimalFromBig(b); err == nil {
		return d
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}

// validDecimalLiteral checks digits[.digits][e[+-]digits].
func validDecimalLiteral(s string) bool {
	mant, exp, hasExp := strings.Cut(s, "e")
	if hasExp {
		exp = strings.TrimLeft(exp, "+-")
		if exp == "" || !allDigits(exp) {
			return false
		}
	}
	ip, fp, _ := strings.Cut(mant, ".")
	if ip == "" && fp == "" {
		return false
	}
	return allDigits(ip) && allDigits(fp)
}

// parseHexLiteral handles 0x literals: up to 8 digits are an Int32 (two's
// complement), up to 16 an Int64; "l"/"u" style suffixes are honoured.
func parseHexLiteral(h string, neg bool, mult int64) (any, bool) {
	suffix := ""
	for _, sfx := range []string{"uy", "us", "ul", "u", "y", "s", "l", "n"} {
		if strings.HasSuffix(h, sfx) && len(h) > len(sfx) {
			suffix, h = sfx, h[:len(h)-len(sfx)]
			break
		}
	}
	if h == "" {
		return nil, false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return nil, false
		}
	}
	b, _ := new(big.Int).SetString(h, 16)
	var v *big.Int
	switch {
	case suffix != "":
		v = b
	case b.BitLen() <= 32:
		u := b.Uint64()
		v = big.NewInt(int64(int32(uint32(u))))
	case b.BitLen() <= 64:
		v = big.NewInt(int64(b.Uint64()))
	default:
		v = b
	}
	if neg {
		v = new(big.Int).Neg(v)
	}
	v.Mul(v, big.NewInt(mult))
	if suffix != "" {
		r, err := numFromBig(v, suffixType(suffix))
		if err != nil {
			return nil, false
		}
		return r, true
	}
	return widenInteger(v), true
}
