package dotnet

import (
	"strconv"
	"strings"
	"time"
)

// FormatUFormat is Get-Date -UFormat: Unix-style % specifiers, as the
// Get-Date documentation lists them (Windows PowerShell 5.1 behaviour).
// Unknown specifiers are copied as their letter.
func FormatUFormat(t time.Time, f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
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
			b.WriteString(pad(t.Year()/100, 2))
		case 'c':
			b.WriteString(formatDateCustom(t, "ddd MMM dd HH:mm:ss yyyy"))
		case 'D':
			b.WriteString(formatDateCustom(t, "MM/dd/yy"))
		case 'd':
			b.WriteString(pad(t.Day(), 2))
		case 'e':
			b.WriteString(spacePad(t.Day()))
		case 'F':
			b.WriteString(formatDateCustom(t, "yyyy-MM-dd"))
		case 'G':
			y, _ := t.ISOWeek()
			b.WriteString(strconv.Itoa(y))
		case 'g':
			y, _ := t.ISOWeek()
			b.WriteString(pad(y%100, 2))
		case 'H':
			b.WriteString(pad(t.Hour(), 2))
		case 'I':
			b.WriteString(formatDateCustom(t, "hh"))
		case 'j':
			b.WriteString(pad(t.YearDay(), 3))
		case 'k':
			b.WriteString(spacePad(t.Hour()))
		case 'l':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(spacePad(h))
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
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		case 'T', 'X':
			b.WriteString(formatDateCustom(t, "HH:mm:ss"))
		case 't':
			b.WriteByte('\t')
		case 'U':
			b.WriteString(pad((t.YearDay()+6-int(t.Weekday()))/7, 2))
		case 'u':
			wd := int(t.Weekday())
			if wd == 0 {
				wd = 7
			}
			b.WriteString(strconv.Itoa(wd))
		case 'V':
			_, w := t.ISOWeek()
			b.WriteString(pad(w, 2))
		case 'W':
			b.WriteString(pad((t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2))
		case 'w':
			b.WriteString(strconv.Itoa(int(t.Weekday())))
		case 'x':
			b.WriteString(formatDateCustom(t, "MM/dd/yy"))
		case 'Y':
			b.WriteString(pad(t.Year(), 4))
		case 'y':
			b.WriteString(pad(t.Year()%100, 2))
		case 'Z':
			b.WriteString(offsetString(t, 2))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

func spacePad(n int) string {
	if n < 10 {
		return " " + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
