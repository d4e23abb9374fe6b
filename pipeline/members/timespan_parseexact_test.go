package members

import (
	"testing"

	"cspsh/pipeline/object"
)

// Custom TimeSpan formats from .NET's "Custom TimeSpan format strings".
func TestParseTimeSpanExact(t *testing.T) {
	const sec = int64(object.TicksPerSecond)
	tests := []struct {
		in, format string
		want       int64
		errType    string // "" for success
	}{
		{"01:02", `hh\:mm`, 62 * 60 * sec, ""},
		{"3.04:05:06", `d\.hh\:mm\:ss`, ((3*24+4)*3600 + 5*60 + 6) * sec, ""},
		{"12h30m", `h'h'm'm'`, (12*3600 + 30*60) * sec, ""},
		{"5", "%h", 5 * 3600 * sec, ""},
		{"00:00:01.25", `hh\:mm\:ss\.ff`, sec + sec/4, ""},
		{"00:00:01.5", `hh\:mm\:ss\.FFF`, sec + sec/2, ""},
		{"1:2", `hh\:mm`, 0, "System.FormatException"},
		{"01:02x", `hh\:mm`, 0, "System.FormatException"},
		{"25:00", `hh\:mm`, 0, "System.OverflowException"},
		{"01:02", "hh:mm", 0, "System.FormatException"}, // unescaped ':' is not a specifier
		{"1", "hhh", 0, "System.FormatException"},
	}
	for _, tt := range tests {
		got, err := parseTimeSpanExact(tt.in, tt.format)
		if tt.errType != "" {
			ex, ok := err.(*object.Exception)
			if !ok || ex.Type != tt.errType {
				t.Errorf("parseTimeSpanExact(%q, %q) error = %v; want %s", tt.in, tt.format, err, tt.errType)
			}
			continue
		}
		if err != nil || int64(got) != tt.want {
			t.Errorf("parseTimeSpanExact(%q, %q) = %d, %v; want %d", tt.in, tt.format, got, err, tt.want)
		}
	}
}
