package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Method arguments arrive as PowerShell values; these convert them to
// the parameter types of the .NET method, with LanguagePrimitives'
// rules (so "3" works where an int is expected).

func argInt(v any) (int, error) {
	if i, ok := v.(int32); ok {
		return int(i), nil
	}
	c, err := dotnet.Convert(v, "System.Int32")
	if err != nil {
		return 0, err
	}
	return int(c.(int32)), nil
}

func argInt64(v any) (int64, error) {
	c, err := dotnet.Convert(v, "System.Int64")
	if err != nil {
		return 0, err
	}
	return c.(int64), nil
}

func argFloat(v any) (float64, error) {
	if f, ok := v.(float64); ok {
		return f, nil
	}
	c, err := dotnet.Convert(v, "System.Double")
	if err != nil {
		return 0, err
	}
	return c.(float64), nil
}

func argString(v any) string {
	switch s := v.(type) {
	case string:
		return s
	case nil, object.AutomationNull:
		return ""
	}
	return dotnet.ToString(v)
}

func argBool(v any) bool { return dotnet.ToBool(v) }

// argChar converts to System.Char (a one-character string or a number).
func argChar(v any) (rune, error) {
	if c, ok := v.(object.Char); ok {
		return rune(c), nil
	}
	c, err := dotnet.Convert(v, "System.Char")
	if err != nil {
		return 0, err
	}
	return rune(c.(object.Char)), nil
}

// argChars converts a char or char[] argument (Trim, Split, IndexOfAny).
func argChars(v any) ([]rune, error) {
	if items, ok := dotnet.Enumerate(v); ok {
		out := make([]rune, 0, len(items))
		for _, e := range items {
			r, err := argChar(e)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		return out, nil
	}
	r, err := argChar(v)
	if err != nil {
		return nil, err
	}
	return []rune{r}, nil
}

// formatArg picks the format string of a ToString overload; a lone
// IFormatProvider (a culture object) means the default format.
func formatArg(args []any) (string, bool) {
	if len(args) == 0 || len(args) > 2 {
		return "", false
	}
	switch a := args[0].(type) {
	case string:
		return a, true
	case []any, *object.List:
		// A collection cannot be an IFormatProvider, so the string
		// overload wins and the array converts as "$a" does
		// (about_Type_Conversion: ToString(@(1, 2)) formats with "1 2").
		return dotnet.ToString(a), true
	}
	return "", false
}
