package dotnet

import (
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// compositeError wraps a FormatException as the -f operator reports it
// (ParserStrings.FormatError: "Error formatting a string: {0}.").
func compositeError(inner *object.Exception) *object.Exception {
	e := object.NewException("System.Management.Automation.RuntimeException", "Error formatting a string: %s.", inner.Message)
	e.Inner = inner
	e.Props = map[string]any{"ErrorId": "FormatError", "Category": "InvalidOperation"}
	return e
}

func badComposite() *object.Exception {
	return object.NewException("System.FormatException", "Input string was not in a correct format.")
}

func badIndex() *object.Exception {
	return object.NewException("System.FormatException", "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.")
}

// FormatOperator is the -f operator: .NET composite formatting
// ("{0} {1,-10} {2:N2} {{x}}") in the current (en-US) culture, each
// argument converted as PowerShell does.
func FormatOperator(format string, args []any) (string, error) {
	s, err := formatComposite(format, args)
	if e, ok := err.(*object.Exception); ok && e.Props["ErrorId"] == "FormatError" {
		e.Thrown = format // the record's TargetObject is the format string
	}
	return s, err
}

// formatComposite does the work of FormatOperator.
func formatComposite(format string, args []any) (string, error) {
	var b strings.Builder
	n := len(format)
	for i := 0; i < n; i++ {
		c := format[i]
		switch c {
		case '}':
			if i+1 < n && format[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", compositeError(badComposite())
		case '{':
			if i+1 < n && format[i+1] == '{' {
				b.WriteByte('{')
				i++
				continue
			}
			j := i + 1
			// index
			start := j
			for j < n && format[j] >= '0' && format[j] <= '9' {
				j++
			}
			if j == start {
				return "", compositeError(badComposite())
			}
			idx, err := strconv.Atoi(format[start:j])
			if err != nil || idx >= 1000000 {
				return "", compositeError(badComposite())
			}
			for j < n && format[j] == ' ' {
				j++
			}
			width := 0
			left := false
			if j < n && format[j] == ',' {
				j++
				for j < n && format[j] == ' ' {
					j++
				}
				if j < n && format[j] == '-' {
					left = true
					j++
				}
				ws := j
				for j < n && format[j] >= '0' && format[j] <= '9' {
					j++
				}
				if j == ws {
					return "", compositeError(badComposite())
				}
				width, _ = strconv.Atoi(format[ws:j])
				for j < n && format[j] == ' ' {
					j++
				}
			}
			spec := ""
			if j < n && format[j] == ':' {
				j++
				var sb strings.Builder
				for j < n {
					if format[j] == '}' {
						if j+1 < n && format[j+1] == '}' {
							sb.WriteByte('}')
							j += 2
							continue
						}
						break
					}
					if format[j] == '{' {
						if j+1 < n && format[j+1] == '{' {
							sb.WriteByte('{')
							j += 2
							continue
						}
						return "", compositeError(badComposite())
					}
					sb.WriteByte(format[j])
					j++
				}
				spec = sb.String()
			}
			if j >= n || format[j] != '}' {
				return "", compositeError(badComposite())
			}
			if idx >= len(args) {
				return "", compositeError(badIndex())
			}
			s, err := formatArg(args[idx], spec)
			if err != nil {
				if ex, ok := err.(*object.Exception); ok {
					return "", compositeError(ex)
				}
				return "", err
			}
			if pad := width - len([]rune(s)); pad > 0 {
				if left {
					s += strings.Repeat(" ", pad)
				} else {
					s = strings.Repeat(" ", pad) + s
				}
			}
			b.WriteString(s)
			i = j
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// formatArg converts one -f argument: with a format as
// IFormattable.ToString(format), without one as PowerShell's string
// conversion, except that dates use the current culture.
func formatArg(v any, spec string) (string, error) {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		if _, ok := o.Base.(time.Time); ok {
			// Get-Date's date, wrapped with its DisplayHint note, formats
			// as the date ("{0}" -f (Get-Date) uses the current culture).
			v = o.Base
		}
	}
	if spec != "" {
		return FormatValue(v, spec)
	}
	switch x := v.(type) {
	case time.Time:
		return FormatDateShort(x), nil
	case *object.TypeValue:
		// String.Format calls Type.ToString(): the full name, not
		// PowerShell's [int] spelling ("$([int])" is "int").
		return x.FullName, nil
	case []any, *object.List, *object.Hashtable, *object.MDArray:
		// A collection argument is its .NET ToString(), the type name
		// ("{0}" -f ,(1,2) is System.Object[]), not joined with $OFS.
		return TypeName(x), nil
	}
	return ToString(v), nil
}
