package dotnet

import "testing"

// Format strings and dates come from users; none may panic.

func FuzzFormatOperator(f *testing.F) {
	for _, s := range []string{"{0}", "{0,-5:N2}", "{{}}", "{0:#,##0.00;(#);zero}", "{1}", "{0:yyyy-MM-dd}", "{", "}", "{0:E+0}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		_, _ = FormatOperator(format, []any{1234.5, int32(-7), "s"})
	})
}

func FuzzFormatValue(f *testing.F) {
	for _, s := range []string{"N2", "0.00", "#,#", "E", "X8", "G17", "0.###E+000", "%", "‰", "\\", "'", ";;", "dddd", "fffffff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		_, _ = FormatValue(-1234.5678, format)
		_, _ = FormatValue(int64(-9), format)
		_, _ = FormatValue(DecimalFromInt64(3), format)
		_, _ = FormatValue(DateFromTicks(635713056000000000), format)
		_, _ = FormatTimeSpan(123456789, format)
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"7/1/2015", "2020-03-01T10:00:00Z", "1 Jan 1970", "0x10", "1e3", "1.02:03:04", "10:30 PM", "+-", "9999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseDateTime(s)
		_, _ = ParseTimeSpan(s)
		_, _ = ParseDecimal(s)
		_, _ = ParseDouble(s)
		_, _ = ParseVersion(s)
		_, _ = ParseGuid(s)
		_, _ = ParseXML(s)
		if doc, err := ParseXML("<a x='1'><b>t</b><b/></a>"); err == nil {
			_, _ = doc.Member("SelectNodes").Call([]any{s})
		}
		_, _ = ParseURI(s)
		_, _ = ParseExact(s, "yyyy-MM-dd HH:mm")
		_, _ = ResolveType(s)
		for _, ty := range []string{"int", "double", "decimal", "char", "datetime", "System.DayOfWeek", "byte[]", "bool"} {
			_, _ = Convert(s, ty)
		}
	})
}

func FuzzConvertNumbers(f *testing.F) {
	f.Add(int64(5), 2.5, uint64(18446744073709551615))
	f.Fuzz(func(t *testing.T, i int64, d float64, u uint64) {
		for _, ty := range []string{"int", "long", "byte", "sbyte", "uint64", "double", "single", "decimal", "bigint", "char", "datetime", "timespan", "string", "bool", "System.DayOfWeek", "System.IO.FileAttributes", "version", "int[]"} {
			_, _ = Convert(i, ty)
			_, _ = Convert(d, ty)
			_, _ = Convert(u, ty)
		}
	})
}
