package members

import (
	"strings"

	"cspsh/pipeline/wildcard"
)

// wildcardStaticCall serves [WildcardPattern]::Escape(string): Windows
// PowerShell 5.1 puts a backtick before each wildcard character (*, ?,
// [ and ]) so that -like and the -Path parameters match it literally.
// (Escaping the backtick itself came in later versions.)
func wildcardStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "escape":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("pattern")
		}
		s := argString(args[0])
		var b strings.Builder
		for _, r := range s {
			switch r {
			case '*', '?', '[', ']':
				b.WriteByte('`')
			}
			b.WriteRune(r)
		}
		return b.String(), true, nil
	case "unescape":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("pattern")
		}
		return wildcard.Unescape(argString(args[0])), true, nil
	}
	return nil, false, nil
}
