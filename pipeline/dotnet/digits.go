package dotnet

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// number is a value in decimal scientific form, as .NET's NUMBER buffer:
// value = 0.digits × 10^exp. digits has no leading zeros; zero has none.
// Formatting works on this form so that every numeric type rounds the
// same way (half away from zero, as .NET's RoundNumber does).
type number struct {
	neg    bool
	digits []byte
	exp    int
	// scale is the decimal scale of a System.Decimal (its "G" keeps
	// trailing zeros); -1 for other types.
	scale int
}

// numberFromFloat converts a double with .NET Framework's precision:
// doubles carry 15 significant digits, singles 7.
func numberFromFloat(f float64, prec int) number {
	n := number{neg: math.Signbit(f) && f != 0, scale: -1}
	if f == 0 {
		return n
	}
	// Take ten guard digits and round half away from zero at prec, as
	// .NET does on its digit buffer (an exact tie such as
	// 100000000000000.5 rounds up, where Go's FormatFloat would round
	// to even).
	s := strconv.FormatFloat(math.Abs(f), 'e', prec+9, 64)
	mant, expPart, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(expPart)
	n.digits = []byte(strings.Replace(mant, ".", "", 1))
	n.exp = e + 1
	n.round(prec)
	return n
}

// numberFromInt converts an integer given as its decimal text.
func numberFromDecimalText(neg bool, s string) number {
	s = strings.TrimLeft(s, "0")
	n := number{neg: neg && s != "", exp: len(s), scale: -1}
	t := strings.TrimRight(s, "0")
	n.digits = []byte(t)
	if s == "" {
		n.exp = 0
	}
	return n
}

// numberFromDecimal converts a System.Decimal.
func numberFromDecimal(d object.Decimal) number {
	u := new(big.Int).Set(decUnscaled(d))
	neg := u.Sign() < 0
	u.Abs(u)
	s := u.String()
	n := numberFromDecimalText(neg, s)
	if u.Sign() != 0 {
		n.exp = len(s) - int(d.Scale)
	}
	n.scale = int(d.Scale)
	return n
}

// toNumber converts any numeric value; ok is false for non-numbers.
func toNumber(v any) (number, bool) {
	switch x := v.(type) {
	case int:
		return intNumber(int64(x)), true
	case int8:
		return intNumber(int64(x)), true
	case int16:
		return intNumber(int64(x)), true
	case int32:
		return intNumber(int64(x)), true
	case int64:
		return intNumber(x), true
	case uint8:
		return numberFromDecimalText(false, strconv.FormatUint(uint64(x), 10)), true
	case uint16:
		return numberFromDecimalText(false, strconv.FormatUint(uint64(x), 10)), true
	case uint32:
		return numberFromDecimalText(false, strconv.FormatUint(uint64(x), 10)), true
	case uint64:
		return numberFromDecimalText(false, strconv.FormatUint(x, 10)), true
	case *big.Int:
		return numberFromDecimalText(x.Sign() < 0, new(big.Int).Abs(x).String()), true
	case float64:
		return numberFromFloat(x, 15), true
	case float32:
		return numberFromFloat(float64(x), 7), true
	case object.Decimal:
		return numberFromDecimal(x), true
	}
	return number{}, false
}

func intNumber(i int64) number {
	if i < 0 {
		return numberFromDecimalText(true, strconv.FormatUint(uint64(-i), 10))
	}
	return numberFromDecimalText(false, strconv.FormatInt(i, 10))
}

// isZero reports whether the number is zero.
func (n *number) isZero() bool { return len(n.digits) == 0 }

// round keeps pos significant digits (pos counted from the first digit),
// rounding half away from zero.
func (n *number) round(pos int) {
	if pos < 0 {
		n.digits = nil
		n.exp = 0
		return
	}
	if pos >= len(n.digits) {
		return
	}
	up := n.digits[pos] >= '5'
	d := append([]byte(nil), n.digits[:pos]...)
	if up {
		i := len(d) - 1
		for i >= 0 && d[i] == '9' {
			i--
		}
		if i < 0 {
			d = []byte{'1'}
			n.exp++
		} else {
			d[i]++
			d = d[:i+1]
		}
	}
	n.digits = []byte(strings.TrimRight(string(d), "0"))
	if len(n.digits) == 0 {
		n.exp = 0
	}
}

// roundDecimals rounds to dec digits after the decimal point.
func (n *number) roundDecimals(dec int) { n.round(n.exp + dec) }

// digitAt returns the digit at position i of the digit string ('0' past
// the end).
func (n *number) digitAt(i int) byte {
	if i >= 0 && i < len(n.digits) {
		return n.digits[i]
	}
	return '0'
}

// intPart returns the digits before the decimal point ("0" for none).
func (n *number) intPart() string {
	if n.exp <= 0 {
		return "0"
	}
	var b strings.Builder
	for i := 0; i < n.exp; i++ {
		b.WriteByte(n.digitAt(i))
	}
	return b.String()
}

// fracPart returns dec digits after the decimal point.
func (n *number) fracPart(dec int) string {
	var b strings.Builder
	for i := 0; i < dec; i++ {
		b.WriteByte(n.digitAt(n.exp + i))
	}
	return b.String()
}

// groupThousands inserts sep every three digits of an integer part.
func groupThousands(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	first := len(s) % 3
	if first > 0 {
		b.WriteString(s[:first])
	}
	for i := first; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// formatFixed renders dec decimals after rounding.
func (n number) formatFixed(dec int, group bool) string {
	n.roundDecimals(dec)
	ip := n.intPart()
	if group {
		ip = groupThousands(ip, ",")
	}
	s := ip
	if dec > 0 {
		s += "." + n.fracPart(dec)
	}
	return s
}

// formatGeneral is .NET's "G" with precision prec (significant digits):
// fixed notation unless the exponent is below -5 or at least prec.
// expChar is 'E' or 'e'.
func (n number) formatGeneral(prec int, expChar byte) string {
	n.round(prec)
	if n.isZero() {
		return "0"
	}
	sciExp := n.exp - 1
	if sciExp > -5 && sciExp < prec {
		ip := n.intPart()
		frac := ""
		if len(n.digits) > n.exp {
			start := n.exp
			if start < 0 {
				frac = strings.Repeat("0", -start) + string(n.digits)
			} else {
				frac = string(n.digits[start:])
			}
		}
		if frac != "" {
			return ip + "." + frac
		}
		return ip
	}
	s := string(n.digits[:1])
	if len(n.digits) > 1 {
		s += "." + string(n.digits[1:])
	}
	return s + formatExponent(sciExp, expChar, 2, true)
}

// formatExponent renders E+XX with at least minDigits digits.
func formatExponent(e int, expChar byte, minDigits int, plus bool) string {
	sign := ""
	if e < 0 {
		sign = "-"
		e = -e
	} else if plus {
		sign = "+"
	}
	d := strconv.Itoa(e)
	for len(d) < minDigits {
		d = "0" + d
	}
	return string(expChar) + sign + d
}

// formatScientific is .NET's "E" format with dec decimals.
func (n number) formatScientific(dec int, expChar byte) string {
	n.round(dec + 1)
	e := 0
	if !n.isZero() {
		e = n.exp - 1
	}
	s := string(n.digitAt(0))
	if dec > 0 {
		var b strings.Builder
		for i := 1; i <= dec; i++ {
			b.WriteByte(n.digitAt(i))
		}
		s += "." + b.String()
	}
	return s + formatExponent(e, expChar, 3, true)
}

// formatDecimalG renders a System.Decimal the way Decimal.ToString()
// does: all digits, keeping the scale's trailing zeros.
func formatDecimalG(d object.Decimal) string {
	u := decUnscaled(d)
	neg := u.Sign() < 0
	s := new(big.Int).Abs(u).String()
	sc := int(d.Scale)
	if sc > 0 {
		for len(s) <= sc {
			s = "0" + s
		}
		s = s[:len(s)-sc] + "." + s[len(s)-sc:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatDouble renders a Double as .NET Framework's Double.ToString()
// does (15 significant digits, "E+XX" exponents, "NaN", "Infinity").
func FormatDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	n := numberFromFloat(f, 15)
	s := n.formatGeneral(15, 'E')
	if n.neg && s != "0" {
		s = "-" + s
	}
	return s
}

// FormatSingle renders a Single (7 significant digits).
func FormatSingle(f float32) string {
	switch {
	case math.IsNaN(float64(f)):
		return "NaN"
	case math.IsInf(float64(f), 1):
		return "Infinity"
	case math.IsInf(float64(f), -1):
		return "-Infinity"
	}
	n := numberFromFloat(float64(f), 7)
	s := n.formatGeneral(7, 'E')
	if n.neg && s != "0" {
		s = "-" + s
	}
	return s
}

// formatRoundTrip is "R": 15 digits when they round-trip, else 17
// (.NET Framework's algorithm).
func formatRoundTrip(f float64, single bool) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	p, p2, bits := 15, 17, 64
	if single {
		p, p2, bits = 7, 9, 32
	}
	n := numberFromFloat(f, p)
	s := n.formatGeneral(p, 'E')
	back, _ := strconv.ParseFloat(strings.Replace(s, "E", "e", 1), bits)
	if back != math.Abs(f) {
		n = numberFromFloat(f, p2)
		s = n.formatGeneral(p2, 'E')
	}
	if n.neg && s != "0" {
		s = "-" + s
	}
	return s
}
