package format

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// valueFormat is x.ToString(format) for the values a FormatString
// column meets.
func valueFormat(v any, f string) (string, error) {
	switch t := v.(type) {
	case time.Time:
		return dotnet.FormatDate(t, f), nil
	case object.TimeSpan:
		return dotnet.FormatTimeSpan(t, f)
	}
	return formatNumber(v, f)
}

// compositeFormat is String.Format(format, v) with one argument.
func compositeFormat(f string, v any) (string, error) {
	if strings.Contains(f, "{0}") && !strings.Contains(f, "{0:") && !strings.Contains(f, "{0,") {
		return strings.ReplaceAll(f, "{0}", toString(v)), nil
	}
	i := strings.Index(f, "{0:")
	j := strings.Index(f[max(i, 0):], "}")
	if i < 0 || j < 0 {
		return "", object.NewException("System.FormatException", "Input string was not in a correct format.")
	}
	inner, err := valueFormat(v, f[i+3:i+j])
	if err != nil {
		return "", err
	}
	return f[:i] + inner + f[i+j+1:], nil
}

// formatNumber formats a number with a .NET format string.
// TODO(format): switch to dotnet.FormatValue once the dotnet package
// exports it; until then numbers keep their default text.
func formatNumber(v any, f string) (string, error) {
	return toString(v), nil
}
