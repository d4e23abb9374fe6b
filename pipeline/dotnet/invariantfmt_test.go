package dotnet

import (
	"testing"
	"time"
)

func TestFormatValueInvariant(t *testing.T) {
	d := time.Date(2020, 1, 2, 13, 4, 5, 0, time.Local)
	cases := []struct {
		v      any
		format string
		want   string
	}{
		{d, "d", "01/02/2020"},
		{d, "D", "Thursday, 02 January 2020"},
		{d, "G", "01/02/2020 13:04:05"},
		{d, "t", "13:04"},
		{d, "M", "January 02"},
		{d, "Y", "2020 January"},
		{d, "yyyy-MM-dd", "2020-01-02"},
		{int32(5), "C", "¤5.00"},
		{-1234.5, "C", "(¤1,234.50)"},
		{1234.5, "N1", "1,234.5"},
	}
	for _, c := range cases {
		got, err := FormatValueInvariant(c.v, c.format)
		if err != nil || got != c.want {
			t.Errorf("FormatValueInvariant(%v, %q) = %q, %v; want %q", c.v, c.format, got, err, c.want)
		}
	}
}
