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
			if t, err := dotnet.ParseExact(s, f); err == nil {
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
		return int32(dotnet.DaysInMonth(y, time.Month(m))), true, nil
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
	case "frombinary":
		if len(args) != 1 {
			return nil, true, overload
		}
		n, err := argInt64(args[0])
		if err != nil {
			return nil, true, err
		}
		t, err := fromBinary(n)
		return t, true, err
	case "fromoadate":
		if len(args) != 1 {
			return nil, true, overload
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		t, err := fromOADate(f)
		return t, true, err
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
	case "parseexact", "tryparseexact":
		r, err := timeSpanParseExact(lname == "tryparseexact", args)
		return r, true, err
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
