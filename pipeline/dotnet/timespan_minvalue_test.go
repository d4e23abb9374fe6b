package dotnet

import (
	"math"
	"testing"

	"cspsh/pipeline/object"
)

// TimeSpan.MinValue's magnitude does not fit in an Int64; .NET still
// prints it (System.TimeSpan.MinValue: -10675199.02:48:05.4775808).
func TestFormatTimeSpanExtremes(t *testing.T) {
	tests := []struct {
		ts     object.TimeSpan
		format string
		want   string
	}{
		{object.TimeSpan(math.MinInt64), "c", "-10675199.02:48:05.4775808"},
		{object.TimeSpan(math.MaxInt64), "c", "10675199.02:48:05.4775807"},
		{object.TimeSpan(math.MinInt64), "G", "-10675199:02:48:05.4775808"},
		{object.TimeSpan(-36000000000), "c", "-01:00:00"},
	}
	for _, tt := range tests {
		got, err := FormatTimeSpan(tt.ts, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("FormatTimeSpan(%d, %q) = %q, %v; want %q", int64(tt.ts), tt.format, got, err, tt.want)
		}
	}
	if got := FormatTimeSpanConstant(object.TimeSpan(math.MinInt64)); got != "-10675199.02:48:05.4775808" {
		t.Errorf("FormatTimeSpanConstant(MinValue) = %q", got)
	}
}
