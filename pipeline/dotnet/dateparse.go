package dotnet

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"cspsh/pipeline/object"
)

// Now is the clock date parsing uses for a time without a date; tests
// and the lab clock replace it.
var Now = time.Now

// dateError is the FormatException DateTime.Parse raises.
func dateError() *object.Exception {
	return object.NewException("System.FormatException", "String was not recognized as a valid DateTime.")
}

// dtok is one token of a date string.
type dtok struct {
	kind byte // 'n' number, 'w' word, 's' separator, '+'/'-' sign before an offset
	text string
	num  int
}

// lexDate splits s into numbers, words and separators.
func lexDate(s string) []dtok {
	var out []dtok
	r := []rune(s)
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case unicode.IsSpace(c):
			i++
			out = append(out, dtok{kind: 's', text: " "})
		case c >= '0' && c <= '9':
			j := i
			for j < len(r) && r[j] >= '0' && r[j] <= '9' {
				j++
			}
			t := string(r[i:j])
			n, _ := strconv.Atoi(t)
			if len(t) > 9 {
				n = -1
			}
			out = append(out, dtok{kind: 'n', text: t, num: n})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(r) && (unicode.IsLetter(r[j]) || r[j] == '.') {
				j++
			}
			out = append(out, dtok{kind: 'w', text: strings.TrimSuffix(string(r[i:j]), ".")})
			i = j
		default:
			out = append(out, dtok{kind: 's', text: string(c)})
			i++
		}
	}
	return out
}

func monthFromName(w string) int {
	lw := strings.ToLower(w)
	for i, m := range monthNames {
		if strings.ToLower(m) == lw || strings.ToLower(monthAbbr[i]) == lw || (lw == "sept" && i == 8) {
			return i + 1
		}
	}
	return 0
}

func isDayName(w string) bool {
	lw := strings.ToLower(w)
	for i, d := range dayNames {
		if strings.ToLower(d) == lw || strings.ToLower(dayAbbr[i]) == lw {
			return true
		}
	}
	return false
}

// ParseDateTime parses a date and/or time as DateTime.Parse does with the
// invariant culture: "7/1/2015", "7/22/2015 6:00:00 AM", "2020-03-01",
// ISO 8601 with fractions and offsets, "1 Jan 1970", "Jan 1, 2020",
// "25-Dec-2021", "Wednesday, July 1, 2015". A time alone takes today's
// date. Results are local times (a "Z" or offset is converted).
func ParseDateTime(s string) (time.Time, error) {
	toks := lexDate(strings.TrimSpace(s))
	if len(toks) == 0 {
		return time.Time{}, dateError()
	}
	var (
		dateNums []dtok // numbers of the date part, in order
		month    int    // from a month name
		monthPos = -1   // index in dateNums before which the month name stood
		hour     = -1
		minute   int
		second   int
		nanos    int
		ampm     string
		offset   *int // seconds east of UTC, when given
		sawT     bool
	)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case 'n':
			// A number followed by ':' starts the time.
			if hour < 0 && i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' {
				hour, minute = t.num, toks[i+2].num
				if len(toks[i+2].text) != 2 {
					return time.Time{}, dateError()
				}
				i += 2
				if i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' {
					second = toks[i+2].num
					if len(toks[i+2].text) != 2 {
						return time.Time{}, dateError()
					}
					i += 2
					if i+2 < len(toks) && (toks[i+1].text == "." || toks[i+1].text == ",") && toks[i+2].kind == 'n' {
						f := toks[i+2].text
						if len(f) > 7 {
							f = f[:7]
						}
						f += strings.Repeat("0", 9-len(f))
						nanos, _ = strconv.Atoi(f)
						i += 2
					}
				}
				continue
			}
			// An offset after the time: +hh:mm, -hhmm.
			if hour >= 0 && len(dateNums) > 0 && i > 0 && (toks[i-1].text == "+" || toks[i-1].text == "-") {
				off := 0
				switch len(t.text) {
				case 1, 2:
					off = t.num * 3600
					if i+2 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' {
						off += toks[i+2].num * 60
						i += 2
					}
				case 4:
					off = (t.num/100)*3600 + (t.num%100)*60
				default:
					return time.Time{}, dateError()
				}
				if toks[i-1].text == "-" {
					off = -off
				}
				offset = &off
				continue
			}
			if len(dateNums) >= 3 {
				return time.Time{}, dateError()
			}
			dateNums = append(dateNums, t)
		case 'w':
			lw := strings.ToLower(t.text)
			switch {
			case lw == "am" || lw == "pm" || lw == "a" || lw == "p":
				ampm = lw[:1]
			case lw == "t" && !sawT:
				sawT = true
			case lw == "z" || lw == "gmt" || lw == "utc":
				zero := 0
				offset = &zero
			case monthFromName(lw) > 0 && month == 0:
				month = monthFromName(lw)
				monthPos = len(dateNums)
			case isDayName(lw):
			case lw == "of" || lw == "th" || lw == "st" || lw == "nd" || lw == "rd":
			default:
				// "2020-03-01T10:00" lexes "T10" as one word only when
				// letters touch digits; other words are not dates.
				return time.Time{}, dateError()
			}
		case 's':
			switch t.text {
			case " ", "/", "-", ".", ",", ":", "+":
			default:
				return time.Time{}, dateError()
			}
		}
	}
	now := Now()
	year, mon, day := now.Year(), int(now.Month()), now.Day()
	two := func(t dtok) int {
		if len(t.text) <= 2 {
			// TwoDigitYearMax 2029.
			if t.num < 30 {
				return 2000 + t.num
			}
			return 1900 + t.num
		}
		return t.num
	}
	isYear := func(t dtok) bool { return len(t.text) >= 3 || t.num > 31 }
	switch {
	case month > 0:
		mon = month
		switch len(dateNums) {
		case 0:
			day = 1
		case 1:
			if isYear(dateNums[0]) {
				year, day = dateNums[0].num, 1
			} else {
				day = dateNums[0].num
			}
		case 2:
			a, b := dateNums[0], dateNums[1]
			if isYear(a) && !isYear(b) {
				year, day = a.num, b.num
			} else {
				day, year = a.num, two(b)
			}
		default:
			return time.Time{}, dateError()
		}
		_ = monthPos
	case len(dateNums) == 3:
		a, b, c := dateNums[0], dateNums[1], dateNums[2]
		if len(a.text) >= 3 {
			year, mon, day = a.num, b.num, c.num
		} else {
			mon, day, year = a.num, b.num, two(c)
		}
	case len(dateNums) == 2:
		a, b := dateNums[0], dateNums[1]
		switch {
		case len(a.text) >= 3:
			year, mon, day = a.num, b.num, 1
		case len(b.text) >= 3:
			mon, year, day = a.num, b.num, 1
		default:
			mon, day = a.num, b.num
		}
	case len(dateNums) == 1:
		return time.Time{}, dateError()
	case hour < 0:
		return time.Time{}, dateError()
	}
	if hour >= 0 {
		if ampm != "" {
			if hour < 1 || hour > 12 {
				if !(hour == 0 && ampm == "a") {
					return time.Time{}, dateError()
				}
			}
			if ampm == "p" && hour < 12 {
				hour += 12
			} else if ampm == "a" && hour == 12 {
				hour = 0
			}
		}
		if hour > 23 || minute > 59 || second > 59 {
			return time.Time{}, dateError()
		}
	} else {
		hour = 0
		if ampm != "" {
			return time.Time{}, dateError()
		}
	}
	if year < 1 || year > 9999 || mon < 1 || mon > 12 || day < 1 || day > DaysInMonth(year, time.Month(mon)) {
		return time.Time{}, dateError()
	}
	if offset != nil {
		t := time.Date(year, time.Month(mon), day, hour, minute, second, nanos, time.FixedZone("", *offset))
		return t.In(time.Local), nil
	}
	return Unspecified(time.Date(year, time.Month(mon), day, hour, minute, second, nanos, time.Local)), nil
}

// DaysInMonth is DateTime.DaysInMonth: every date check (parsing,
// ParseExact, [datetime] construction, Get-Date's parts) bounds the day
// by it.
func DaysInMonth(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// timeSpanError is TimeSpan.Parse's FormatException.
func timeSpanError() *object.Exception {
	return object.NewException("System.FormatException", "String was not recognized as a valid TimeSpan.")
}

// ParseTimeSpan is TimeSpan.Parse with the invariant culture:
// [-]d, [-][d.]hh:mm[:ss[.fffffff]], [-]d:hh:mm[:ss[.fffffff]].
func ParseTimeSpan(s string) (object.TimeSpan, error) {
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	}
	if t == "" {
		return 0, timeSpanError()
	}
	var days, h, m, sec, frac int64
	fracDigits := 0
	parts := strings.Split(t, ":")
	num := func(x string) (int64, bool) {
		if x == "" || !allDigits(x) || len(x) > 10 {
			return 0, false
		}
		n, err := strconv.ParseInt(x, 10, 64)
		return n, err == nil
	}
	var ok bool
	switch len(parts) {
	case 1:
		if days, ok = num(parts[0]); !ok {
			return 0, timeSpanError()
		}
		return signTS(neg, days*int64(object.TicksPerDay))
	case 2, 3, 4:
		first := parts[0]
		rest := parts[1:]
		if len(parts) == 4 {
			if days, ok = num(first); !ok {
				return 0, timeSpanError()
			}
			first, rest = rest[0], rest[1:]
		} else if d, hh, found := strings.Cut(first, "."); found {
			if days, ok = num(d); !ok {
				return 0, timeSpanError()
			}
			first = hh
		}
		if h, ok = num(first); !ok {
			return 0, timeSpanError()
		}
		if m, ok = num(rest[0]); !ok {
			return 0, timeSpanError()
		}
		if len(rest) == 2 {
			secText, fracText, hasFrac := strings.Cut(rest[1], ".")
			if sec, ok = num(secText); !ok {
				return 0, timeSpanError()
			}
			if hasFrac {
				if fracText == "" || !allDigits(fracText) || len(fracText) > 7 {
					return 0, timeSpanError()
				}
				fracDigits = len(fracText)
				frac, _ = strconv.ParseInt(fracText, 10, 64)
				for i := fracDigits; i < 7; i++ {
					frac *= 10
				}
			}
		}
	default:
		return 0, timeSpanError()
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, object.NewException("System.OverflowException", "The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.")
	}
	ticks := days*int64(object.TicksPerDay) + h*int64(object.TicksPerHour) + m*int64(object.TicksPerMinute) + sec*int64(object.TicksPerSecond) + frac
	return signTS(neg, ticks)
}

func signTS(neg bool, ticks int64) (object.TimeSpan, error) {
	if neg {
		ticks = -ticks
	}
	return object.TimeSpan(ticks), nil
}
