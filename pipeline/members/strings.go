package members

import (
	"strings"
	"unicode"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// System.String instance methods. Indexes count characters (runes);
// comparisons are ordinal and case-sensitive unless a StringComparison
// or ignoreCase argument says otherwise, as in .NET.

// ignoreCaseArg reads a StringComparison (or bool ignoreCase) argument.
func ignoreCaseArg(v any) bool {
	if b, ok := v.(bool); ok {
		return b
	}
	return strings.HasSuffix(strings.ToLower(argString(v)), "ignorecase")
}

// isComparison tells a StringComparison argument from a start index.
func isComparison(v any) bool {
	if e, ok := v.(dotnet.Enum); ok {
		return e.Type != nil && strings.HasSuffix(e.Type.FullName, "StringComparison")
	}
	if s, ok := v.(string); ok {
		s = strings.ToLower(s)
		return strings.Contains(s, "culture") || strings.HasPrefix(s, "ordinal")
	}
	return false
}

func stringMethod(s string, name string, args []any) (any, bool, error) {
	rs := func() []rune { return []rune(s) }
	switch strings.ToLower(name) {
	case "split":
		r, err := stringSplit(s, args)
		return r, true, err
	case "normalize", "isnormalized":
		form := int64(1)
		if len(args) > 1 {
			return nil, true, overload
		}
		if len(args) == 1 {
			c, err := dotnet.Convert(args[0], "System.Text.NormalizationForm")
			if err != nil {
				return nil, true, err
			}
			form = c.(dotnet.Enum).Value
		}
		n := dotnet.Normalize(s, int(form))
		if strings.EqualFold(name, "isnormalized") {
			return n == s, true, nil
		}
		return n, true, nil
	case "replace":
		if len(args) < 2 {
			return nil, true, overload
		}
		old, repl := argString(args[0]), argString(args[1])
		if old == "" {
			return nil, true, argException("oldValue", "String cannot be of zero length.")
		}
		if len(args) >= 3 && ignoreCaseArg(args[2]) {
			return replaceFold(s, old, repl), true, nil
		}
		return strings.ReplaceAll(s, old, repl), true, nil
	case "substring":
		r := rs()
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		start, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if start < 0 {
			return nil, true, argOutOfRange("startIndex", "StartIndex cannot be less than zero.")
		}
		if start > len(r) {
			return nil, true, argOutOfRange("startIndex", "startIndex cannot be larger than length of string.")
		}
		if len(args) == 1 {
			return string(r[start:]), true, nil
		}
		n, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if n < 0 {
			return nil, true, argOutOfRange("length", "Length cannot be less than zero.")
		}
		if start+n > len(r) {
			return nil, true, argOutOfRange("length", "Index and length must refer to a location within the string.")
		}
		return string(r[start : start+n]), true, nil
	case "indexof", "lastindexof":
		r, err := stringIndexOf(s, strings.EqualFold(name, "lastindexof"), args)
		return r, true, err
	case "indexofany", "lastindexofany":
		if len(args) < 1 {
			return nil, true, overload
		}
		set, err := argChars(args[0])
		if err != nil {
			return nil, true, err
		}
		r := rs()
		last := strings.EqualFold(name, "lastindexofany")
		best := -1
		for i, c := range r {
			for _, x := range set {
				if c == x && (best < 0 || last) {
					best = i
				}
			}
		}
		return int32(best), true, nil
	case "trim", "trimstart", "trimend":
		var set []rune
		for _, a := range args {
			cs, err := argChars(charsOf(a))
			if err != nil {
				return nil, true, err
			}
			set = append(set, cs...)
		}
		cut := func(r rune) bool {
			if len(set) == 0 {
				return unicode.IsSpace(r)
			}
			for _, c := range set {
				if c == r {
					return true
				}
			}
			return false
		}
		switch strings.ToLower(name) {
		case "trimstart":
			return strings.TrimLeftFunc(s, cut), true, nil
		case "trimend":
			return strings.TrimRightFunc(s, cut), true, nil
		}
		return strings.TrimFunc(s, cut), true, nil
	case "startswith", "endswith", "contains":
		if len(args) < 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("value")
		}
		v := argString(args[0])
		a := s
		if len(args) >= 2 && ignoreCaseArg(args[1]) {
			a, v = strings.ToLower(a), strings.ToLower(v)
		}
		switch strings.ToLower(name) {
		case "startswith":
			return strings.HasPrefix(a, v), true, nil
		case "endswith":
			return strings.HasSuffix(a, v), true, nil
		}
		return strings.Contains(a, v), true, nil
	case "toupper", "toupperinvariant":
		return strings.ToUpper(s), true, nil
	case "tolower", "tolowerinvariant":
		return strings.ToLower(s), true, nil
	case "padleft", "padright":
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		n, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if n < 0 {
			return nil, true, argOutOfRange("totalWidth", "Non-negative number required.")
		}
		pad := ' '
		if len(args) == 2 {
			if pad, err = argChar(args[1]); err != nil {
				return nil, true, err
			}
		}
		k := n - len(rs())
		if k <= 0 {
			return s, true, nil
		}
		fill := strings.Repeat(string(pad), k)
		if strings.EqualFold(name, "padleft") {
			return fill + s, true, nil
		}
		return s + fill, true, nil
	case "insert":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		r := rs()
		if i < 0 || i > len(r) {
			return nil, true, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		return string(r[:i]) + argString(args[1]) + string(r[i:]), true, nil
	case "remove":
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		r := rs()
		if i < 0 {
			return nil, true, argOutOfRange("startIndex", "StartIndex cannot be less than zero.")
		}
		if len(args) == 1 {
			if i >= len(r) {
				return nil, true, argOutOfRange("startIndex", "startIndex must be less than length of string.")
			}
			return string(r[:i]), true, nil
		}
		n, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if n < 0 {
			return nil, true, argOutOfRange("count", "Count cannot be less than zero.")
		}
		if i+n > len(r) {
			return nil, true, argOutOfRange("count", "Index and count must refer to a location within the string.")
		}
		return string(r[:i]) + string(r[i+n:]), true, nil
	case "tochararray":
		r := rs()
		if len(args) == 2 {
			i, err1 := argInt(args[0])
			n, err2 := argInt(args[1])
			if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(r) {
				return nil, true, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
			r = r[i : i+n]
		} else if len(args) != 0 {
			return nil, true, overload
		}
		out := make([]any, len(r))
		for i, c := range r {
			out[i] = object.Char(c)
		}
		// .NET returns a Char[]: GetType() and element assignment say so.
		dotnet.MarkArrayType(out, "System.Char")
		return out, true, nil
	case "equals":
		if len(args) < 1 {
			return nil, true, overload
		}
		o, ok := args[0].(string)
		if !ok {
			return false, true, nil
		}
		if len(args) >= 2 && ignoreCaseArg(args[1]) {
			return strings.EqualFold(s, o), true, nil
		}
		return s == o, true, nil
	case "compareto":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return int32(1), true, nil
		}
		return int32(ops.CompareStrings(s, argString(args[0]), true)), true, nil
	case "clone", "tostring", "trimtosize":
		return s, true, nil
	case "get_chars", "chars":
		if len(args) != 1 {
			return nil, true, overload
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		r := rs()
		if i < 0 || i >= len(r) {
			return nil, true, dotnetErr("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
		}
		return object.Char(r[i]), true, nil
	case "get_length":
		return int32(utf16Len(s)), true, nil
	}
	return nil, false, nil
}

// charsOf turns a string argument of Trim into its characters (params
// char[] binds a string as a char array in PowerShell).
func charsOf(v any) any {
	if s, ok := v.(string); ok && len([]rune(s)) != 1 {
		rs := []rune(s)
		out := make([]any, len(rs))
		for i, r := range rs {
			out[i] = object.Char(r)
		}
		return out
	}
	return v
}

func replaceFold(s, old, repl string) string {
	ls, lo := strings.ToLower(s), strings.ToLower(old)
	if len(ls) != len(s) {
		return strings.ReplaceAll(s, old, repl)
	}
	var b strings.Builder
	for {
		i := strings.Index(ls, lo)
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteString(repl)
		s, ls = s[i+len(old):], ls[i+len(old):]
	}
	b.WriteString(s)
	return b.String()
}

// stringIndexOf serves IndexOf/LastIndexOf(value[, start[, count]][, comparison]).
func stringIndexOf(s string, last bool, args []any) (any, error) {
	if len(args) < 1 || len(args) > 4 {
		return nil, overload
	}
	fold := false
	if n := len(args); n > 1 && isComparison(args[n-1]) {
		fold = ignoreCaseArg(args[n-1])
		args = args[:n-1]
	}
	r := []rune(s)
	var needle []rune
	if c, ok := args[0].(object.Char); ok {
		needle = []rune{rune(c)}
	} else {
		if args[0] == nil {
			return nil, argNull("value")
		}
		needle = []rune(argString(args[0]))
	}
	lo, hi := 0, len(r) // search window [lo, hi)
	if len(args) >= 2 {
		st, err := argInt(args[1])
		if err != nil {
			return nil, err
		}
		if st < 0 || st > len(r) {
			return nil, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		if last {
			hi = min(st+1, len(r))
		} else {
			lo = st
		}
		if len(args) == 3 {
			n, err := argInt(args[2])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, argOutOfRange("count", "Count must be positive and count must refer to a location within the string/array/collection.")
			}
			if last {
				lo = max(0, hi-n)
			} else {
				hi = min(len(r), lo+n)
			}
		}
	}
	eq := func(a, b rune) bool { return a == b || fold && unicode.ToLower(a) == unicode.ToLower(b) }
	match := func(i int) bool {
		if i+len(needle) > hi {
			return false
		}
		for j, c := range needle {
			if !eq(r[i+j], c) {
				return false
			}
		}
		return true
	}
	if last {
		if len(needle) == 0 {
			return int32(max(hi-1, 0)), nil
		}
		for i := hi - len(needle); i >= lo; i-- {
			if match(i) {
				return int32(i), nil
			}
		}
		return int32(-1), nil
	}
	for i := lo; i <= hi-len(needle); i++ {
		if match(i) {
			return int32(i), nil
		}
	}
	return int32(-1), nil
}

// stringSplit is String.Split as Windows PowerShell 5.1 binds it: a
// string separator counts as its characters (params char[]) unless a
// StringSplitOptions argument selects the string[] overload; no
// separator splits on white space; a count caps the pieces.
func stringSplit(s string, args []any) (any, error) {
	removeEmpty := false
	count := -1
	if n := len(args); n >= 2 && isSplitOptions(args[n-1]) {
		removeEmpty = strings.Contains(strings.ToLower(argString(args[n-1])), "removeempty") || splitOptionsValue(args[n-1])&1 != 0
		args = args[:n-1]
		if len(args) == 2 {
			c, err := argInt(args[1])
			if err != nil {
				return nil, err
			}
			count = c
			args = args[:1]
		}
		if len(args) == 1 {
			if seps, ok := stringSeparators(args[0]); ok {
				return splitStrings(s, seps, count, removeEmpty), nil
			}
		}
	} else if n == 2 && !isCharLike(args[1]) {
		c, err := argInt(args[1])
		if err != nil {
			return nil, err
		}
		count = c
		args = args[:1]
	}
	var chars []rune
	for _, a := range args {
		if a == nil {
			// A null separator array splits at white space, as none does.
			continue
		}
		cs, err := argChars(charsOf(a))
		if err != nil {
			return nil, err
		}
		chars = append(chars, cs...)
	}
	if count < -1 {
		return nil, argOutOfRange("count", "Count cannot be less than zero.")
	}
	isSep := func(r rune) bool {
		if len(chars) == 0 {
			return unicode.IsSpace(r)
		}
		for _, c := range chars {
			if c == r {
				return true
			}
		}
		return false
	}
	var parts []string
	start := 0
	for i, r := range s {
		if count >= 0 && len(parts) >= count-1 {
			break
		}
		if isSep(r) {
			if !(removeEmpty && i == start) {
				parts = append(parts, s[start:i])
			}
			start = i + len(string(r))
		}
	}
	if !(removeEmpty && start == len(s)) {
		parts = append(parts, s[start:])
	}
	if count == 0 {
		parts = nil
	}
	return toAnySlice(parts), nil
}

// toAnySlice makes String.Split's result: a String[], with the slot
// dotnet.StringArray marks reserved up front.
func toAnySlice(ss []string) []any {
	out := make([]any, len(ss), len(ss)+1)
	for i, s := range ss {
		out[i] = s
	}
	return dotnet.StringArray(out)
}

func isCharLike(v any) bool {
	switch x := v.(type) {
	case object.Char:
		return true
	case string:
		return len([]rune(x)) == 1 && !(x[0] >= '0' && x[0] <= '9')
	}
	return false
}

func isSplitOptions(v any) bool {
	if e, ok := v.(dotnet.Enum); ok {
		return e.Type != nil && strings.HasSuffix(e.Type.FullName, "StringSplitOptions")
	}
	if s, ok := v.(string); ok {
		s = strings.ToLower(s)
		return s == "removeemptyentries" || s == "none" || s == "trimentries"
	}
	return false
}

func splitOptionsValue(v any) int64 {
	if e, ok := v.(dotnet.Enum); ok {
		return e.Value
	}
	return 0
}

// stringSeparators reads a string or string[] separator argument.
func stringSeparators(v any) ([]string, bool) {
	switch x := v.(type) {
	case string:
		return []string{x}, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

// splitStrings is Split(string[], count, options).
func splitStrings(s string, seps []string, count int, removeEmpty bool) []any {
	var parts []string
	start, i := 0, 0
	for i < len(s) {
		if count >= 0 && len(parts) >= count-1 {
			break
		}
		hit := ""
		for _, sep := range seps {
			if sep != "" && strings.HasPrefix(s[i:], sep) {
				hit = sep
				break
			}
		}
		if hit == "" {
			i++
			continue
		}
		if !(removeEmpty && i == start) {
			parts = append(parts, s[start:i])
		}
		i += len(hit)
		start = i
	}
	if !(removeEmpty && start == len(s)) {
		parts = append(parts, s[start:])
	}
	if count == 0 {
		parts = nil
	}
	return toAnySlice(parts)
}
