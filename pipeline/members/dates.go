package members

import (
	"math"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// System.DateTime and System.TimeSpan members. A DateTime is its
// wall-clock value (dotnet.DateTicks); arithmetic keeps the Location,
// which carries the Kind.

const maxTicks = 3155378975999999999

func enumValue(typeName string, v int64) any {
	if t, ok := dotnet.LookupEnum(typeName); ok {
		return dotnet.Enum{Type: t, Value: v}
	}
	return int32(v)
}

// kindOf is DateTime.Kind: UTC and Local as the Location says; any other
// (fixed) zone is a date parsed without an offset, Unspecified.
func kindOf(t time.Time) any {
	switch t.Location() {
	case time.UTC:
		return enumValue("System.DateTimeKind", 1)
	case time.Local:
		return enumValue("System.DateTimeKind", 2)
	}
	return enumValue("System.DateTimeKind", 0)
}

// withTicks rebuilds t at a new tick count, keeping its Location.
func withTicks(t time.Time, ticks int64) (time.Time, error) {
	if ticks < 0 || ticks > maxTicks {
		return time.Time{}, argOutOfRange("value", "The added or subtracted value results in an un-representable DateTime.")
	}
	u := dotnet.DateFromTicks(ticks)
	return time.Date(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond(), t.Location()), nil
}

func dateGet(v any, lname string) (any, bool) {
	t, ok := v.(time.Time)
	if !ok {
		return nil, false
	}
	switch lname {
	case "date":
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location()), true
	case "day":
		return int32(t.Day()), true
	case "dayofweek":
		return enumValue("System.DayOfWeek", int64(t.Weekday())), true
	case "dayofyear":
		return int32(t.YearDay()), true
	case "hour":
		return int32(t.Hour()), true
	case "kind":
		return kindOf(t), true
	case "millisecond":
		return int32(t.Nanosecond() / 1e6), true
	case "minute":
		return int32(t.Minute()), true
	case "month":
		return int32(t.Month()), true
	case "second":
		return int32(t.Second()), true
	case "ticks":
		return dotnet.DateTicks(t), true
	case "timeofday":
		return object.TimeSpan(dotnet.DateTicks(t) % int64(object.TicksPerDay)), true
	case "year":
		return int32(t.Year()), true
	case "datetime":
		return dotnet.FormatDate(t, "F"), true
	}
	return nil, false
}

// addMonths is DateTime.AddMonths: the day clamps to the month's end.
func addMonths(t time.Time, months int) (time.Time, error) {
	y, m := t.Year(), int(t.Month())-1+months
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	if y < 1 || y > 9999 {
		return time.Time{}, argOutOfRange("months", "The added or subtracted value results in an un-representable DateTime.")
	}
	d := t.Day()
	if last := dotnet.DaysInMonth(y, time.Month(m+1)); d > last {
		d = last
	}
	return time.Date(y, time.Month(m+1), d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location()), nil
}

// addScaled is AddDays/AddHours/…: the value in milliseconds rounded
// half away from zero, as .NET does.
func addScaled(t time.Time, v any, msPerUnit float64) (any, error) {
	f, err := argFloat(v)
	if err != nil {
		return nil, err
	}
	ms := f * msPerUnit
	ms = math.Copysign(math.Floor(math.Abs(ms)+0.5), ms)
	if math.Abs(ms) > 315537897600000 {
		return nil, argOutOfRange("value", "Value to add was out of range.")
	}
	return withTicks(t, dotnet.DateTicks(t)+int64(ms)*10000)
}

func dateMethod(t time.Time, name string, args []any) (any, bool, error) {
	one := func() error {
		if len(args) != 1 {
			return overload
		}
		return nil
	}
	lname := strings.ToLower(name)
	var unit float64
	switch lname {
	case "adddays":
		unit = 86400000
	case "addhours":
		unit = 3600000
	case "addminutes":
		unit = 60000
	case "addseconds":
		unit = 1000
	case "addmilliseconds":
		unit = 1
	}
	if unit != 0 {
		if err := one(); err != nil {
			return nil, true, err
		}
		r, err := addScaled(t, args[0], unit)
		return r, true, err
	}
	switch lname {
	case "addmonths", "addyears":
		if err := one(); err != nil {
			return nil, true, err
		}
		n, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if lname == "addyears" {
			n *= 12
		}
		r, err := addMonths(t, n)
		return r, true, err
	case "addticks":
		if err := one(); err != nil {
			return nil, true, err
		}
		n, err := argInt64(args[0])
		if err != nil {
			return nil, true, err
		}
		r, err := withTicks(t, dotnet.DateTicks(t)+n)
		return r, true, err
	case "add":
		if err := one(); err != nil {
			return nil, true, err
		}
		r, err := ops.Add(t, args[0])
		return r, true, err
	case "subtract":
		if err := one(); err != nil {
			return nil, true, err
		}
		r, err := ops.Sub(t, args[0])
		return r, true, err
	case "tostring":
		// ToString(), ToString(format), ToString(provider) and
		// ToString(format, provider): the culture is always en-US/invariant.
		format, ok := formatArg(args)
		if !ok {
			// ToString() is the current culture's "G" (1/2/2020 12:00:00
			// AM); ToString([cultureinfo]::InvariantCulture) the invariant
			// one, as "$date" shows it.
			if len(args) == 1 && isInvariantCulture(args[0]) {
				return dotnet.ToString(t), true, nil
			}
			return dotnet.FormatDateShort(t), true, nil
		}
		if len(args) == 2 && isInvariantCulture(args[1]) {
			s, err := dotnet.FormatValueInvariant(t, format)
			return s, true, err
		}
		s, err := dotnet.FormatValue(t, format)
		return s, true, err
	case "toshortdatestring":
		return dotnet.FormatDate(t, "d"), true, nil
	case "tolongdatestring":
		return dotnet.FormatDate(t, "D"), true, nil
	case "toshorttimestring":
		return dotnet.FormatDate(t, "t"), true, nil
	case "tolongtimestring":
		return dotnet.FormatDate(t, "T"), true, nil
	case "touniversaltime":
		return t.UTC(), true, nil
	case "tolocaltime":
		return t.Local(), true, nil
	case "compareto":
		if err := one(); err != nil {
			return nil, true, err
		}
		c, err := ops.Compare(t, args[0], true)
		return int32(c), true, err
	case "equals":
		if err := one(); err != nil {
			return nil, true, err
		}
		o, ok := args[0].(time.Time)
		return ok && dotnet.DateTicks(o) == dotnet.DateTicks(t), true, nil
	case "tobinary":
		return toBinary(t), true, nil
	case "gettypecode":
		// TypeCode.DateTime, shown by name as the numbers' GetTypeCode is.
		return "DateTime", true, nil
	case "tooadate":
		f, err := toOADate(t)
		return f, true, err
	case "isdaylightsavingtime":
		return t.IsDST(), true, nil
	case "tofiletime", "tofiletimeutc":
		return (dotnet.DateTicks(t.UTC()) - 504911232000000000), true, nil
	}
	return nil, false, nil
}

func timeSpanGet(ts object.TimeSpan, lname string) (any, bool) {
	t := int64(ts)
	switch lname {
	case "ticks":
		return t, true
	case "days":
		return int32(t / int64(object.TicksPerDay)), true
	case "hours":
		return int32(t / int64(object.TicksPerHour) % 24), true
	case "minutes":
		return int32(t / int64(object.TicksPerMinute) % 60), true
	case "seconds":
		return int32(t / int64(object.TicksPerSecond) % 60), true
	case "milliseconds":
		return int32(t / int64(object.TicksPerMillisecond) % 1000), true
	case "totaldays":
		return ts.Total(object.TicksPerDay), true
	case "totalhours":
		return ts.Total(object.TicksPerHour), true
	case "totalminutes":
		return ts.Total(object.TicksPerMinute), true
	case "totalseconds":
		return ts.Total(object.TicksPerSecond), true
	case "totalmilliseconds":
		return ts.Total(object.TicksPerMillisecond), true
	}
	return nil, false
}

func timeSpanMethod(ts object.TimeSpan, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "add":
		if len(args) != 1 {
			return nil, true, overload
		}
		r, err := ops.Add(ts, args[0])
		return r, true, err
	case "subtract":
		if len(args) != 1 {
			return nil, true, overload
		}
		r, err := ops.Sub(ts, args[0])
		return r, true, err
	case "negate":
		return -ts, true, nil
	case "duration":
		if ts < 0 {
			return -ts, true, nil
		}
		return ts, true, nil
	case "tostring":
		if len(args) == 0 {
			return dotnet.FormatTimeSpanConstant(ts), true, nil
		}
		s, err := dotnet.FormatTimeSpan(ts, argString(args[0]))
		return s, true, err
	case "compareto":
		if len(args) != 1 {
			return nil, true, overload
		}
		c, err := ops.Compare(ts, args[0], true)
		return int32(c), true, err
	case "equals":
		if len(args) != 1 {
			return nil, true, overload
		}
		o, ok := args[0].(object.TimeSpan)
		return ok && o == ts, true, nil
	case "multiply", "divide":
		if len(args) != 1 {
			return nil, true, overload
		}
		f, err := argFloat(args[0])
		if err != nil {
			return nil, true, err
		}
		if strings.EqualFold(name, "divide") {
			return object.TimeSpan(math.Round(float64(ts) / f)), true, nil
		}
		return object.TimeSpan(math.Round(float64(ts) * f)), true, nil
	}
	return nil, false, nil
}

// isInvariantCulture reports whether v is CultureInfo.InvariantCulture
// (a culture whose Name is empty).
func isInvariantCulture(v any) bool {
	o, ok := v.(*object.PSObject)
	if !ok {
		return false
	}
	name, found := o.Prop("Name")
	return found && name == ""
}
