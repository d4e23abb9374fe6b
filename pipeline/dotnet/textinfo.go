package dotnet

import (
	"strconv"
	"strings"
	"unicode"

	"cspsh/pipeline/object"
)

// textInfo builds en-US's TextInfo: its properties and the casing
// methods scripts call on it ((Get-Culture).TextInfo.ToTitleCase(...)).
func textInfo() *object.PSObject {
	o := infoObject("System.Globalization.TextInfo", "TextInfo - en-US", map[string]any{
		"ANSICodePage": int32(1252), "OEMCodePage": int32(437), "MacCodePage": int32(10000), "EBCDICCodePage": int32(37),
		"LCID": int32(1033), "CultureName": "en-US", "IsReadOnly": false, "ListSeparator": ",", "IsRightToLeft": false,
	}, "ANSICodePage", "OEMCodePage", "MacCodePage", "EBCDICCodePage", "LCID", "CultureName", "IsReadOnly", "ListSeparator", "IsRightToLeft")
	method := func(name string, f func(string) string) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, &object.Exception{Type: "System.Management.Automation.MethodException",
					Message: "Cannot find an overload for \"" + name + "\" and the argument count: \"" + strconv.Itoa(len(args)) + "\"."}
			}
			if c, ok := args[0].(object.Char); ok && name != "ToTitleCase" {
				return object.Char([]rune(f(string(rune(c))))[0]), nil
			}
			if args[0] == nil {
				return nil, &object.Exception{Type: "System.ArgumentNullException", Message: "Value cannot be null.\r\nParameter name: str"}
			}
			return f(ToString(args[0])), nil
		}})
	}
	method("ToTitleCase", ToTitleCase)
	method("ToUpper", strings.ToUpper)
	method("ToLower", strings.ToLower)
	return o
}

// ToTitleCase is TextInfo.ToTitleCase: each word's first letter is
// upper-cased and the rest of the word lower-cased, except that a word
// with no lower-case letter (an acronym such as "US" or "UNICEF") keeps
// its case. Words are runs of letters, digits and apostrophes between
// separators (white space, punctuation, symbols).
func ToTitleCase(s string) string {
	r := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(r); {
		if !unicode.IsLetter(r[i]) {
			b.WriteRune(r[i])
			i++
			continue
		}
		b.WriteRune(unicode.ToTitle(r[i]))
		hasLower := unicode.IsLower(r[i])
		i++
		start := i
		for i < len(r) && !titleSeparator(r[i]) {
			if unicode.IsLower(r[i]) {
				hasLower = true
			}
			i++
		}
		rest := string(r[start:i])
		if hasLower {
			rest = strings.ToLower(rest)
		}
		b.WriteString(rest)
	}
	return b.String()
}

// titleSeparator reports whether r ends a word for ToTitleCase: letters,
// digits, marks and the apostrophe continue it.
func titleSeparator(r rune) bool {
	if r == '\'' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return false
	}
	return true
}
