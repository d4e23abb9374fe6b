package members

import (
	"strings"
	"unicode"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.String] statics.

func stringStaticGet(lname string) (any, bool, error) {
	if lname == "empty" {
		return "", true, nil
	}
	return nil, false, nil
}

// spread expands a params-array argument list: one array argument
// supplies the elements, several arguments are the elements.
func spread(args []any) []any {
	if len(args) == 1 {
		if items, ok := dotnet.Enumerate(args[0]); ok {
			return items
		}
	}
	return args
}

func stringStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "isnullorempty":
		if len(args) != 1 {
			return nil, true, overload
		}
		return args[0] == nil || argString(args[0]) == "", true, nil
	case "isnullorwhitespace":
		if len(args) != 1 {
			return nil, true, overload
		}
		return strings.TrimFunc(argString(args[0]), unicode.IsSpace) == "", true, nil
	case "join":
		if len(args) < 2 {
			return nil, true, overload
		}
		sep := argString(args[0])
		items := spread(args[1:])
		parts := make([]string, len(items))
		for i, e := range items {
			parts[i] = argString(e)
		}
		return strings.Join(parts, sep), true, nil
	case "concat":
		var b strings.Builder
		for _, e := range spread(args) {
			b.WriteString(argString(e))
		}
		return b.String(), true, nil
	case "format":
		if len(args) >= 2 && isFormatProvider(args[0]) {
			// Format(IFormatProvider, format, args…): cspsh formats in
			// en-US, which the invariant culture matches but for the
			// currency sign and the standard date patterns.
			args = args[1:]
		}
		if len(args) < 1 {
			return nil, true, overload
		}
		r, err := dotnet.FormatOperator(argString(args[0]), spread(args[1:]))
		if err != nil {
			if ex, ok := err.(*object.Exception); ok {
				return nil, true, ex
			}
			return nil, true, formatException("Input string was not in a correct format.")
		}
		return r, true, nil
	case "compare":
		r, err := stringCompare(args)
		return r, true, err
	case "compareordinal":
		r, err := compareOrdinalCall(args)
		return r, true, err
	case "equals":
		if len(args) < 2 {
			return nil, true, overload
		}
		a, b := argString(args[0]), argString(args[1])
		if len(args) == 3 && ignoreCaseArg(args[2]) {
			return strings.EqualFold(a, b), true, nil
		}
		return a == b && (args[0] == nil) == (args[1] == nil), true, nil
	case "copy":
		if len(args) != 1 {
			return nil, true, overload
		}
		return argString(args[0]), true, nil
	}
	return nil, false, nil
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// isFormatProvider reports whether v is an IFormatProvider: a CultureInfo,
// NumberFormatInfo or DateTimeFormatInfo.
func isFormatProvider(v any) bool {
	o, ok := v.(*object.PSObject)
	if !ok {
		return false
	}
	switch o.TypeName() {
	case "System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo", "System.Globalization.DateTimeFormatInfo":
		return true
	}
	return false
}
