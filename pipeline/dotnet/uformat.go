package dotnet

import (
	"strconv"
	"strings"
	"time"
)

// FormatUFormat is Get-Date -UFormat, PowerShell's strftime
// (GetDateCommand.UFormatDateString): a leading "+" is skipped, unknown
// specifiers are copied as their letter, and week numbers are the
// simple DayOfYear/7 PowerShell computes.
func FormatUFormat(t time.Time, f string) string {
	var b strings.Builder
	start := 0
	if strings.HasPrefix(f, "+") {
		start = 1
	}
	for i := start; i < len(f); i++ {
		if f[i] != '%' || i+1 >= len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		switch f[i] {
		case 'A':
			b.WriteString(dayNames[t.Weekday()])
		case 'a':
			b.WriteString(dayAbbr[t.Weekday()])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'b', 'h':
			b.WriteString(monthAbbr[t.Month()-1])
		case 'C':
			b.WriteString(strconv.Itoa(t.Year() / 100))
		case 'c':
			b.WriteString(formatDateCustom(t, "ddd MMM ") + spacePad(t.Day()) + " " + formatDateCustom(t, "HH:mm:ss yyyy"))
		case 'D', 'x':
			b.WriteString(formatDateCustom(t, "MM/dd/yy"))
		case 'd':
			b.WriteString(pad(t.Day(), 2))
		case 'e':
			b.WriteString(spacePad(t.Day()))
		case 'H', 'k':
			b.WriteString(pad(t.Hour(), 2))
		case 'I', 'l':
			b.WriteString(formatDateCustom(t, "hh"))
		case 'j':
			b.WriteString(pad(t.YearDay(), 3))
		case 'M':
			b.WriteString(pad(t.Minute(), 2))
		case 'm':
			b.WriteString(pad(int(t.Month()), 2))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString(formatDateCustom(t, "tt"))
		case 'R':
			b.WriteString(formatDateCustom(t, "HH:mm"))
		case 'r':
			b.WriteString(formatDateCustom(t, "hh:mm:ss tt"))
		case 'S':
			b.WriteString(pad(t.Second(), 2))
		case 's':
			// Seconds since 1970-01-01 on the wall clock (no time-zone
			// conversion), printed as a Double.
			epoch := DateTicks(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC))
			b.WriteString(FormatDouble(float64(DateTicks(t)-epoch) / 1e7))
		case 'T', 'X':
			b.WriteString(formatDateCustom(t, "HH:mm:ss"))
		case 't':
			b.WriteByte('\t')
		case 'u', 'w':
			b.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'U', 'W':
			b.WriteString(strconv.Itoa(t.YearDay() / 7))
		case 'V':
			b.WriteString(strconv.Itoa(t.YearDay()/7 + 1))
		case 'G':
			b.WriteString(formatDateCustom(t, "yyyy"))
		case 'g', 'y':
			b.WriteString(formatDateCustom(t, "yy"))
		case 'Y':
			b.WriteString(formatDateCustom(t, "yyyy"))
		case 'Z':
			b.WriteString(offsetString(t, 2))
		default:
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// spacePad renders n right-aligned in two columns ("{0,2}").
func spacePad(n int) string {
	if n < 10 {
		return " " + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
