package dotnet

import (
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// en-US names; the invariant culture uses the same English names.
var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthAbbr  = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dayAbbr    = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
)

// en-US general (G) and full (F) date/time patterns (.NET Framework).
const (
	dateGeneralPattern = "M/d/yyyy h:mm:ss tt"
	dateFullPattern    = "dddd, MMMM d, yyyy h:mm:ss tt"
)

// dateStandard returns the en-US pattern of a standard date and time
// format letter (.NET Framework), and false for a letter that is none.
func dateStandard(c byte) (string, bool) {
	switch c {
	case 'd':
		return "M/d/yyyy", true
	case 'D':
		return "dddd, MMMM d, yyyy", true
	case 'f':
		return "dddd, MMMM d, yyyy h:mm tt", true
	case 'F', 'U':
		return dateFullPattern, true
	case 'g':
		return "M/d/yyyy h:mm tt", true
	case 'G':
		return dateGeneralPattern, true
	case 'm', 'M':
		return "MMMM d", true
	case 'o', 'O':
		return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", true
	case 'r', 'R':
		return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", true
	case 's':
		return "yyyy'-'MM'-'dd'T'HH':'mm':'ss", true
	case 't':
		return "h:mm tt", true
	case 'T':
		return "h:mm:ss tt", true
	case 'u':
		return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", true
	case 'y', 'Y':
		return "MMMM yyyy", true
	}
	return "", false
}

// FormatDateShort is the en-US general date/time ("G"): how
// $date.ToString() and property values in tables and lists show a
// DateTime, e.g. "7/1/2015 12:00:00 AM".
func FormatDateShort(t time.Time) string { return formatDateCustom(t, dateGeneralPattern) }

// FormatDateDefault is how Out-Default shows a bare DateTime (the
// DateTime view uses the long date and long time): "Wednesday, July 1,
// 2015 12:00:00 AM".
func FormatDateDefault(t time.Time) string { return formatDateCustom(t, dateFullPattern) }

// FormatDate formats t with a .NET standard ("d", "G", "o", …) or custom
// ("yyyy-MM-dd HH:mm") format string in the en-US culture. An empty
// format is "G".
func FormatDate(t time.Time, format string) string {
	s, _ := formatDateErr(t, format)
	return s
}

// formatDateErr is FormatDate reporting .NET's FormatException for an
// unknown one-letter standard format.
func formatDateErr(t time.Time, format string) (string, error) {
	if format == "" {
		format = "G"
	}
	if len(format) == 1 {
		p, ok := dateStandard(format[0])
		if !ok {
			return "", object.NewException("System.FormatException", "Input string was not in a correct format.")
		}
		if format[0] == 'U' {
			t = t.UTC()
		}
		return formatDateCustom(t, p), nil
	}
	return formatDateCustom(t, format), nil
}

// repeatCount counts how many times format[i] repeats from i.
func repeatCount(format string, i int) int {
	c := format[i]
	n := 1
	for i+n < len(format) && format[i+n] == c {
		n++
	}
	return n
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Unspecified gives t DateTimeKind.Unspecified, as a DateTime parsed from
// text without an offset has: the same wall clock and instant, held in a
// fixed zone of the local offset at that time (dateKind reads any such
// zone as Unspecified). Round-trip formats ("o", "K") then print no
// offset, and date arithmetic stays on the wall clock as .NET's does.
func Unspecified(t time.Time) time.Time {
	_, off := t.Zone()
	return t.In(time.FixedZone("", off))
}

// dateKind returns .NET's DateTimeKind for a time: UTC, Local, or
// Unspecified for any other fixed location.
func dateKind(t time.Time) string {
	switch t.Location() {
	case time.UTC:
		return "Utc"
	case time.Local:
		return "Local"
	}
	return "Unspecified"
}

// formatDateCustom interprets a .NET custom date and time format.
func formatDateCustom(t time.Time, format string) string {
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		switch c {
		case 'd':
			switch n {
			case 1, 2:
				b.WriteString(pad(t.Day(), n))
			case 3:
				b.WriteString(dayAbbr[t.Weekday()])
			default:
				b.WriteString(dayNames[t.Weekday()])
			}
		case 'M':
			switch n {
			case 1, 2:
				b.WriteString(pad(int(t.Month()), n))
			case 3:
				b.WriteString(monthAbbr[t.Month()-1])
			default:
				b.WriteString(monthNames[t.Month()-1])
			}
		case 'y':
			y := t.Year()
			switch n {
			case 1:
				b.WriteString(strconv.Itoa(y % 100))
			case 2:
				b.WriteString(pad(y%100, 2))
			default:
				b.WriteString(pad(y, n))
			}
		case 'h':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad(h, min(n, 2)))
		case 'H':
			b.WriteString(pad(t.Hour(), min(n, 2)))
		case 'm':
			b.WriteString(pad(t.Minute(), min(n, 2)))
		case 's':
			b.WriteString(pad(t.Second(), min(n, 2)))
		case 'f', 'F':
			if n > 7 {
				n = 7
			}
			frac := pad(t.Nanosecond()/100, 7)[:n]
			if c == 'F' {
				frac = strings.TrimRight(frac, "0")
				if frac == "" {
					s := b.String()
					if strings.HasSuffix(s, ".") {
						b.Reset()
						b.WriteString(s[:len(s)-1])
					}
				}
			}
			b.WriteString(frac)
		case 't':
			ampm := "AM"
			if t.Hour() >= 12 {
				ampm = "PM"
			}
			if n == 1 {
				ampm = ampm[:1]
			}
			b.WriteString(ampm)
		case 'g':
			b.WriteString("A.D.")
		case 'K':
			switch dateKind(t) {
			case "Utc":
				b.WriteString("Z")
			case "Local":
				b.WriteString(offsetString(t, 3))
			}
			n = 1
		case 'z':
			b.WriteString(offsetString(t, min(n, 3)))
		case ':':
			b.WriteByte(':')
			n = 1
		case '/':
			b.WriteByte('/')
			n = 1
		case '\'', '"':
			j := i + 1
			for j < len(format) && format[j] != c {
				if format[j] == '\\' && j+1 < len(format) {
					j++
				}
				b.WriteByte(format[j])
				j++
			}
			i = j + 1
			continue
		case '%':
			n = 1
		case '\\':
			if i+1 < len(format) {
				b.WriteByte(format[i+1])
				i += 2
				continue
			}
			n = 1
		default:
			b.WriteByte(c)
			n = 1
		}
		i += n
	}
	return b.String()
}

// offsetString renders the UTC offset: z "+5", zz "+05", zzz "+05:00".
func offsetString(t time.Time, n int) string {
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign = "-"
		off = -off
	}
	h, m := off/3600, (off%3600)/60
	switch n {
	case 1:
		return sign + strconv.Itoa(h)
	case 2:
		return sign + pad(h, 2)
	}
	return sign + pad(h, 2) + ":" + pad(m, 2)
}

// tsSplit returns a TimeSpan's sign, whole days and the ticks within the
// last day, all from its magnitude taken as unsigned so that
// TimeSpan.MinValue (whose negation overflows Int64) prints as .NET does.
func tsSplit(ts object.TimeSpan) (neg bool, days, rest int64) {
	u := uint64(ts)
	if ts < 0 {
		neg, u = true, -u
	}
	perDay := uint64(object.TicksPerDay)
	return neg, int64(u / perDay), int64(u % perDay)
}

// FormatTimeSpanConstant is TimeSpan.ToString() ("c"):
// [-][d.]hh:mm:ss[.fffffff].
func FormatTimeSpanConstant(ts object.TimeSpan) string {
	var b strings.Builder
	neg, days, rest := tsSplit(ts)
	if neg {
		b.WriteByte('-')
	}
	if days > 0 {
		b.WriteString(strconv.FormatInt(days, 10))
		b.WriteByte('.')
	}
	h := rest / int64(object.TicksPerHour)
	m := rest / int64(object.TicksPerMinute) % 60
	s := rest / int64(object.TicksPerSecond) % 60
	f := rest % int64(object.TicksPerSecond)
	b.WriteString(pad(int(h), 2) + ":" + pad(int(m), 2) + ":" + pad(int(s), 2))
	if f != 0 {
		b.WriteString("." + pad(int(f), 7))
	}
	return b.String()
}

// FormatTimeSpan formats a TimeSpan with a standard ("c", "g", "G") or
// custom ("hh\:mm", "dd\.hh\:mm\:ss") format.
func FormatTimeSpan(ts object.TimeSpan, format string) (string, error) {
	neg, days, rest := tsSplit(ts)
	h := int(rest / int64(object.TicksPerHour))
	m := int(rest / int64(object.TicksPerMinute) % 60)
	s := int(rest / int64(object.TicksPerSecond) % 60)
	f := int(rest % int64(object.TicksPerSecond))
	sign := ""
	if neg {
		sign = "-"
	}
	switch format {
	case "", "c", "t", "T":
		return FormatTimeSpanConstant(ts), nil
	case "g":
		out := sign
		if days > 0 {
			out += strconv.FormatInt(days, 10) + ":"
		}
		out += strconv.Itoa(h) + ":" + pad(m, 2) + ":" + pad(s, 2)
		if f != 0 {
			out += "." + strings.TrimRight(pad(f, 7), "0")
		}
		return out, nil
	case "G":
		return sign + strconv.FormatInt(days, 10) + ":" + pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(f, 7), nil
	}
	bad := object.NewException("System.FormatException", "Input string was not in a correct format.")
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		switch c {
		case 'd':
			if n > 8 {
				return "", bad
			}
			b.WriteString(pad(int(days), n))
		case 'h':
			if n > 2 {
				return "", bad
			}
			b.WriteString(pad(h, n))
		case 'm':
			if n > 2 {
				return "", bad
			}
			b.WriteString(pad(m, n))
		case 's':
			if n > 2 {
				return "", bad
			}
			b.WriteString(pad(s, n))
		case 'f', 'F':
			if n > 7 {
				return "", bad
			}
			frac := pad(f, 7)[:n]
			if c == 'F' {
				frac = strings.TrimRight(frac, "0")
			}
			b.WriteString(frac)
		case '\'', '"':
			j := i + 1
			for j < len(format) && format[j] != c {
				b.WriteByte(format[j])
				j++
			}
			if j >= len(format) {
				return "", bad
			}
			i = j + 1
			continue
		case '\\':
			if i+1 >= len(format) {
				return "", bad
			}
			b.WriteByte(format[i+1])
			i += 2
			continue
		case '%':
			n = 1
		default:
			return "", bad
		}
		i += n
	}
	return b.String(), nil
}
