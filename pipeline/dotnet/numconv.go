package dotnet

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// intRange is the range of a .NET integer type.
type intRange struct {
	min    int64
	max    uint64
	signed bool
}

// intRangeOf returns the range of a .NET integer type by full name, and
// false (with an empty range) for any other type.
func intRangeOf(full string) (intRange, bool) {
	switch full {
	case "System.SByte":
		return intRange{math.MinInt8, math.MaxInt8, true}, true
	case "System.Byte":
		return intRange{0, math.MaxUint8, false}, true
	case "System.Int16":
		return intRange{math.MinInt16, math.MaxInt16, true}, true
	case "System.UInt16":
		return intRange{0, math.MaxUint16, false}, true
	case "System.Int32":
		return intRange{math.MinInt32, math.MaxInt32, true}, true
	case "System.UInt32":
		return intRange{0, math.MaxUint32, false}, true
	case "System.Int64":
		return intRange{math.MinInt64, math.MaxInt64, true}, true
	case "System.UInt64":
		return intRange{0, math.MaxUint64, false}, true
	}
	return intRange{}, false
}

// IsNumericType reports whether a full type name is a .NET numeric type.
func IsNumericType(full string) bool {
	switch full {
	case "System.Double", "System.Single", "System.Decimal", "System.Numerics.BigInteger":
		return true
	}
	_, ok := intRangeOf(full)
	return ok
}

// IsNumeric reports whether v is a numeric value (not bool, not char).
func IsNumeric(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, object.Decimal, *big.Int:
		return true
	}
	return false
}

// makeInt builds the Go value of an integer type from an in-range int64
// or uint64.
func makeInt(target string, i int64, u uint64, useU bool) any {
	if useU {
		i = int64(u)
	}
	switch target {
	case "System.SByte":
		return int8(i)
	case "System.Byte":
		return uint8(i)
	case "System.Int16":
		return int16(i)
	case "System.UInt16":
		return uint16(i)
	case "System.Int32":
		return int32(i)
	case "System.UInt32":
		return uint32(i)
	case "System.Int64":
		return i
	case "System.UInt64":
		if useU {
			return u
		}
		return uint64(i)
	}
	return nil
}

// intFromBig range-checks b for an integer target.
func intFromBig(b *big.Int, target string) (any, *object.Exception) {
	if b.IsInt64() {
		return intFromInt64(b.Int64(), target)
	}
	r, _ := intRangeOf(target)
	if !b.IsUint64() || b.Uint64() > r.max {
		return nil, overflow(target)
	}
	return makeInt(target, 0, b.Uint64(), true), nil
}

// intFromInt64 range-checks i for an integer target (fast path).
func intFromInt64(i int64, target string) (any, *object.Exception) {
	r, _ := intRangeOf(target)
	if i < r.min || (i > 0 && uint64(i) > r.max) {
		return nil, overflow(target)
	}
	return makeInt(target, i, 0, false), nil
}

// intFromFloat rounds half to even (Convert.ToInt32(double)) and
// range-checks.
func intFromFloat(f float64, target string) (any, *object.Exception) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, overflow(target)
	}
	r := math.RoundToEven(f)
	if r >= -9.2e18 && r <= 9.2e18 {
		return intFromInt64(int64(r), target)
	}
	b, _ := new(big.Float).SetFloat64(r).Int(nil)
	return intFromBig(b, target)
}

// numericInner converts a numeric (or bool/char/enum) source to a numeric
// target; the error is the inner .NET exception.
func numericInner(v any, target string) (any, *object.Exception) {
	switch x := v.(type) {
	case int32:
		return numFromInt64(int64(x), target)
	case int64:
		return numFromInt64(x, target)
	case int:
		return numFromInt64(int64(x), target)
	case int8:
		return numFromInt64(int64(x), target)
	case int16:
		return numFromInt64(int64(x), target)
	case uint8:
		return numFromInt64(int64(x), target)
	case uint16:
		return numFromInt64(int64(x), target)
	case uint32:
		return numFromInt64(int64(x), target)
	case uint64:
		if x <= math.MaxInt64 {
			return numFromInt64(int64(x), target)
		}
		return numFromBig(new(big.Int).SetUint64(x), target)
	case bool:
		if x {
			return numFromInt64(1, target)
		}
		return numFromInt64(0, target)
	case Enum:
		return numFromInt64(x.Value, target)
	case *big.Int:
		return numFromBig(x, target)
	case float64:
		return numFromFloat(x, target)
	case float32:
		return numFromFloat(float64(x), target)
	case object.Decimal:
		switch target {
		case "System.Decimal":
			return x, nil
		case "System.Double":
			return DecToFloat(x), nil
		case "System.Single":
			return float32(DecToFloat(x)), nil
		case "System.Numerics.BigInteger":
			return DecToBig(x), nil
		}
		return intFromBig(DecRoundToInt(x), target)
	case object.Char:
		switch target {
		case "System.Double", "System.Single", "System.Decimal":
			return nil, object.NewException("System.InvalidCastException", "Invalid cast from 'Char' to '%s'.", shortName(target))
		}
		return numFromInt64(int64(x), target)
	case time.Time:
		return nil, object.NewException("System.InvalidCastException", "Invalid cast from 'DateTime' to '%s'.", shortName(target))
	}
	return nil, nil
}

func numFromInt64(i int64, target string) (any, *object.Exception) {
	switch target {
	case "System.Double":
		return float64(i), nil
	case "System.Single":
		return float32(i), nil
	case "System.Decimal":
		return DecimalFromInt64(i), nil
	case "System.Numerics.BigInteger":
		return big.NewInt(i), nil
	}
	return intFromInt64(i, target)
}

func numFromBig(b *big.Int, target string) (any, *object.Exception) {
	switch target {
	case "System.Double":
		f, _ := new(big.Float).SetInt(b).Float64()
		return f, nil
	case "System.Single":
		f, _ := new(big.Float).SetInt(b).Float32()
		return f, nil
	case "System.Decimal":
		d, err := DecimalFromBig(b)
		if err != nil {
			return nil, err.(*object.Exception)
		}
		return d, nil
	case "System.Numerics.BigInteger":
		return new(big.Int).Set(b), nil
	}
	return intFromBig(b, target)
}

func numFromFloat(f float64, target string) (any, *object.Exception) {
	switch target {
	case "System.Double":
		return f, nil
	case "System.Single":
		return float32(f), nil
	case "System.Decimal":
		d, err := DecimalFromFloat(f)
		if err != nil {
			return nil, err.(*object.Exception)
		}
		return d, nil
	case "System.Numerics.BigInteger":
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, object.NewException("System.OverflowException", "Value was either too large or too small for a BigInteger.")
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
		return b, nil
	}
	return intFromFloat(f, target)
}

// ParseDouble parses invariant-culture text as Double.Parse does
// (NumberStyles.Float | AllowThousands): white space, sign, digits with
// thousands separators, a decimal point, an exponent, "Infinity", "NaN".
func ParseDouble(s string) (float64, error) {
	t := strings.TrimSpace(s)
	switch t {
	case "Infinity", "+Infinity", "∞":
		return math.Inf(1), nil
	case "-Infinity", "-∞":
		return math.Inf(-1), nil
	case "NaN":
		return math.NaN(), nil
	}
	if t == "" {
		return 0, formatError()
	}
	body := t
	if body[0] == '+' || body[0] == '-' {
		body = body[1:]
	}
	mant := body
	if i := strings.IndexAny(body, "eE"); i >= 0 {
		mant = body[:i]
		e := body[i+1:]
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || !allDigits(e) {
			return 0, formatError()
		}
	}
	ip, fp, _ := strings.Cut(mant, ".")
	if ip == "" && fp == "" {
		return 0, formatError()
	}
	if !allDigits(fp) || !allDigits(strings.ReplaceAll(ip, ",", "")) || strings.HasPrefix(ip, ",") {
		return 0, formatError()
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, overflow("System.Double")
		}
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, formatError()
	}
	return f, nil
}

// parseIntegerText is Int32Converter.ConvertFrom: trimmed, "0x"/"&h"/"#"
// hexadecimal or "0b" binary (two's complement of the type's width) or
// NumberStyles.Integer decimal text.
func parseIntegerText(s, target string) (any, *object.Exception) {
	t := strings.TrimSpace(s)
	lower := strings.ToLower(t)
	// "#F" and "0b1111" are PowerShell 7's further forms
	// (about_Numeric_Literals, Numeric type conversion).
	base, digits := 0, ""
	switch {
	case strings.HasPrefix(lower, "0x") || strings.HasPrefix(lower, "&h"):
		base, digits = 16, t[2:]
	case strings.HasPrefix(lower, "#") && len(t) > 1:
		base, digits = 16, t[1:]
	case strings.HasPrefix(lower, "0b") && len(t) > 2 && strings.Trim(t[2:], "01") == "":
		base, digits = 2, t[2:]
	}
	if base != 0 {
		bits := map[string]int{"System.SByte": 8, "System.Byte": 8, "System.Int16": 16, "System.UInt16": 16, "System.Int32": 32, "System.UInt32": 32, "System.Int64": 64, "System.UInt64": 64}[target]
		if bits == 0 {
			bits = 64
		}
		u, err := strconv.ParseUint(digits, base, bits)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return nil, overflow(target)
			}
			return nil, formatError()
		}
		if target == "System.Numerics.BigInteger" {
			return new(big.Int).SetUint64(u), nil
		}
		if r, _ := intRangeOf(target); r.signed {
			// sign-extend from the type's width
			shift := 64 - bits
			return intFromInt64(int64(u<<shift)>>shift, target)
		}
		return makeInt(target, 0, u, true), nil
	}
	body := t
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	if body == "" || !allDigits(body) {
		return nil, formatError()
	}
	if len(body) < 19 && target != "System.Numerics.BigInteger" {
		i, _ := strconv.ParseInt(t, 10, 64)
		return intFromInt64(i, target)
	}
	b, _ := new(big.Int).SetString(strings.TrimPrefix(t, "+"), 10)
	if target == "System.Numerics.BigInteger" {
		return b, nil
	}
	return intFromBig(b, target)
}

// stringToNumber converts a string to a numeric type with
// LanguagePrimitives' rules: "" is 0; integers via the integer
// converter, falling back to parsing as Double (so "1e3" and "2.5"
// work); doubles with the invariant culture; decimals via Decimal.Parse,
// falling back to Double.
func stringToNumber(s, target string) (any, *object.Exception) {
	if s == "" {
		return numFromInt64(0, target)
	}
	switch target {
	case "System.Double", "System.Single":
		f, err := ParseDouble(s)
		if err != nil {
			return nil, err.(*object.Exception)
		}
		if target == "System.Single" {
			return float32(f), nil
		}
		return f, nil
	case "System.Decimal":
		d, err := ParseDecimal(s)
		if err == nil {
			return d, nil
		}
		first := err.(*object.Exception)
		if first.Type != "System.FormatException" {
			return nil, first
		}
		f, ferr := ParseDouble(s)
		if ferr != nil {
			return nil, first
		}
		return numFromFloat(f, target)
	}
	r, first := parseIntegerText(s, target)
	if first == nil {
		return r, nil
	}
	if first.Type != "System.FormatException" {
		return nil, first
	}
	f, ferr := ParseDouble(s)
	if ferr != nil {
		return nil, first
	}
	r, err := numFromFloat(f, target)
	if err != nil {
		return nil, first
	}
	return r, nil
}

// toNumeric converts v to a numeric .NET type, with PowerShell's error
// texts.
func toNumeric(v any, target string) (any, error) {
	if v == nil {
		r, _ := numFromInt64(0, target)
		return r, nil
	}
	if s, ok := v.(string); ok {
		r, err := stringToNumber(s, target)
		if err != nil {
			id := "InvalidCastFromStringToInteger"
			switch target {
			case "System.Double", "System.Single":
				id = "InvalidCastFromStringToDoubleOrSingle"
			case "System.Decimal":
				id = "InvalidCastFromStringToDecimal"
			}
			return nil, castErrorInner(v, target, err, id)
		}
		return r, nil
	}
	r, err := numericInner(v, target)
	if err != nil {
		return nil, castErrorInner(v, target, err, "InvalidCastIConvertible")
	}
	if r == nil {
		return nil, castError(v, target, "ConvertToFinalInvalidCastException")
	}
	return r, nil
}
