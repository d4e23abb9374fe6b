package members

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [datetime] and [timespan] statics.

func dateStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "now":
		return Now().Local(), true, nil
	case "today":
		n := Now().Local()
		return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.Local), true, nil
	case "utcnow":
		return Now().UTC(), true, nil
	case "minvalue":
		return dotnet.DateFromTicks(0), true, nil
	case "maxvalue":
		return dotnet.DateFromTicks(maxTicks), true, nil
	}
	return nil, false, nil
}

func notADate() *object.Exception {
	return formatException("String was not recognized as a valid DateTime.")
}

func dateStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "parse":
		if len(args) < 1 || len(args) > 3 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("s")
		}
		t, err := dotnet.ParseDateTime(argString(args[0]))
		if err != nil {
			return nil, true, notADate()
		}
		return t, true, nil
	case "tryparse":
		if len(args) < 2 {
			return nil, true, overload
		}
		t, err := dotnet.ParseDateTime(argString(args[0]))
		if err != nil {
			setRef(args[len(args)-1], dotnet.DateFromTicks(0))
			return false, true, nil
		}
		setRef(args[len(args)-1], t)
		return true, true, nil
	case "parseexact", "tryparseexact":
		if len(args) < 3 {
			return nil, true, overload
		}
		formats := []string{argString(args[1])}
		if items, ok := dotnet.Enumerate(args[1]); ok {
			formats = formats[:0]
			for _, f := range items {
				formats = append(formats, argString(f))
			}
		}
		s := argString(args[0])
		for _, f := range formats {
			if t, err := parseExact(s, f); err == nil {
				if lname == "tryparseexact" {
					setRef(args[len(args)-1], t)
					return true, true, nil
				}
				return t, true, nil
			}
		}
		if lname == "tryparseexact" {
			setRef(args[len(args)-1], dotnet.DateFromTicks(0))
			return false, true, nil
		}
		return nil, true, notADate()
	case "daysinmonth":
		if len(args) != 2 {
			return nil, true, overload
		}
		y, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		m, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if m < 1 || m > 12 {
			return nil, true, argOutOfRange("month", "Month must be between one and twelve.")
		}
		return int32(daysIn(y, time.Month(m))), true, nil
	case "isleapyear":
		if len(args) != 1 {
			return nil, true, overload
		}
		y, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if y < 1 || y > 9999 {
			return nil, true, argOutOfRange("year", "Year must be between 1 and 9999.")
		}
		return y%4 == 0 && (y%100 != 0 || y%400 == 0), true, nil
	case "specifykind":
		if len(args) != 2 {
			return nil, true, overload
		}
		t, ok := args[0].(time.Time)
		if !ok {
			return nil, true, overload
		}
		loc := time.Local
		if strings.EqualFold(argString(args[1]), "Utc") {
			loc = time.UTC
		}
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), true, nil
	case "compare":
		if len(args) != 2 {
			return nil, true, overload
		}
		a, ok1 := args[0].(time.Time)
		b, ok2 := args[1].(time.Time)
		if !ok1 || !ok2 {
			return nil, true, overload
		}
		return int32(sign(int(dotnet.DateTicks(a) - dotnet.DateTicks(b)))), true, nil
	case "fromfiletime", "fromfiletimeutc":
		if len(args) != 1 {
			return nil, true, overload
		}
		n, err := argInt64(args[0])
		if err != nil {
			return nil, true, err
		}
		t := dotnet.DateFromTicks(n + 504911232000000000)
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
		if lname == "fromfiletime" {
			return t.Local(), true, nil
		}
		return t, true, nil
	}
	return nil, false, nil
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// parseExact is DateTime.ParseExact with the invariant culture: the
// custom format specifiers (yyyy, MM, dd, HH, hh, mm, ss, f…, tt, MMM,
// MMMM, ddd, dddd, zzz, K), quoted literals and backslash escapes, and
// the standard formats it names ("d", "s", "o", …).
func parseExact(s, format string) (time.Time, error) {
	switch format {
	case "d":
		format = "MM/dd/yyyy"
	case "D":
		format = "dddd, dd MMMM yyyy"
	case "s":
		format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
	case "o", "O":
		format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"
	case "u":
		format = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
	case "g":
		format = "MM/dd/yyyy HH:mm"
	case "G":
		format = "MM/dd/yyyy HH:mm:ss"
	case "t":
		format = "HH:mm"
	case "T":
		format = "HH:mm:ss"
	}
	year, month, day := 1, 1, 1
	hour, minute, sec, nsec := 0, 0, 0, 0
	pm, hasAMPM, hour12 := false, false, false
	loc := time.Local
	var offset *int
	pos := 0
	readNum := func(min, max int) (int, bool) {
		start := pos
		for pos < len(s) && pos-start < max && s[pos] >= '0' && s[pos] <= '9' {
			pos++
		}
		if pos-start < min {
			return 0, false
		}
		n := 0
		for _, c := range s[start:pos] {
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	readName := func(names []string, abbrev bool) (int, bool) {
		for i, n := range names {
			if abbrev {
				n = n[:3]
			}
			if len(s)-pos >= len(n) && strings.EqualFold(s[pos:pos+len(n)], n) {
				pos += len(n)
				return i, true
			}
		}
		return 0, false
	}
	bad := notADate()
	for i := 0; i < len(format); {
		c := format[i]
		n := 1
		for i+n < len(format) && format[i+n] == c {
			n++
		}
		var ok bool
		switch c {
		case 'y':
			min, max := n, n
			if n <= 2 {
				min, max = 1, 2
			}
			if year, ok = readNum(min, max); !ok {
				return time.Time{}, bad
			}
			if n <= 2 {
				if year < 50 {
					year += 2000
				} else {
					year += 1900
				}
			}
		case 'M':
			switch {
			case n >= 4:
				var m int
				if m, ok = readName(monthNames, false); !ok {
					return time.Time{}, bad
				}
				month = m + 1
			case n == 3:
				var m int
				if m, ok = readName(monthNames, true); !ok {
					return time.Time{}, bad
				}
				month = m + 1
			default:
				if month, ok = readNum(n, 2); !ok {
					return time.Time{}, bad
				}
			}
		case 'd':
			switch {
			case n >= 4:
				_, ok = readName(dayNames, false)
			case n == 3:
				_, ok = readName(dayNames, true)
			default:
				day, ok = readNum(n, 2)
			}
			if !ok {
				return time.Time{}, bad
			}
		case 'H', 'h':
			if hour, ok = readNum(n, 2); !ok {
				return time.Time{}, bad
			}
			hour12 = c == 'h'
		case 'm':
			if minute, ok = readNum(n, 2); !ok {
				return time.Time{}, bad
			}
		case 's':
			if sec, ok = readNum(n, 2); !ok {
				return time.Time{}, bad
			}
		case 'f', 'F':
			start := pos
			v, ok := readNum(map[bool]int{true: 0, false: n}[c == 'F'], n)
			if !ok {
				return time.Time{}, bad
			}
			for d := pos - start; d < 9; d++ {
				v *= 10
			}
			nsec = v
		case 't':
			hasAMPM = true
			switch {
			case len(s)-pos >= 2 && strings.EqualFold(s[pos:pos+2], "PM"):
				pm = true
				pos += 2
			case len(s)-pos >= 2 && strings.EqualFold(s[pos:pos+2], "AM"):
				pos += 2
			case n == 1 && pos < len(s) && (s[pos] == 'P' || s[pos] == 'p'):
				pm = true
				pos++
			case n == 1 && pos < len(s) && (s[pos] == 'A' || s[pos] == 'a'):
				pos++
			default:
				return time.Time{}, bad
			}
		case 'z', 'K':
			if c == 'K' && pos < len(s) && s[pos] == 'Z' {
				pos++
				loc = time.UTC
				break
			}
			if c == 'K' && pos == len(s) {
				break
			}
			if pos >= len(s) || (s[pos] != '+' && s[pos] != '-') {
				return time.Time{}, bad
			}
			neg := s[pos] == '-'
			pos++
			h, ok := readNum(1, 2)
			if !ok {
				return time.Time{}, bad
			}
			m := 0
			if n >= 3 || c == 'K' {
				if pos < len(s) && s[pos] == ':' {
					pos++
				}
				if m, ok = readNum(2, 2); !ok {
					return time.Time{}, bad
				}
			}
			off := h*3600 + m*60
			if neg {
				off = -off
			}
			offset = &off
		case '\'', '"':
			j := strings.IndexByte(format[i+1:], c)
			if j < 0 {
				return time.Time{}, bad
			}
			lit := format[i+1 : i+1+j]
			if !strings.HasPrefix(s[pos:], lit) {
				return time.Time{}, bad
			}
			pos += len(lit)
			i += j + 2
			continue
		case '\\':
			if i+1 < len(format) {
				if pos >= len(s) || s[pos] != format[i+1] {
					return time.Time{}, bad
				}
				pos++
				i += 2
				continue
			}
		default:
			// Literal characters, one at a time.
			if pos >= len(s) || s[pos] != c {
				return time.Time{}, bad
			}
			pos++
			i++
			continue
		}
		i += n
	}
	if pos != len(s) {
		return time.Time{}, bad
	}
	if hasAMPM || hour12 {
		if hour > 12 {
			return time.Time{}, bad
		}
		if pm && hour < 12 {
			hour += 12
		} else if !pm && hour == 12 && hasAMPM {
			hour = 0
		}
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, time.Month(month)) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, bad
	}
	if offset != nil {
		t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.FixedZone("", *offset))
		return t.Local(), nil
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc), nil
}

func timeSpanStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "zero":
		return object.TimeSpan(0), true, nil
	case "maxvalue":
		return object.TimeSpan(1<<63 - 1), true, nil
	case "minvalue":
		return object.TimeSpan(-1 << 63), true, nil
	case "ticksperday":
		return int64(object.TicksPerDay), true, nil
	case "ticksperhour":
		return int64(object.TicksPerHour), true, nil
	case "ticksperminute":
		return int64(object.TicksPerMinute), true, nil
	case "tickspersecond":
		return int64(object.TicksPerSecond), true, nil
	case "tickspermillisecond":
		return int64(object.TicksPerMillisecond), true, nil
	}
	return nil, false, nil
}

func timeSpanStaticCall(lname string, args []any) (any, bool, error) {
	units := map[string]float64{
		"fromdays": float64(object.TicksPerDay), "fromhours": float64(object.TicksPerHour),
		"fromminutes": float64(object.TicksPerMinute), "fromseconds": float64(object.TicksPerSecond),
		"frommilliseconds": float64(object.TicksPerMillisecond),
	}
	if u, ok := units[lname]; ok {
		if len(args) != 1 {
			return nil, true, overload
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		// .NET rounds to whole milliseconds.
		ms := f * u / float64(object.TicksPerMillisecond)
		if ms > 922337203685477 || ms < -922337203685477 {
			return nil, true, dotnetErr("System.OverflowException", "TimeSpan overflowed because the duration is too long.")
		}
		if ms >= 0 {
			ms = float64(int64(ms + 0.5))
		} else {
			ms = float64(int64(ms - 0.5))
		}
		return object.TimeSpan(int64(ms) * int64(object.TicksPerMillisecond)), true, nil
	}
	switch lname {
	case "fromticks":
		if len(args) != 1 {
			return nil, true, overload
		}
		n, err := argInt64(args[0])
		return object.TimeSpan(n), true, err
	case "parse":
		if len(args) < 1 {
			return nil, true, overload
		}
		ts, err := dotnet.ParseTimeSpan(argString(args[0]))
		if err != nil {
			return nil, true, formatException("String was not recognized as a valid TimeSpan.")
		}
		return ts, true, nil
	case "tryparse":
		if len(args) < 2 {
			return nil, true, overload
		}
		ts, err := dotnet.ParseTimeSpan(argString(args[0]))
		setRef(args[len(args)-1], ts)
		return err == nil, true, nil
	case "compare":
		if len(args) != 2 {
			return nil, true, overload
		}
		a, ok1 := args[0].(object.TimeSpan)
		b, ok2 := args[1].(object.TimeSpan)
		if !ok1 || !ok2 {
			return nil, true, overload
		}
		return int32(sign(int(a - b))), true, nil
	}
	return nil, false, nil
}
