package ops

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// kind orders the numeric types the way PowerShell's binder chooses the
// type an arithmetic operation is done in.
type kind uint8

const (
	kNone kind = iota
	kSByte
	kByte
	kInt16
	kUInt16
	kInt32
	kUInt32
	kInt64
	kUInt64
	kBig
	kSingle
	kDouble
	kDecimal
)

// num is a numeric operand after conversion: exactly one of the fields
// is meaningful, chosen by k.
type num struct {
	k   kind
	i   int64 // signed integers (and unsigned up to MaxInt64)
	u   uint64
	f   float64
	d   object.Decimal
	big *big.Int
}

// kindOf classifies a numeric Go value; bool and char count as numbers
// in arithmetic (bool as Int32, char as UInt16 which widens to Int32).
func kindOf(v any) kind {
	switch v.(type) {
	case int32:
		return kInt32
	case float64:
		return kDouble
	case int64:
		return kInt64
	case object.Decimal:
		return kDecimal
	case uint8:
		return kByte
	case int8:
		return kSByte
	case int16:
		return kInt16
	case uint16:
		return kUInt16
	case uint32:
		return kUInt32
	case uint64:
		return kUInt64
	case float32:
		return kSingle
	case *big.Int:
		return kBig
	}
	return kNone
}

// isNumeric reports whether v is one of the .NET numeric types.
func isNumeric(v any) bool { return kindOf(v) != kNone }

// toNum reads a numeric Go value.
func toNum(v any) (num, bool) {
	switch x := v.(type) {
	case int32:
		return num{k: kInt32, i: int64(x)}, true
	case float64:
		return num{k: kDouble, f: x}, true
	case int64:
		return num{k: kInt64, i: x}, true
	case object.Decimal:
		return num{k: kDecimal, d: x}, true
	case uint8:
		return num{k: kByte, i: int64(x)}, true
	case int8:
		return num{k: kSByte, i: int64(x)}, true
	case int16:
		return num{k: kInt16, i: int64(x)}, true
	case uint16:
		return num{k: kUInt16, i: int64(x)}, true
	case uint32:
		return num{k: kUInt32, i: int64(x)}, true
	case uint64:
		return num{k: kUInt64, u: x}, true
	case float32:
		return num{k: kSingle, f: float64(x)}, true
	case *big.Int:
		return num{k: kBig, big: x}, true
	case bool:
		if x {
			return num{k: kInt32, i: 1}, true
		}
		return num{k: kInt32}, true
	case object.Char:
		return num{k: kUInt16, i: int64(x)}, true
	case dotnet.Enum:
		return num{k: kInt32, i: x.Value}, true
	}
	return num{}, false
}

// typeNameOf names a numeric kind as .NET does (for error messages).
func (k kind) typeName() string {
	switch k {
	case kSByte:
		return "System.SByte"
	case kByte:
		return "System.Byte"
	case kInt16:
		return "System.Int16"
	case kUInt16:
		return "System.UInt16"
	case kInt32:
		return "System.Int32"
	case kUInt32:
		return "System.UInt32"
	case kInt64:
		return "System.Int64"
	case kUInt64:
		return "System.UInt64"
	case kBig:
		return "System.Numerics.BigInteger"
	case kSingle:
		return "System.Single"
	case kDouble:
		return "System.Double"
	case kDecimal:
		return "System.Decimal"
	}
	return "System.Int32"
}

// operand converts an arithmetic operand to a number. Strings are read
// as PowerShell reads a number literal (Parser.ScanNumber); when that
// fails the error is the conversion to the other operand's type, as in
// `16 + "file"`. $null is 0.
func operand(v any, other kind) (num, error) {
	if n, ok := toNum(v); ok {
		return n, nil
	}
	switch x := v.(type) {
	case nil, object.AutomationNull:
		return num{k: kInt32}, nil
	case string:
		if n, ok := scanNumber(x); ok {
			return n, nil
		}
		// Not a number literal: LanguagePrimitives may still read it
		// ("1,234" as Int32), else its error names the other operand's type.
		return stringOperandFallback(x, other)
	case *object.PSObject:
		if x.Base != nil {
			return operand(x.Base, other)
		}
	}
	// Anything else goes through LanguagePrimitives to the other
	// operand's numeric type.
	tn := other.typeName()
	c, err := dotnet.Convert(v, tn)
	if err != nil {
		return num{}, conversionError(err)
	}
	if n, ok := toNum(c); ok {
		return n, nil
	}
	return num{}, castError(v, tn, "")
}

// stringOperandFallback converts a string that is not a number literal
// to the numeric type the operation needs, as LanguagePrimitives does.
func stringOperandFallback(s string, k kind) (num, error) {
	tn := k.typeName()
	if k == kNone || k < kInt32 {
		tn = "System.Int32"
	}
	c, err := dotnet.Convert(s, tn)
	if err != nil {
		return num{}, conversionError(err)
	}
	if n, ok := toNum(c); ok {
		return n, nil
	}
	return num{}, castError(s, tn, "Input string was not in a correct format.")
}

// multiplier is the value of a numeric literal suffix kb, mb, gb, tb or
// pb (given in lower case), and false for any other text.
func multiplier(suffix string) (int64, bool) {
	switch suffix {
	case "kb":
		return 1 << 10, true
	case "mb":
		return 1 << 20, true
	case "gb":
		return 1 << 30, true
	case "tb":
		return 1 << 40, true
	case "pb":
		return 1 << 50, true
	}
	return 0, false
}

// scanNumber reads s as PowerShell reads a number in a string operand:
// surrounding white space ignored, "" is 0, hex with 0x, decimal
// integers as Int32 then Int64 then Decimal then Double, a fraction or
// exponent as Double, the kb…pb multipliers and the d and l suffixes.
func scanNumber(s string) (num, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return num{k: kInt32}, true
	}
	neg := false
	body := s
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	if body == "" {
		return num{}, false
	}
	mult := int64(1)
	if len(body) > 2 {
		if m, ok := multiplier(strings.ToLower(body[len(body)-2:])); ok {
			mult = m
			body = body[:len(body)-2]
		}
	}
	suffix := byte(0)
	if n := len(body); n > 1 && !isHex(body) {
		switch c := body[n-1] | 0x20; c {
		case 'd', 'l':
			suffix = c
			body = body[:n-1]
		}
	}
	if body == "" || !validNumberText(body) {
		return num{}, false
	}
	if isHex(body) {
		u, err := strconv.ParseUint(body[2:], 16, 64)
		if err != nil {
			return num{}, false
		}
		var n num
		switch {
		case suffix != 'l' && u <= math.MaxUint32:
			n = num{k: kInt32, i: int64(int32(uint32(u)))}
		default:
			n = num{k: kInt64, i: int64(u)}
		}
		if neg {
			n.i = -n.i
		}
		return scaleNum(n, mult)
	}
	text := body
	if neg {
		text = "-" + body
	}
	if suffix == 'd' {
		d, ok := parseDecimal(text)
		if !ok {
			return num{}, false
		}
		return scaleNum(num{k: kDecimal, d: d}, mult)
	}
	if !strings.ContainsAny(body, ".eE") {
		if i, err := strconv.ParseInt(text, 10, 64); err == nil {
			if suffix != 'l' && i >= math.MinInt32 && i <= math.MaxInt32 {
				return scaleNum(num{k: kInt32, i: i}, mult)
			}
			return scaleNum(num{k: kInt64, i: i}, mult)
		}
		if suffix == 0 {
			if d, ok := parseDecimal(text); ok {
				return scaleNum(num{k: kDecimal, d: d}, mult)
			}
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return num{}, false
	}
	return scaleNum(num{k: kDouble, f: f}, mult)
}

func isHex(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
}

// validNumberText rejects what strconv accepts but PowerShell does not
// (underscores, "inf", "nan").
func validNumberText(s string) bool {
	if isHex(s) {
		for _, c := range s[2:] {
			if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
				return false
			}
		}
		return true
	}
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || c == 'e' || c == 'E':
		case (c == '+' || c == '-') && i > 0 && (s[i-1] == 'e' || s[i-1] == 'E'):
		default:
			return false
		}
	}
	return digits
}

// scaleNum applies a kb/mb/… multiplier.
func scaleNum(n num, mult int64) (num, bool) {
	if mult == 1 {
		return n, true
	}
	// An integer times its multiplier stays an integer, as the literal
	// 2gb is Int64: Int32 when the product fits, else Int64.
	if (n.k == kInt32 || n.k == kInt64) && n.i >= math.MinInt64/mult && n.i <= math.MaxInt64/mult {
		p := n.i * mult
		if p >= math.MinInt32 && p <= math.MaxInt32 && n.k == kInt32 {
			return num{k: kInt32, i: p}, true
		}
		return num{k: kInt64, i: p}, true
	}
	r, err := arithNum('*', n, num{k: kInt64, i: mult})
	if err != nil {
		return num{}, false
	}
	out, ok := toNum(r)
	return out, ok
}

// value boxes a num back into its Go type.
func (n num) value() any {
	switch n.k {
	case kInt32:
		return int32(n.i)
	case kInt64:
		return n.i
	case kDouble:
		return n.f
	case kDecimal:
		return n.d
	case kUInt32:
		return uint32(n.i)
	case kUInt64:
		return n.u
	case kSByte:
		return int8(n.i)
	case kByte:
		return uint8(n.i)
	case kInt16:
		return int16(n.i)
	case kUInt16:
		return uint16(n.i)
	case kSingle:
		return float32(n.f)
	case kBig:
		return n.big
	}
	return nil
}

// float returns the number as a Double.
func (n num) float() float64 {
	switch n.k {
	case kDouble, kSingle:
		return n.f
	case kUInt64:
		return float64(n.u)
	case kDecimal:
		return dotnet.DecToFloat(n.d)
	case kBig:
		f, _ := new(big.Float).SetInt(n.big).Float64()
		return f
	}
	return float64(n.i)
}

// bigInt returns an integer number as a big.Int.
func (n num) bigInt() *big.Int {
	switch n.k {
	case kUInt64:
		return new(big.Int).SetUint64(n.u)
	case kBig:
		return n.big
	case kDouble, kSingle:
		// (BigInteger)1.9 is 1: the conversion truncates.
		b, _ := new(big.Float).SetFloat64(math.Trunc(n.f)).Int(nil)
		return b
	case kDecimal:
		return dotnet.DecToBig(n.d)
	}
	return big.NewInt(n.i)
}

// decimal returns the number as a Decimal.
func (n num) decimal() (object.Decimal, error) {
	switch n.k {
	case kDecimal:
		return n.d, nil
	case kDouble, kSingle:
		d, err := dotnet.DecimalFromFloat(n.f)
		return d, decimalError(err)
	case kUInt64:
		return object.Decimal{Unscaled: new(big.Int).SetUint64(n.u)}, nil
	case kBig:
		d, err := dotnet.DecimalFromBig(n.big)
		return d, decimalError(err)
	}
	return object.Decimal{Unscaled: big.NewInt(n.i)}, nil
}

// roundEven is .NET's default rounding (MidpointRounding.ToEven), used
// when a Double becomes an integer.
func roundEven(f float64) float64 { return math.RoundToEven(f) }
