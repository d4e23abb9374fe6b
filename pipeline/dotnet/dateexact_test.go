package dotnet

import (
	"testing"
	"time"
)

// DateTime.ParseExact examples (en-US) and Get-Date -UFormat
// (Get-Date.Tests.ps1: -uformat %y/%m/%d-%H on 0030-01-01).
func TestParseExact(t *testing.T) {
	Now = func() time.Time { return time.Date(2024, 3, 10, 8, 0, 0, 0, time.Local) }
	defer func() { Now = time.Now }()
	tests := []struct{ in, format, want string }{
		{"2020-01-01", "yyyy-MM-dd", "2020-01-01 00:00:00"},
		{"20200102", "yyyyMMdd", "2020-01-02 00:00:00"},
		{"01/02/2020 13:45", "MM/dd/yyyy HH:mm", "2020-01-02 13:45:00"},
		{"6/15/2009 1:45:30 PM", "G", "2009-06-15 13:45:30"},
		{"Mon, 15 Jun 2009 13:45:30 GMT", "r", "2009-06-15 13:45:30"},
		{"15-Jun-09", "dd-MMM-yy", "2009-06-15 00:00:00"},
		{"June 15, 2009", "MMMM d, yyyy", "2009-06-15 00:00:00"},
		{"2009-06-15T13:45:30", "s", "2009-06-15 13:45:30"},
		{"13:45", "HH:mm", "2024-03-10 13:45:00"},
		{"12:05 AM", "hh:mm tt", "2024-03-10 00:05:00"},
	}
	for _, tt := range tests {
		got, err := ParseExact(tt.in, tt.format)
		if err != nil || FormatDate(got, "yyyy-MM-dd HH:mm:ss") != tt.want {
			t.Errorf("ParseExact(%q, %q) = %v, %v; want %s", tt.in, tt.format, got, err, tt.want)
		}
	}
	for _, bad := range [][2]string{{"2020-1-1", "yyyy-MM-dd"}, {"2020-01-01x", "yyyy-MM-dd"}, {"2020-13-01", "yyyy-MM-dd"}} {
		if _, err := ParseExact(bad[0], bad[1]); err == nil {
			t.Errorf("ParseExact(%q, %q) accepted", bad[0], bad[1])
		}
	}
}

// Get-Date.Tests.ps1 expectations for -UFormat.
func TestUFormat(t *testing.T) {
	d := time.Date(30, 1, 1, 0, 0, 0, 0, time.Local)
	tests := []struct{ f, want string }{
		{"%y/%m/%d-%H", "30/01/01-00"},
		{"%a%A%b%B%c%C%d%D%e%h%H%I%j%m%M%p%r", "TueTuesdayJanJanuaryTue Jan  1 00:00:00 003000101/01/30 1Jan00120010100AM12:00:00 AM"},
		{"%S%T%u%U%V%w%W%x%X%y%Y%%", "0000:00:002012001/01/3000:00:00300030%"},
	}
	for _, tt := range tests {
		if got := FormatUFormat(d, tt.f); got != tt.want {
			t.Errorf("UFormat(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
	jan := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
	if got := FormatUFormat(jan, "%s"); got != "1577836800" {
		t.Errorf("%%s = %q", got)
	}
	if got := FormatUFormat(jan, "+%Y"); got != "2020" {
		t.Errorf("+%%Y = %q", got)
	}
}
