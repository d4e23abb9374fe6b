package object

// Total is TimeSpan.TotalDays, TotalHours, TotalMinutes, TotalSeconds or
// TotalMilliseconds for unit TicksPerDay … TicksPerMillisecond, computed
// as .NET Framework (Windows PowerShell 5.1's runtime) does: the ticks
// times the unit's precomputed reciprocal (DaysPerTick = 1.0/TicksPerDay),
// not a division. The last digits differ: 723762218083 ticks are
// 0.83768775241087956 days that way, 0.83768775241087967 by division
// (ConvertTo-Json Example 3).
func (t TimeSpan) Total(unit TimeSpan) float64 {
	f := float64(t)
	switch unit {
	case TicksPerDay:
		return f * (1.0 / float64(TicksPerDay))
	case TicksPerHour:
		return f * (1.0 / float64(TicksPerHour))
	case TicksPerMinute:
		return f * (1.0 / float64(TicksPerMinute))
	case TicksPerSecond:
		return f * (1.0 / float64(TicksPerSecond))
	case TicksPerMillisecond:
		return f * (1.0 / float64(TicksPerMillisecond))
	}
	return f / float64(unit)
}
