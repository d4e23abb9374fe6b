package format

import (
	"cspsh/pipeline/dotnet"
)

// valueFormat is x.ToString(format) for a FormatString column.
func valueFormat(v any, f string) (string, error) {
	return dotnet.FormatValue(v, f)
}

// compositeFormat is String.Format(format, v) with one argument.
func compositeFormat(f string, v any) (string, error) {
	return dotnet.FormatOperator(f, []any{v})
}
