package members

import (
	"time"

	"cspsh/pipeline/dotnet"
)

// OLE Automation dates (Excel's serial dates): days since 1899-12-30 as a
// Double, with .NET's encoding of dates before that day (the integer part
// negative, the time of day still a positive fraction).

const (
	oaEpochTicks  = 599264352000000000 // 1899-12-30 00:00:00
	oaMinTicks    = 31241376000000000  // 0100-01-01, the earliest OA date
	msPerDay      = 86400000
	ticksPerMilli = 10000
	maxMillis     = 315537897600000 // DateTime.MaxValue in milliseconds, +1 day
)

// toOADate is DateTime.ToOADate. A date within the first day (ticks below
// one day) is read as a time on 1899-12-30, as .NET does.
func toOADate(t time.Time) (float64, error) {
	ticks := dotnet.DateTicks(t)
	if ticks == 0 {
		return 0, nil
	}
	if ticks < 86400*10000000 {
		ticks += oaEpochTicks
	}
	if ticks < oaMinTicks {
		return 0, dotnetErr("System.OverflowException", "Not a legal OleAut date.")
	}
	millis := (ticks - oaEpochTicks) / ticksPerMilli
	if millis < 0 {
		if frac := millis % msPerDay; frac != 0 {
			millis -= (msPerDay + frac) * 2
		}
	}
	return float64(millis) / msPerDay, nil
}

// fromOADate is DateTime.FromOADate: rounded to the millisecond, Kind
// Unspecified.
func fromOADate(d float64) (time.Time, error) {
	bad := argException("", "Not a legal OleAut date.")
	if d >= 2958466 || d <= -657435 {
		return time.Time{}, bad
	}
	half := 0.5
	if d < 0 {
		half = -0.5
	}
	millis := int64(d*msPerDay + half)
	if millis < 0 {
		millis -= (millis % msPerDay) * 2
	}
	millis += oaEpochTicks / ticksPerMilli
	if millis < 0 || millis >= maxMillis {
		return time.Time{}, bad
	}
	return dotnet.Unspecified(dotnet.DateFromTicks(millis * ticksPerMilli)), nil
}
