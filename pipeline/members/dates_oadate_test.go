package members

import (
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
)

// The examples in DateTime.ToOADate's remarks, both ways.
func TestOADate(t *testing.T) {
	tests := []struct {
		date string
		oa   float64
	}{
		{"1899-12-30", 0},
		{"1899-12-31", 1.0},
		{"1900-01-01 06:00", 2.25},
		{"1899-12-29", -1.0},
		{"1899-12-29 06:00", -1.25},
		{"2020-05-17 12:00", 43968.5},
	}
	for _, tt := range tests {
		d, err := dotnet.ParseDateTime(tt.date)
		if err != nil {
			t.Fatalf("ParseDateTime(%q): %v", tt.date, err)
		}
		got, err := toOADate(d)
		if err != nil || got != tt.oa {
			t.Errorf("toOADate(%s) = %v, %v; want %v", tt.date, got, err, tt.oa)
		}
		back, err := fromOADate(tt.oa)
		if err != nil || dotnet.DateTicks(back) != dotnet.DateTicks(d) {
			t.Errorf("fromOADate(%v) = %v, %v; want %s", tt.oa, back, err, tt.date)
		}
	}
	if _, err := fromOADate(2958466); err == nil {
		t.Errorf("fromOADate(2958466): want an error")
	}
	if _, err := toOADate(dotnet.DateFromTicks(1000000000000000)); err == nil {
		t.Errorf("toOADate before 0100-01-01: want an error")
	}
}

// ToBinary keeps the Kind in the top bits; FromBinary restores value and Kind.
func TestDateBinary(t *testing.T) {
	d, err := dotnet.ParseDateTime("2020-05-17 13:14:15")
	if err != nil {
		t.Fatal(err)
	}
	ticks := dotnet.DateTicks(d)
	utc := time.Date(2020, 5, 17, 13, 14, 15, 0, time.UTC)
	tests := []struct {
		name string
		in   time.Time
		want int64
	}{
		{"unspecified", d, ticks},
		{"utc", utc, ticks | 1<<62},
	}
	for _, tt := range tests {
		got := toBinary(tt.in)
		if got != tt.want {
			t.Errorf("%s: toBinary = %d; want %d", tt.name, got, tt.want)
		}
		back, err := fromBinary(got)
		if err != nil || dotnet.DateTicks(back) != ticks || back.Location() != tt.in.Location() && tt.name == "utc" {
			t.Errorf("%s: fromBinary(%d) = %v, %v", tt.name, got, back, err)
		}
	}
	local := utc.Local()
	back, err := fromBinary(toBinary(local))
	if err != nil || !back.Equal(local) || back.Location() != time.Local {
		t.Errorf("local round trip: %v, %v; want %v", back, err, local)
	}
}
