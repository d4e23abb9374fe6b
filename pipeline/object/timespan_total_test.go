package object

import "testing"

// TestTimeSpanTotal: the Total* values of ConvertTo-Json Example 3's
// TimeOfDay (723762218083 ticks) as the 5.1 page prints them with "R".
func TestTimeSpanTotal(t *testing.T) {
	ts := TimeSpan(723762218083)
	tests := []struct {
		unit TimeSpan
		want float64
	}{
		{TicksPerDay, 0.83768775241087956},
		{TicksPerHour, 20.104506057861109},
		{TicksPerMinute, 1206.2703634716668},
		{TicksPerSecond, 72376.22180829999},
		{TicksPerMillisecond, 72376221.8083},
	}
	for _, tt := range tests {
		if got := ts.Total(tt.unit); got != tt.want {
			t.Errorf("unit %d: got %v want %v", tt.unit, got, tt.want)
		}
	}
}
