package members

import (
	"time"

	"cspsh/pipeline/dotnet"
)

// DateTime.ToBinary/FromBinary: the 64-bit form .NET serialises a DateTime
// in, with the Kind in the top two bits. A Local value is stored as UTC
// ticks so it can be read back in another time zone.

const (
	binKindUtc   = int64(1) << 62
	binTicksMask = binKindUtc - 1
	binCeiling   = binKindUtc // TicksCeiling: wrap-around for negative UTC ticks
	ticksPerDay  = int64(864000000000)
)

// toBinary is DateTime.ToBinary.
func toBinary(t time.Time) int64 {
	ticks := dotnet.DateTicks(t)
	switch t.Location() {
	case time.UTC:
		return ticks | binKindUtc
	case time.Local:
		_, off := t.Zone()
		ticks -= int64(off) * 10000000
		if ticks < 0 {
			ticks += binCeiling
		}
		return ticks | -1<<63
	}
	return ticks
}

// fromBinary is DateTime.FromBinary.
func fromBinary(data int64) (time.Time, error) {
	bad := argException("dateData", "The binary data must result in a DateTime value between MinValue and MaxValue.")
	ticks := data & binTicksMask
	switch {
	case data < 0: // Local: UTC ticks, shown in this machine's zone
		if ticks > binCeiling-ticksPerDay {
			ticks -= binCeiling
		}
		if ticks < 0 || ticks > maxTicks {
			return time.Time{}, bad
		}
		u := dotnet.DateFromTicks(ticks)
		u = time.Date(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond(), time.UTC)
		return u.Local(), nil
	case data&binKindUtc != 0:
		if ticks > maxTicks {
			return time.Time{}, bad
		}
		u := dotnet.DateFromTicks(ticks)
		return time.Date(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond(), time.UTC), nil
	}
	if ticks > maxTicks {
		return time.Time{}, bad
	}
	return dotnet.Unspecified(dotnet.DateFromTicks(ticks)), nil
}
