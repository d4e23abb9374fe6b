package dotnet

import (
	"time"

	"cspsh/pipeline/object"
)

// toDateTime is [datetime]: strings parse with the invariant culture;
// integers are ticks.
func toDateTime(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), nil
	case time.Time:
		return x, nil
	case string:
		t, err := ParseDateTime(x)
		if err != nil {
			return nil, castErrorInner(v, "System.DateTime", err.(*object.Exception), "InvalidCastParseTargetInvocationWithFormatProvider")
		}
		return t, nil
	case int32, int64, int, uint32, uint64:
		n, err := numericInner(v, "System.Int64")
		if err != nil {
			return nil, castErrorInner(v, "System.DateTime", err, "InvalidCastIConvertible")
		}
		return DateFromTicks(n.(int64)), nil
	}
	return nil, castError(v, "System.DateTime", "ConvertToFinalInvalidCastException")
}

// ticksEpoch returns 0001-01-01 as a Go time (tick 0 of .NET); a function,
// not a var, so that no package init code builds it.
func ticksEpoch() time.Time { return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) }

// DateFromTicks builds a DateTime from .NET ticks (Unspecified kind,
// held in local time).
func DateFromTicks(ticks int64) time.Time {
	days := ticks / int64(object.TicksPerDay)
	rest := ticks % int64(object.TicksPerDay)
	t := ticksEpoch().AddDate(0, 0, int(days)).Add(time.Duration(rest) * 100)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
}

// DateTicks returns the .NET ticks of a DateTime (its wall-clock value).
func DateTicks(t time.Time) int64 {
	days := daysBeforeYear(t.Year()) + int64(t.YearDay()-1)
	tod := int64(t.Hour())*3600 + int64(t.Minute())*60 + int64(t.Second())
	return days*int64(object.TicksPerDay) + tod*int64(object.TicksPerSecond) + int64(t.Nanosecond()/100)
}

// daysBeforeYear counts the days from 0001-01-01 to January 1 of y in
// the proleptic Gregorian calendar.
func daysBeforeYear(y int) int64 {
	p := int64(y - 1)
	return p*365 + p/4 - p/100 + p/400
}

// toTimeSpan is [timespan]: strings parse as TimeSpan.Parse; integers
// are ticks.
func toTimeSpan(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return object.TimeSpan(0), nil
	case object.TimeSpan:
		return x, nil
	case string:
		ts, err := ParseTimeSpan(x)
		if err != nil {
			return nil, castErrorInner(v, "System.TimeSpan", err.(*object.Exception), "InvalidCastParseTargetInvocationWithFormatProvider")
		}
		return ts, nil
	case int32, int64, int, uint32, int16, uint16, uint8, int8:
		n, err := numericInner(v, "System.Int64")
		if err != nil {
			return nil, castErrorInner(v, "System.TimeSpan", err, "InvalidCastIConvertible")
		}
		return object.TimeSpan(n.(int64)), nil
	}
	return nil, castError(v, "System.TimeSpan", "ConvertToFinalInvalidCastException")
}
