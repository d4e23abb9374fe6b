package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TimeSpan.ParseExact/TryParseExact with .NET's custom TimeSpan format
// specifiers (d…dddddddd, h/hh, m/mm, s/ss, f…fffffff, F…FFFFFFF, quoted
// and backslash-escaped literals, % before a lone specifier). Standard
// formats ("c", "g", "G", "t", "T") parse as TimeSpan.Parse does.

// tsBadFormat is a format string .NET rejects, as opposed to an input
// that does not match it.
func tsBadFormat() *object.Exception {
	return formatException("Input string was not in a correct format.")
}

func tsBadInput() *object.Exception {
	return formatException("String was not recognized as a valid TimeSpan.")
}

func tsOverflow() *object.Exception {
	return dotnetErr("System.OverflowException", "The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.")
}

// parseTimeSpanExact parses s against one format.
func parseTimeSpanExact(s, format string) (object.TimeSpan, error) {
	switch format {
	case "c", "t", "T", "g", "G":
		ts, err := dotnet.ParseTimeSpan(s)
		if err != nil {
			return 0, tsBadInput()
		}
		return ts, nil
	case "":
		return 0, tsBadFormat()
	}
	var days, hours, mins, secs, frac int64
	pos := 0
	// digits reads between lo and hi decimal digits from s.
	digits := func(lo, hi int) (int64, bool) {
		n, v := 0, int64(0)
		for pos < len(s) && n < hi && s[pos] >= '0' && s[pos] <= '9' {
			v = v*10 + int64(s[pos]-'0')
			pos++
			n++
		}
		return v, n >= lo
	}
	literal := func(lit string) bool {
		if !strings.HasPrefix(s[pos:], lit) {
			return false
		}
		pos += len(lit)
		return true
	}
	for i := 0; i < len(format); {
		c := format[i]
		run := 1
		for i+run < len(format) && format[i+run] == c {
			run++
		}
		ok := true
		switch c {
		case 'd':
			if run > 8 {
				return 0, tsBadFormat()
			}
			if run == 1 {
				days, ok = digits(1, 8)
			} else {
				days, ok = digits(run, run)
			}
		case 'h', 'm', 's':
			if run > 2 {
				return 0, tsBadFormat()
			}
			var v int64
			v, ok = digits(run, 2)
			switch c {
			case 'h':
				hours = v
			case 'm':
				mins = v
			default:
				secs = v
			}
		case 'f', 'F':
			if run > 7 {
				return 0, tsBadFormat()
			}
			lo := run
			if c == 'F' {
				lo = 0
			}
			start := pos
			frac, ok = digits(lo, run)
			for n := pos - start; n < 7; n++ {
				frac *= 10
			}
		case '\'', '"':
			end := strings.IndexByte(format[i+1:], c)
			if end < 0 {
				return 0, tsBadFormat()
			}
			ok = literal(format[i+1 : i+1+end])
			run = end + 2
		case '\\':
			if i+1 >= len(format) {
				return 0, tsBadFormat()
			}
			ok = literal(format[i+1 : i+2])
			run = 2
		case '%':
			// "%h" is the specifier h alone; "%%" is invalid.
			if i+1 >= len(format) || format[i+1] == '%' {
				return 0, tsBadFormat()
			}
			run = 1
		default:
			return 0, tsBadFormat()
		}
		if !ok {
			return 0, tsBadInput()
		}
		i += run
	}
	if pos != len(s) {
		return 0, tsBadInput()
	}
	if hours > 23 || mins > 59 || secs > 59 {
		return 0, tsOverflow()
	}
	ticks := ((days*24+hours)*60+mins)*60 + secs
	if ticks > 922337203685 {
		return 0, tsOverflow()
	}
	return object.TimeSpan(ticks*int64(object.TicksPerSecond) + frac), nil
}

// assumeNegative reads a TimeSpanStyles argument.
func assumeNegative(v any) bool {
	switch x := v.(type) {
	case dotnet.Enum:
		return x.Value&1 != 0
	case string:
		return strings.EqualFold(strings.TrimSpace(x), "AssumeNegative")
	}
	n, err := argInt64(v)
	return err == nil && n&1 != 0
}

// timeSpanParseExact serves ParseExact and TryParseExact: the first format
// of the list that matches wins.
func timeSpanParseExact(try bool, args []any) (any, error) {
	if len(args) < 3 || (try && len(args) < 4) {
		return nil, overload
	}
	formats := []string{argString(args[1])}
	if items, ok := dotnet.Enumerate(args[1]); ok {
		formats = formats[:0]
		for _, f := range items {
			formats = append(formats, argString(f))
		}
	}
	neg := false
	if (!try && len(args) == 4) || (try && len(args) == 5) {
		neg = assumeNegative(args[3])
	}
	var err error = tsBadInput()
	if args[0] == nil {
		err = argNull("input")
	} else {
		s := argString(args[0])
		for _, f := range formats {
			var ts object.TimeSpan
			if ts, err = parseTimeSpanExact(s, f); err == nil {
				if neg {
					ts = -ts
				}
				if try {
					setRef(args[len(args)-1], ts)
					return true, nil
				}
				return ts, nil
			}
		}
	}
	if try {
		setRef(args[len(args)-1], object.TimeSpan(0))
		return false, nil
	}
	return nil, err
}
