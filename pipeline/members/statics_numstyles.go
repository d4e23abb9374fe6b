package members

import (
	"math/big"
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// The System.Globalization.NumberStyles flags an integer Parse honours.
const (
	nsLeadingWhite  = 1
	nsTrailingWhite = 2
	nsLeadingSign   = 4
	nsTrailingSign  = 8
	nsParentheses   = 16
	nsDecimalPoint  = 32
	nsThousands     = 64
	nsExponent      = 128
	nsCurrency      = 256
	nsHex           = 512
)

// numberStyles reads a NumberStyles argument: an enum value, a name
// list ('HexNumber', 'AllowThousands, AllowLeadingSign') or a number. ok
// is false when the argument is no NumberStyles (an IFormatProvider
// such as a CultureInfo), which leaves the default style.
func numberStyles(v any) (int64, bool) {
	if o, isObj := v.(*object.PSObject); isObj && o.Base != nil {
		v = o.Base
	}
	switch v.(type) {
	case string, dotnet.Enum, int32, int64:
	default:
		return 0, false
	}
	c, err := dotnet.Convert(v, "System.Globalization.NumberStyles")
	if err != nil {
		return 0, false
	}
	e, ok := c.(dotnet.Enum)
	return e.Value, ok
}

// parseIntegerStyled is Int32.Parse(s, style) and its siblings for the
// other integer types, in the invariant (en-US) number format: only the
// parts the style allows may appear. Hex digits give the type's bit
// pattern (Int32.Parse('FFFFFFFF', 'HexNumber') is -1); a fraction must be
// zeros, else the value does not fit the integer type.
func parseIntegerStyled(full, s string, style int64) (any, error) {
	bad := func() (any, error) { return nil, formatException("Input string was not in a correct format.") }
	name := shortName(full)
	overflow := func() (any, error) {
		return nil, dotnetErr("System.OverflowException", "Value was either too large or too small for "+article(name)+" "+name+".")
	}
	bits := map[string]uint{"Byte": 8, "SByte": 8, "Int16": 16, "UInt16": 16, "Int32": 32, "UInt32": 32, "Int64": 64, "UInt64": 64}[name]
	if bits == 0 {
		return nil, overload
	}
	if style&nsLeadingWhite != 0 {
		s = strings.TrimLeft(s, " \t\n\v\f\r")
	}
	if style&nsTrailingWhite != 0 {
		s = strings.TrimRight(s, " \t\n\v\f\r")
	}
	if style&nsHex != 0 {
		if s == "" {
			return bad()
		}
		for _, c := range s {
			if !isHexDigit(c) {
				return bad()
			}
		}
		t := strings.TrimLeft(s, "0")
		if len(t) > int(bits/4) {
			return overflow()
		}
		n, _ := strconv.ParseUint("0"+t, 16, 64)
		return fromBits(full, n), nil
	}
	neg := false
	if style&nsParentheses != 0 && strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	if style&nsCurrency != 0 {
		s = strings.Replace(s, "$", "", 1)
	}
	if style&nsLeadingSign != 0 && s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = neg != (s[0] == '-'), s[1:]
	} else if style&nsTrailingSign != 0 && s != "" && (s[len(s)-1] == '-' || s[len(s)-1] == '+') {
		neg, s = neg != (s[len(s)-1] == '-'), s[:len(s)-1]
	}
	exp := int64(0)
	if style&nsExponent != 0 {
		if i := strings.IndexAny(s, "eE"); i >= 0 {
			e := s[i+1:]
			s = s[:i]
			eneg := false
			if e != "" && (e[0] == '-' || e[0] == '+') {
				eneg, e = e[0] == '-', e[1:]
			}
			if !allDigits(e) {
				return bad()
			}
			for _, c := range e {
				exp = exp*10 + int64(c-'0')
				if exp > 1000 {
					break
				}
			}
			if eneg {
				exp = -exp
			}
		}
	}
	intPart, frac := s, ""
	if style&nsDecimalPoint != 0 {
		if i := strings.IndexByte(s, '.'); i >= 0 {
			intPart, frac = s[:i], s[i+1:]
		}
	}
	if style&nsThousands != 0 && intPart != "" && intPart[0] != ',' {
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	if !allDigits(intPart+frac) || intPart == "" && frac == "" {
		return bad()
	}
	if frac != "" && !allDigits(frac) || intPart != "" && !allDigits(intPart) {
		return bad()
	}
	// Scale by the exponent: digits moved from the fraction must be
	// zeros for the value to stay an integer.
	digits := intPart + frac
	point := int64(len(intPart)) + exp
	if point < 0 {
		point = 0
	}
	if point > int64(len(digits)) {
		if point-int64(len(digits)) > 40 {
			if strings.Trim(digits, "0") == "" {
				return fromBits(full, 0), nil
			}
			return overflow()
		}
		digits += strings.Repeat("0", int(point)-len(digits))
	}
	whole, rest := digits[:point], digits[point:]
	if strings.Trim(rest, "0") != "" {
		return overflow()
	}
	v := new(big.Int)
	if whole != "" {
		v.SetString(whole, 10)
	}
	if neg {
		v.Neg(v)
	}
	lo, hi := intRange(name, bits)
	if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
		return overflow()
	}
	if v.Sign() < 0 {
		return fromBits(full, uint64(v.Int64())), nil
	}
	return fromBits(full, v.Uint64()), nil
}

func isHexDigit(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// intRange is the smallest and largest value of an integer type.
func intRange(name string, bits uint) (*big.Int, *big.Int) {
	one := big.NewInt(1)
	if strings.HasPrefix(name, "U") || name == "Byte" {
		hi := new(big.Int).Lsh(one, bits)
		return new(big.Int), hi.Sub(hi, one)
	}
	hi := new(big.Int).Lsh(one, bits-1)
	lo := new(big.Int).Neg(hi)
	return lo, hi.Sub(hi, one)
}

// fromBits reinterprets the low bits of n as the integer type full.
func fromBits(full string, n uint64) any {
	switch full {
	case "System.Byte":
		return uint8(n)
	case "System.SByte":
		return int8(n)
	case "System.Int16":
		return int16(n)
	case "System.UInt16":
		return uint16(n)
	case "System.Int32":
		return int32(n)
	case "System.UInt32":
		return uint32(n)
	case "System.Int64":
		return int64(n)
	}
	return n
}

// parseStyled handles T.Parse(s, style[, provider]) and T.TryParse(s,
// style, provider, [ref] r) for the integer types; done is false when the
// call has no NumberStyles or T is not an integer type, and the plain
// parse applies.
func parseStyled(full string, s, style any) (any, bool, error) {
	st, ok := numberStyles(style)
	if !ok {
		return nil, false, nil
	}
	switch full {
	case "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64":
	default:
		return nil, false, nil
	}
	if s == nil {
		return nil, true, argNull("s")
	}
	r, err := parseIntegerStyled(full, argString(s), st)
	return r, true, err
}
