package dotnet

import (
	"testing"
	"time"
)

// Inputs from the PowerShell docs and tests (Get-Date.Tests.ps1,
// about_Switch, about_Comparison_Operators); results as DateTime.Parse
// with the invariant culture gives them.
func TestParseDateTime(t *testing.T) {
	Now = func() time.Time { return time.Date(2024, 3, 10, 8, 0, 0, 0, time.Local) }
	defer func() { Now = time.Now }()
	tests := []struct {
		in   string
		want string // yyyy-MM-dd HH:mm:ss.fffffff
	}{
		{"7/1/2015", "2015-07-01 00:00:00.0000000"},
		{"07/01/2015", "2015-07-01 00:00:00.0000000"},
		{"7/22/2015 6:00:00 AM", "2015-07-22 06:00:00.0000000"},
		{"7/22/2015 6:00 PM", "2015-07-22 18:00:00.0000000"},
		{"1/10/2020", "2020-01-10 00:00:00.0000000"},
		{"2020-03-01", "2020-03-01 00:00:00.0000000"},
		{"2001-11-12", "2001-11-12 00:00:00.0000000"},
		{"1 Jan 1970", "1970-01-01 00:00:00.0000000"},
		{"Jan 1, 2020", "2020-01-01 00:00:00.0000000"},
		{"January 1, 2020", "2020-01-01 00:00:00.0000000"},
		{"25-Dec-2021", "2021-12-25 00:00:00.0000000"},
		{"1/1/2022", "2022-01-01 00:00:00.0000000"},
		{"0030-01-01T01:02:03.0004", "0030-01-01 01:02:03.0004000"},
		{"0030-01-01T00:00:00", "0030-01-01 00:00:00.0000000"},
		{"2015-07-01T12:30:45", "2015-07-01 12:30:45.0000000"},
		{"2015-07-01 12:30", "2015-07-01 12:30:00.0000000"},
		{"Wednesday, July 1, 2015 12:00:00 AM", "2015-07-01 00:00:00.0000000"},
		{"12:00:00 PM", "2024-03-10 12:00:00.0000000"},
		{"10:30", "2024-03-10 10:30:00.0000000"},
		{"2015/07/01", "2015-07-01 00:00:00.0000000"},
		{"1/1/99", "1999-01-01 00:00:00.0000000"},
		{"1/1/29", "2029-01-01 00:00:00.0000000"},
		{"  7/1/2015  ", "2015-07-01 00:00:00.0000000"},
	}
	for _, tt := range tests {
		got, err := ParseDateTime(tt.in)
		if err != nil {
			t.Errorf("ParseDateTime(%q) error %v", tt.in, err)
			continue
		}
		if s := FormatDate(got, "yyyy-MM-dd HH:mm:ss.fffffff"); s != tt.want {
			t.Errorf("ParseDateTime(%q) = %s, want %s", tt.in, s, tt.want)
		}
	}
	for _, bad := range []string{"x", "", "13/1/2015", "2/30/2020", "7/1/2015 25:00", "hello world", "1"} {
		if _, err := ParseDateTime(bad); err == nil || err.Error() != "String was not recognized as a valid DateTime." {
			t.Errorf("ParseDateTime(%q) err = %v", bad, err)
		}
	}
	// A "Z" time is converted to local time.
	z, err := ParseDateTime("2020-01-01T00:00:00Z")
	if err != nil || !z.Equal(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Z = %v, %v", z, err)
	}
	off, err := ParseDateTime("2020-01-01T02:00:00+02:00")
	if err != nil || !off.Equal(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("offset = %v, %v", off, err)
	}
}

func TestDayOfWeek1970(t *testing.T) {
	d, _ := ParseDateTime("1 Jan 1970")
	if d.Weekday() != time.Thursday {
		t.Errorf("1 Jan 1970 is a %v", d.Weekday())
	}
}

func TestParseTimeSpan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.02:03:04", "1.02:03:04"},
		{"00:30", "00:30:00"},
		{"5", "5.00:00:00"},
		{"-1:00:00", "-01:00:00"},
		{"1:2:3", "01:02:03"},
		{"10:20:30.5", "10:20:30.5000000"},
		{"1:02:03:04", "1.02:03:04"},
	}
	for _, tt := range tests {
		ts, err := ParseTimeSpan(tt.in)
		if err != nil || FormatTimeSpanConstant(ts) != tt.want {
			t.Errorf("ParseTimeSpan(%q) = %v, %v; want %s", tt.in, FormatTimeSpanConstant(ts), err, tt.want)
		}
	}
	for _, bad := range []string{"x", "", "1:x"} {
		if _, err := ParseTimeSpan(bad); err == nil || err.Error() != "String was not recognized as a valid TimeSpan." {
			t.Errorf("ParseTimeSpan(%q) err = %v", bad, err)
		}
	}
}

func TestTicks(t *testing.T) {
	d := time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local)
	// 635713056000000000 is [datetime]'2015-07-01' .Ticks in .NET.
	if got := DateTicks(d); got != 635713056000000000 {
		t.Errorf("Ticks = %d", got)
	}
	if back := DateFromTicks(635713056000000000); !back.Equal(d) {
		t.Errorf("DateFromTicks = %v", back)
	}
}
