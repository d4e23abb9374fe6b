package dotnet

import (
	"math/big"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// badFormat is .NET's FormatException for an unknown or unsuitable
// standard format specifier.
func badFormat() *object.Exception {
	return object.NewException("System.FormatException", "Format specifier was invalid.")
}

// FormatValue formats v as v.ToString(format) does in the en-US culture:
// numbers with standard (N2, D5, X, F2, C, P, E, G, R) or custom
// ("0.00", "#,##0") numeric formats, dates and time spans with theirs.
// Values that take no format (strings, booleans) ignore it.
func FormatValue(v any, format string) (string, error) {
	if o, ok := v.(*object.PSObject); ok {
		if m := o.Member("ToString"); m != nil && m.Call != nil && format != "" {
			r, err := m.Call([]any{format})
			if err != nil {
				return "", err
			}
			return ToString(r), nil
		}
		if o.Base != nil {
			return FormatValue(o.Base, format)
		}
	}
	switch x := v.(type) {
	case nil:
		return "", nil
	case time.Time:
		return formatDateErr(x, format)
	case object.TimeSpan:
		return FormatTimeSpan(x, format)
	case Enum:
		return formatEnum(x, format)
	}
	if n, ok := toNumber(v); ok {
		if format == "" {
			return MethodToString(v), nil
		}
		return formatNumber(v, n, format)
	}
	return MethodToString(v), nil
}

// formatEnum is Enum.ToString(format): G/F names, D number, X hex.
func formatEnum(e Enum, format string) (string, error) {
	switch format {
	case "", "G", "g", "F", "f":
		return e.String(), nil
	case "D", "d":
		return strconv.FormatInt(e.Value, 10), nil
	case "X", "x":
		return strings.ToUpper(pad64hex(uint64(uint32(e.Value)), 8)), nil
	}
	return "", object.NewException("System.FormatException", "Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".")
}

func pad64hex(u uint64, width int) string {
	s := strconv.FormatUint(u, 16)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// isIntegral reports whether v is an integer type (D and X apply).
func isIntegral(v any) bool {
	switch v.(type) {
	case int, int8, int16, int32, int64, uint8, uint16, uint32, uint64, *big.Int:
		return true
	}
	return false
}

// parseStandard splits a standard format ("N2") into its letter and
// precision (-1 when absent); ok is false for custom formats.
func parseStandard(format string) (byte, int, bool) {
	if len(format) == 0 || len(format) > 3 {
		return 0, 0, false
	}
	c := format[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return 0, 0, false
	}
	if len(format) == 1 {
		return c, -1, true
	}
	p, err := strconv.Atoi(format[1:])
	if err != nil || !allDigits(format[1:]) {
		return 0, 0, false
	}
	return c, p, true
}

// defaultGPrecision is the precision "G" uses per type.
func defaultGPrecision(v any) int {
	switch v.(type) {
	case float64:
		return 15
	case float32:
		return 7
	}
	return 0 // all digits
}

// formatNumber applies a standard or custom numeric format.
func formatNumber(v any, n number, format string) (string, error) {
	c, prec, std := parseStandard(format)
	if !std {
		return formatCustomNumber(n, format), nil
	}
	if f, ok := v.(float64); ok && (isNaNInf(f)) {
		return FormatDouble(f), nil
	}
	neg := n.neg
	var body string
	switch c {
	case 'C', 'c':
		if prec < 0 {
			prec = 2
		}
		body = n.formatFixed(prec, true)
		if neg && !allZeroDigits(body) {
			return "($" + body + ")", nil
		}
		return "$" + body, nil
	case 'D', 'd':
		if !isIntegral(v) {
			return "", badFormat()
		}
		body = n.intPart()
		if n.isZero() {
			body = "0"
		}
		for len(body) < prec {
			body = "0" + body
		}
	case 'E', 'e':
		if prec < 0 {
			prec = 6
		}
		body = n.formatScientific(prec, c)
	case 'F', 'f':
		if prec < 0 {
			prec = 2
		}
		body = n.formatFixed(prec, false)
	case 'N', 'n':
		if prec < 0 {
			prec = 2
		}
		body = n.formatFixed(prec, true)
	case 'P', 'p':
		if prec < 0 {
			prec = 2
		}
		m := n
		if !m.isZero() {
			m.exp += 2
		}
		body = m.formatFixed(prec, true) + " %"
	case 'G', 'g':
		expChar := byte('E')
		if c == 'g' {
			expChar = 'e'
		}
		if prec <= 0 {
			prec = defaultGPrecision(v)
		}
		if f, ok := v.(float64); ok && prec > 15 {
			// .NET Framework renders G16 and above from 17 digits.
			n = numberFromFloat(f, 17)
		}
		if d, ok := v.(object.Decimal); ok && prec == 0 {
			return DecimalString(d), nil
		}
		if prec == 0 {
			prec = max(len(n.digits), n.exp, 1)
		}
		body = n.formatGeneral(prec, expChar)
	case 'R', 'r':
		switch x := v.(type) {
		case float64:
			return formatRoundTrip(x, false), nil
		case float32:
			return formatRoundTrip(float64(x), true), nil
		case object.Decimal:
			return "", badFormat()
		}
		body = n.formatGeneral(max(len(n.digits), n.exp, 1), 'E')
	case 'X', 'x':
		if !isIntegral(v) {
			return "", badFormat()
		}
		body = hexOf(v)
		if c == 'X' {
			body = strings.ToUpper(body)
		}
		for len(body) < prec {
			body = "0" + body
		}
		return body, nil
	default:
		return "", badFormat()
	}
	if neg && !allZeroDigits(body) {
		body = "-" + body
	}
	return body, nil
}

func isNaNInf(f float64) bool {
	return f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308
}

// allZeroDigits reports whether a rendered number has no non-zero digit
// (then .NET Framework prints no minus sign).
func allZeroDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '1' && s[i] <= '9' {
			return false
		}
		if s[i] == 'E' || s[i] == 'e' {
			break
		}
	}
	return true
}

// hexOf renders an integer in hexadecimal as its two's complement at the
// type's width (lower case).
func hexOf(v any) string {
	switch x := v.(type) {
	case int8:
		return strconv.FormatUint(uint64(uint8(x)), 16)
	case int16:
		return strconv.FormatUint(uint64(uint16(x)), 16)
	case int32:
		return strconv.FormatUint(uint64(uint32(x)), 16)
	case int:
		return strconv.FormatUint(uint64(uint32(x)), 16)
	case int64:
		return strconv.FormatUint(uint64(x), 16)
	case uint8:
		return strconv.FormatUint(uint64(x), 16)
	case uint16:
		return strconv.FormatUint(uint64(x), 16)
	case uint32:
		return strconv.FormatUint(uint64(x), 16)
	case uint64:
		return strconv.FormatUint(x, 16)
	case *big.Int:
		if x.Sign() >= 0 {
			s := x.Text(16)
			if s[0] >= '8' {
				s = "0" + s
			}
			return s
		}
		// two's complement with the minimal width
		bits := x.BitLen() + 1
		bits = (bits + 3) / 4 * 4
		m := new(big.Int).Lsh(big.NewInt(1), uint(bits))
		return new(big.Int).Add(m, x).Text(16)
	}
	return ""
}
