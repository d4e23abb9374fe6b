package ops

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// ConvertTo is dotnet.Convert, except that text converted to Regex is
// parsed as the Regex constructor parses it, so [regex]'(?z)' and
// '(?z)' -as [regex] refuse what [regex]::new('(?z)') refuses, with the
// same reason.
func ConvertTo(v any, typeName string) (any, error) {
	if isRegexTypeName(typeName) && v != nil {
		if _, _, isRegex := dotnet.RegexPattern(v); !isRegex {
			pat := dotnet.ToString(v)
			if _, err := Regex(pat, 0); err != nil {
				return nil, dotnet.RegexCastError(v, regexErrorException(pat, err))
			}
		}
	}
	return dotnet.Convert(v, typeName)
}

// isRegexTypeName is a cheap test run on every cast: [regex],
// [System.Text.RegularExpressions.Regex] or [Text.RegularExpressions.Regex],
// in any case.
func isRegexTypeName(name string) bool {
	const suffix = "RegularExpressions.Regex"
	if len(name) == len("regex") {
		return strings.EqualFold(name, "regex")
	}
	return len(name) >= len(suffix) && strings.EqualFold(name[len(name)-len(suffix):], suffix)
}

// regexErrorException is the ArgumentException Regex raised for pat.
func regexErrorException(pat string, err error) *object.Exception {
	if rec, ok := err.(*object.ErrorRecord); ok && rec.Exception != nil {
		return rec.Exception
	}
	return object.NewException("System.ArgumentException", "parsing \"%s\" - %s", pat, errText(err))
}
