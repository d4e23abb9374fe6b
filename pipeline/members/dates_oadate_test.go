package members

import (
	"testing"

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
