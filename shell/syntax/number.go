package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// scanNumber lexes a numeric literal whose digits start at i (start is
// before i when a sign was written, in argument mode). It reports false
// when the text is no number in mode m (such as 7/1/2015 or 2+2 in
// argument mode), so that the caller lexes a bare word instead.
func (p *parser) scanNumber(start, i int, m mode) (token, bool) {
	src := p.src
	n := len(src)
	hex, bin, real := false, false, false
	neg := start != i
	if src[i] == '0' && i+2 < n && src[i+1]|0x20 == 'x' && isHex(src[i+2]) {
		hex = true
		i += 2
	} else if src[i] == '0' && i+2 < n && src[i+1]|0x20 == 'b' && (src[i+2] == '0' || src[i+2] == '1') {
		// 0b101: a binary literal (PowerShell 7, about_Numeric_Literals).
		bin = true
		i += 2
	}
	ds := i
	if hex {
		for i < n && isHex(src[i]) {
			i++
		}
	} else if bin {
		for i < n && (src[i] == '0' || src[i] == '1') {
			i++
		}
	} else {
		for i < n && isDigit(src[i]) {
			i++
		}
		// "1." is a real too, but "1.." is 1 then the range operator.
		if i < n && src[i] == '.' && !(i+1 < n && src[i+1] == '.') {
			real = true
			i++
			for i < n && isDigit(src[i]) {
				i++
			}
		}
		if i < n && src[i]|0x20 == 'e' {
			j := i + 1
			if j < n && (src[j] == '+' || src[j] == '-') {
				j++
			}
			if j < n && isDigit(src[j]) {
				real = true
				i = j
				for i < n && isDigit(src[i]) {
					i++
				}
			}
		}
	}
	de := i
	suffix := ""
	if i < n {
		switch c := src[i] | 0x20; c {
		case 'u':
			if i+1 < n {
				if c2 := src[i+1] | 0x20; c2 == 'l' || c2 == 's' || c2 == 'y' {
					suffix = string([]byte{'u', c2})
					i += 2
					break
				}
			}
			suffix = "u"
			i++
		case 'l', 'd', 'n', 's', 'y':
			suffix = src[i : i+1]
			i++
		}
	}
	var mult int64
	if i+1 < n && src[i+1]|0x20 == 'b' {
		switch src[i] | 0x20 {
		case 'k':
			mult = 1 << 10
		case 'm':
			mult = 1 << 20
		case 'g':
			mult = 1 << 30
		case 't':
			mult = 1 << 40
		case 'p':
			mult = 1 << 50
		}
		if mult != 0 {
			i += 2
		}
	}
	end := i
	if m == modeCmd {
		if !p.isTerm(end) {
			return token{}, false
		}
	} else if !p.isTerm(end) && !(src[end] < 0x80 && afterNumByte[src[end]]) && p.dashAt(end) == 0 {
		return token{}, false
	}
	t := token{kind: tNumber, pos: start, end: end}
	digits := src[ds:de]
	if bin {
		digits = binaryToHex(digits)
		hex = true
	}
	v, ok := numberValue(digits, hex, real, neg, strings.ToLower(suffix), mult)
	if !ok {
		if m == modeCmd {
			// Not a valid number: in argument mode it is a bare word.
			return token{}, false
		}
		t.bad = true
		v = int32(0)
	}
	t.num = v
	return t, true
}

// numberValue converts the digits of a literal to its .NET-typed value, as
// PowerShell types numeric literals (about_Numeric_Literals).
func numberValue(digits string, hex, real, neg bool, suffix string, mult int64) (any, bool) {
	if real {
		return realValue(digits, neg, suffix, mult)
	}
	if !hex && suffix == "" && mult == 0 && len(digits) <= 9 {
		// Nine digits or fewer: an Int32, read without strconv.
		n := int32(0)
		for i := 0; i < len(digits); i++ {
			n = n*10 + int32(digits[i]-'0')
		}
		if neg {
			n = -n
		}
		return n, true
	}
	if !hex && suffix == "" && mult == 0 && len(digits) <= 18 {
		// The common case, without big arithmetic.
		n, err := strconv.ParseInt(digits, 10, 64)
		if err == nil {
			if neg {
				n = -n
			}
			if n >= math.MinInt32 && n <= math.MaxInt32 {
				return int32(n), true
			}
			return n, true
		}
	}
	v := new(big.Int)
	if hex {
		v.SetString(digits, 16)
		if suffix != "n" {
			// Hexadecimal literals are two's complement bit patterns.
			bits := 0
			switch suffix {
			case "":
				if len(strings.TrimLeft(digits, "0")) <= 8 {
					bits = 32
				} else if len(strings.TrimLeft(digits, "0")) <= 16 {
					bits = 64
				} else {
					return nil, false
				}
			case "l":
				bits = 64
			case "s":
				bits = 16
			case "y":
				bits = 8
			}
			if bits > 0 {
				if v.BitLen() > bits {
					return nil, false
				}
				if v.Bit(bits-1) == 1 {
					v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
				}
			}
			if suffix == "" && mult == 0 && !neg {
				// The digit count, not the value, picks Int32 or Int64.
				if bits == 32 {
					return int32(v.Int64()), true
				}
				return v.Int64(), true
			}
		}
	} else {
		v.SetString(digits, 10)
	}
	if neg {
		v.Neg(v)
	}
	if mult != 0 {
		v.Mul(v, big.NewInt(mult))
	}
	return intValue(v, suffix)
}

// fitsDecimal reports whether |v| <= Decimal.MaxValue (2^96-1): its
// magnitude takes at most 96 bits, so no big constant need be built.
func fitsDecimal(v *big.Int) bool { return v.BitLen() <= 96 }

// intValue types an integer value by its suffix.
func intValue(v *big.Int, suffix string) (any, bool) {
	fits := func(lo, hi int64) bool { return v.IsInt64() && v.Int64() >= lo && v.Int64() <= hi }
	ufits := func(hi uint64) bool { return v.Sign() >= 0 && v.IsUint64() && v.Uint64() <= hi }
	switch suffix {
	case "":
		switch {
		case fits(math.MinInt32, math.MaxInt32):
			return int32(v.Int64()), true
		case v.IsInt64():
			return v.Int64(), true
		case fitsDecimal(v):
			return object.Decimal{Unscaled: v, Scale: 0}, true
		default:
			f, _ := new(big.Float).SetInt(v).Float64()
			return f, true
		}
	case "l":
		if v.IsInt64() {
			return v.Int64(), true
		}
	case "u":
		if ufits(math.MaxUint32) {
			return uint32(v.Uint64()), true
		}
		if ufits(math.MaxUint64) {
			return v.Uint64(), true
		}
	case "ul":
		if ufits(math.MaxUint64) {
			return v.Uint64(), true
		}
	case "us":
		if ufits(math.MaxUint16) {
			return uint16(v.Uint64()), true
		}
	case "uy":
		if ufits(math.MaxUint8) {
			return uint8(v.Uint64()), true
		}
	case "s":
		if fits(math.MinInt16, math.MaxInt16) {
			return int16(v.Int64()), true
		}
	case "y":
		if fits(math.MinInt8, math.MaxInt8) {
			return int8(v.Int64()), true
		}
	case "d":
		if fitsDecimal(v) {
			return object.Decimal{Unscaled: v, Scale: 0}, true
		}
	case "n":
		return v, true
	}
	return nil, false
}

// realValue types a literal with a fraction or an exponent: Double, or
// Decimal with the d suffix (keeping the written scale, so 1.50d is 1.50).
func realValue(digits string, neg bool, suffix string, mult int64) (any, bool) {
	if suffix == "d" {
		mant, exp := digits, 0
		if k := strings.IndexAny(digits, "eE"); k >= 0 {
			mant = digits[:k]
			e, err := strconv.Atoi(digits[k+1:])
			if err != nil {
				return nil, false
			}
			exp = e
		}
		scale := 0
		if k := strings.IndexByte(mant, '.'); k >= 0 {
			scale = len(mant) - k - 1
			mant = mant[:k] + mant[k+1:]
		}
		u, ok := new(big.Int).SetString(mant, 10)
		if !ok {
			return nil, false
		}
		scale -= exp
		if scale < 0 {
			u.Mul(u, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-scale)), nil))
			scale = 0
		}
		for scale > 28 {
			u.Quo(u, big.NewInt(10))
			scale--
		}
		if mult != 0 {
			u.Mul(u, big.NewInt(mult))
		}
		if neg {
			u.Neg(u)
		}
		if !fitsDecimal(u) {
			return nil, false
		}
		return object.Decimal{Unscaled: u, Scale: uint8(scale)}, true
	}
	f, err := strconv.ParseFloat(digits, 64)
	if err != nil && !math.IsInf(f, 0) {
		return nil, false
	}
	if neg {
		f = -f
	}
	if mult != 0 {
		f *= float64(mult)
	}
	if suffix == "" {
		return f, true
	}
	// An integer suffix on a real literal rounds it to that type.
	r := math.RoundToEven(f)
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return nil, false
	}
	bf, _ := new(big.Float).SetFloat64(r).Int(nil)
	return intValue(bf, suffix)
}
