package dotnet

import (
	"strings"
	"time"
)

// invariantDateStandard returns the invariant culture's pattern for a
// standard date format letter where it differs from en-US (two-digit
// month and day, 24-hour time, year before month name).
func invariantDateStandard(c byte) (string, bool) {
	switch c {
	case 'd':
		return "MM/dd/yyyy", true
	case 'D':
		return "dddd, dd MMMM yyyy", true
	case 'f':
		return "dddd, dd MMMM yyyy HH:mm", true
	case 'F', 'U':
		return "dddd, dd MMMM yyyy HH:mm:ss", true
	case 'g':
		return "MM/dd/yyyy HH:mm", true
	case 'G':
		return "MM/dd/yyyy HH:mm:ss", true
	case 'm', 'M':
		return "MMMM dd", true
	case 't':
		return "HH:mm", true
	case 'T':
		return "HH:mm:ss", true
	case 'y', 'Y':
		return "yyyy MMMM", true
	}
	return "", false
}

// FormatValueInvariant is FormatValue with CultureInfo.InvariantCulture
// as the format provider (x.ToString(format,
// [cultureinfo]::InvariantCulture)): the invariant date patterns and the
// generic currency sign ¤; numbers otherwise format as in en-US.
func FormatValueInvariant(v any, format string) (string, error) {
	if t, ok := v.(time.Time); ok {
		if format == "" {
			format = "G"
		}
		if len(format) == 1 {
			if p, ok := invariantDateStandard(format[0]); ok {
				if format[0] == 'U' {
					t = t.UTC()
				}
				return formatDateCustom(t, p), nil
			}
		}
		return formatDateErr(t, format)
	}
	s, err := FormatValue(v, format)
	if err != nil {
		return "", err
	}
	if _, isNum := toNumber(v); isNum && format != "" && (format[0] == 'C' || format[0] == 'c') {
		s = strings.Replace(s, "$", "¤", 1)
	}
	return s, nil
}
