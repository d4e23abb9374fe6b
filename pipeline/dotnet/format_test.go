package dotnet

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// Expected texts from the .NET docs "Standard numeric format strings",
// "Custom numeric format strings", "Standard/Custom date and time format
// strings" (en-US examples) and "Composite formatting".
func TestFormatValueNumbers(t *testing.T) {
	tenth, fifth := 0.1, 0.2 // run-time sum, not an exact constant
	tests := []struct {
		v      any
		format string
		want   string
	}{
		{1234.5678, "N2", "1,234.57"},
		{int32(1234567), "N0", "1,234,567"},
		{-1234.567, "N1", "-1,234.6"},
		{int32(1234), "D", "1234"},
		{int32(-1234), "D6", "-001234"},
		{int32(255), "X", "FF"},
		{int32(255), "x4", "00ff"},
		{int32(-1), "X", "FFFFFFFF"},
		{1234.567, "F2", "1234.57"},
		{int32(1234), "F1", "1234.0"},
		{-1898300.1987, "F1", "-1898300.2"},
		{123.456, "C", "$123.46"},
		{-123.456, "C", "($123.46)"},
		{0.2468013, "P", "24.68 %"},
		{1052.0329112756, "E", "1.052033E+003"},
		{-1052.0329112756, "e2", "-1.05e+003"},
		{12345.6789, "G", "12345.6789"},
		{12345.6789, "G4", "1.235E+04"},
		{0.0000023, "G", "2.3E-06"},
		{2.675, "F2", "2.68"},
		{0.5, "F0", "1"},
		{1.5, "F0", "2"},
		{2.5, "F0", "3"},
		{123.0, "00000", "00123"},
		{1.2, "0.00", "1.20"},
		{0.086, "#0.##%", "8.6%"},
		{1234567890.0, "#,#", "1,234,567,890"},
		{1234567890.0, "#,##0,,", "1,235"},
		{0.45678, "0.00", "0.46"},
		{1234.5678, "#,##0.00", "1,234.57"},
		{0.5, "#.##", ".5"},
		{int64(5551234567), "(###) ###-####", "(555) 123-4567"},
		{-1.5, "0.0;(0.0)", "(1.5)"},
		{0.0, "0.0;(0.0);zero", "zero"},
		{86000.0, "0.###E+0", "8.6E+4"},
		{int32(42), "000", "042"},
		{tenth + fifth, "R", "0.30000000000000004"},
		{0.1, "R", "0.1"},
		{tenth + fifth, "G17", "0.30000000000000004"},
		{DecimalFromInt64(5), "N2", "5.00"},
		{"text", "N2", "text"},
		// .NET "Custom numeric format strings" examples
		{1234.5678, "00000.00", "01234.57"},
		{1234567.89, "#,#", "1,234,568"},
		{0.3697, "%#0.00", "%36.97"},
		{1503.92311, "0.0##e+00", "1.504e+03"},
		{1503.92311, "0.0###E+0", "1.5039E+3"},
		{1503.92311, "0.###E-000", "1.504E003"},
		{int32(123456), "[##-##-##]", "[12-34-56]"},
		{int32(1234567890), "#", "1234567890"},
		{0.6, "0", "1"},
		{1234.5, "##;(##)", "1235"},
		{-1234.0, "##;(##)", "(1234)"},
		{0.0, "##;(##);**Zero**", "**Zero**"},
		{1.2, "#.##", "1.2"},
		{int32(-1234567), "#,##0", "-1,234,567"},
		{int32(5), "0 items", "5 items"},
		{123.45, `\##.#\#`, "#123.5#"},
		{123.45, "'#'0.0", "#123.5"},
	}
	for _, tt := range tests {
		got, err := FormatValue(tt.v, tt.format)
		if err != nil {
			t.Errorf("FormatValue(%v, %q) error %v", tt.v, tt.format, err)
			continue
		}
		if got != tt.want {
			t.Errorf("FormatValue(%v, %q) = %q, want %q", tt.v, tt.format, got, tt.want)
		}
	}
	if _, err := FormatValue(1.5, "D"); err == nil {
		t.Error("D on a Double must fail")
	}
}

func TestFormatValueDates(t *testing.T) {
	d := time.Date(2009, 6, 15, 13, 45, 30, 617_000_000, time.UTC)
	tests := []struct{ format, want string }{
		{"d", "6/15/2009"},
		{"D", "Monday, June 15, 2009"},
		{"f", "Monday, June 15, 2009 1:45 PM"},
		{"F", "Monday, June 15, 2009 1:45:30 PM"},
		{"g", "6/15/2009 1:45 PM"},
		{"G", "6/15/2009 1:45:30 PM"},
		{"M", "June 15"},
		{"o", "2009-06-15T13:45:30.6170000Z"},
		{"r", "Mon, 15 Jun 2009 13:45:30 GMT"},
		{"s", "2009-06-15T13:45:30"},
		{"t", "1:45 PM"},
		{"T", "1:45:30 PM"},
		{"u", "2009-06-15 13:45:30Z"},
		{"Y", "June 2009"},
		{"yyyy-MM-dd HH:mm", "2009-06-15 13:45"},
		{"MMM-dd-yy", "Jun-15-09"},
		{"dddd", "Monday"},
		{"ddd d MMM", "Mon 15 Jun"},
		{"hh:mm tt", "01:45 PM"},
		{"h:m:s t", "1:45:30 P"},
		{"fff", "617"},
		{"FFFF", "617"},
		{"ss.FFF", "30.617"},
		{"%K", "Z"},
		{"yyyyMMddTHHmmssffff", "20090615T1345306170"},
		{"'Year:' yyyy", "Year: 2009"},
		{"%d", "15"},
	}
	for _, tt := range tests {
		got, err := FormatValue(d, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("FormatValue(date, %q) = %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
	midnight := time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local)
	if got := FormatDateShort(midnight); got != "7/1/2015 12:00:00 AM" {
		t.Errorf("FormatDateShort = %q", got)
	}
	if got := FormatDateDefault(midnight); got != "Wednesday, July 1, 2015 12:00:00 AM" {
		t.Errorf("FormatDateDefault = %q", got)
	}
	z := time.Date(2009, 6, 15, 13, 45, 30, 0, time.UTC)
	if got, _ := FormatValue(z, "ss.FFF"); got != "30" {
		t.Errorf("ss.FFF with zero fraction = %q", got)
	}
}

func TestFormatTimeSpan(t *testing.T) {
	ts := object.TimeSpan(3*object.TicksPerDay + 17*object.TicksPerHour + 25*object.TicksPerMinute + 30*object.TicksPerSecond + 5000000)
	tests := []struct{ format, want string }{
		{"c", "3.17:25:30.5000000"},
		{"g", "3:17:25:30.5"},
		{"G", "3:17:25:30.5000000"},
		{`hh\:mm`, "17:25"},
		{`dd\.hh\:mm\:ss`, "03.17:25:30"},
		{"%d", "3"},
	}
	for _, tt := range tests {
		got, err := FormatValue(ts, tt.format)
		if err != nil || got != tt.want {
			t.Errorf("FormatValue(ts, %q) = %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatValue(ts, "hh:mm"); err == nil {
		t.Error("unescaped ':' in a TimeSpan format must fail")
	}
}

func TestFormatOperator(t *testing.T) {
	bill := 33.33
	tests := []struct {
		format string
		args   []any
		want   string
	}{
		{"{0} {1}", []any{"a", int32(2)}, "a 2"},
		{"[{0,5}]", []any{int32(42)}, "[   42]"},
		{"[{0,-5}]", []any{int32(42)}, "[42   ]"},
		{"{0:N2}", []any{1234.5}, "1,234.50"},
		{"{{x}} {0}", []any{1}, "{x} 1"},
		{"{0:yyyy-MM-dd}", []any{time.Date(2020, 1, 2, 0, 0, 0, 0, time.Local)}, "2020-01-02"},
		{"{0}", []any{time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local)}, "7/1/2015 12:00:00 AM"},
		{"{0}", []any{nil}, ""},
		// StringOps.FormatOperator hands the arguments to String.Format:
		// an array argument is its ToString(), a type its full name.
		{"{0}", []any{[]any{int32(1), int32(2)}}, "System.Object[]"},
		{"{0}", []any{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}}, "System.Int32"},
		{"{0:P1}", []any{0.5}, "50.0 %"},
		{"{0,8:F2}|", []any{3.14159}, "    3.14|"},
		// Windows PowerShell 5.1 transcripts (en-US)
		{"N0 {0:N0} formatted", []any{12345678.119}, "N0 12,345,678 formatted"},
		{"N2 {0:N9} formatted", []any{12345678.119}, "N2 12,345,678.119000000 formatted"},
		{"N0 {0,8:N0} formatted", []any{123.119}, "N0      123 formatted"},
		{"C0 {0:C0} formatted", []any{12345678.1234}, "C0 $12,345,678 formatted"},
		{"C1 {0:C1} formatted", []any{12345678.1234}, "C1 $12,345,678.1 formatted"},
		{"P0 {0:P0} formatted", []any{0.1234}, "P0 12 % formatted"},
		{"X0 0x{0:X0} formatted", []any{int32(1234)}, "X0 0x4D2 formatted"},
		{"D8 {0:D8} formatted", []any{int32(123)}, "D8 00000123 formatted"},
		{"D0 {0,8:D0} formatted", []any{int32(123)}, "D0      123 formatted"},
		{"There are {0:#,#0} items.", []any{int32(1234)}, "There are 1,234 items."},
		{"= {0,25:$ #,##0.0000} ", []any{123456789.012000005}, "=        $ 123,456,789.0120 "},
		{"= {0,25:$ #,##0.00} ", []any{123456789.012000005}, "=          $ 123,456,789.01 "},
		{"= {0,10:#,##0%} ", []any{0.125}, "=        13% "},
		{"= {0,10:#,##0.00%} ", []any{0.125}, "=     12.50% "},
		{"{0:0.00} dollars", []any{bill * 0.20}, "6.67 dollars"},
	}
	for _, tt := range tests {
		got, err := FormatOperator(tt.format, tt.args)
		if err != nil || got != tt.want {
			t.Errorf("FormatOperator(%q) = %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
	_, err := FormatOperator("{1}", []any{"a"})
	if err == nil || err.Error() != "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.." {
		t.Errorf("index error = %v", err)
	}
	_, err = FormatOperator("D0 {0:D0} formatted", []any{123.1})
	if err == nil || err.Error() != "Error formatting a string: Format specifier was invalid.." {
		t.Errorf("D on a Double = %v", err)
	}
	_, err = FormatOperator("{0", []any{"a"})
	if err == nil || err.Error() != "Error formatting a string: Input string was not in a correct format.." {
		t.Errorf("format error = %v", err)
	}
}
