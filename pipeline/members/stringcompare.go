package members

import (
	"strings"
	"unicode"
	"unicode/utf16"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// String.Compare and String.CompareOrdinal with all their overloads. A
// culture comparison answers -1, 0 or 1; an ordinal one, as .NET
// Framework computes it, the difference of the first UTF-16 code units
// that differ (upper-cased for OrdinalIgnoreCase), else of the lengths:
// [string]::Compare('a', 'A', 'Ordinal') is 32.

// compareMode is how two strings compare: a StringComparison, or the
// CompareOptions of a culture comparison.
type compareMode struct {
	ordinal, ignoreCase bool
}

// comparisonArg reads a StringComparison, CompareOptions or ignoreCase
// argument.
func comparisonArg(v any) compareMode {
	if b, ok := v.(bool); ok {
		return compareMode{ignoreCase: b}
	}
	var name string
	if e, ok := v.(dotnet.Enum); ok {
		name = dotnet.ToString(e)
	} else {
		name = argString(v)
	}
	var m compareMode
	for _, part := range strings.Split(strings.ToLower(name), ",") {
		switch strings.TrimSpace(part) {
		case "ordinal":
			m.ordinal = true
		case "ordinalignorecase":
			m.ordinal, m.ignoreCase = true, true
		case "currentcultureignorecase", "invariantcultureignorecase", "ignorecase":
			m.ignoreCase = true
		}
	}
	return m
}

// stringCompare is [string]::Compare(args…).
func stringCompare(args []any) (any, error) {
	var a, b any
	var mode compareMode
	sub := false
	var ia, ib, length int
	switch len(args) {
	case 2, 3, 4:
		a, b = args[0], args[1]
		switch {
		case len(args) == 3:
			mode = comparisonArg(args[2])
		case len(args) == 4 && isCulture(args[2]):
			// Compare(strA, strB, CultureInfo, CompareOptions)
			mode = comparisonArg(args[3])
		case len(args) == 4:
			// Compare(strA, strB, ignoreCase, CultureInfo)
			mode = compareMode{ignoreCase: dotnet.ToBool(args[2])}
		}
	case 5, 6, 7:
		a, b = args[0], args[2]
		var err error
		if ia, err = argInt(args[1]); err != nil {
			return nil, err
		}
		if ib, err = argInt(args[3]); err != nil {
			return nil, err
		}
		if length, err = argInt(args[4]); err != nil {
			return nil, err
		}
		sub = true
		switch {
		case len(args) == 6:
			mode = comparisonArg(args[5])
		case len(args) == 7 && isCulture(args[5]):
			mode = comparisonArg(args[6])
		case len(args) == 7:
			mode = compareMode{ignoreCase: dotnet.ToBool(args[5])}
		}
	default:
		return nil, overload
	}
	if a == nil || b == nil {
		return nullOrder(a, b), nil
	}
	sa, sb := utf16.Encode([]rune(argString(a))), utf16.Encode([]rune(argString(b)))
	if sub {
		var err error
		if sa, sb, err = substrings(sa, sb, ia, ib, length); err != nil {
			return nil, err
		}
	}
	if mode.ordinal {
		return ordinalDiff(sa, sb, mode.ignoreCase), nil
	}
	return int32(ops.CompareStrings(string(utf16.Decode(sa)), string(utf16.Decode(sb)), !mode.ignoreCase)), nil
}

// compareOrdinalCall is [string]::CompareOrdinal(strA, strB) and
// CompareOrdinal(strA, indexA, strB, indexB, length).
func compareOrdinalCall(args []any) (any, error) {
	switch len(args) {
	case 2:
		if args[0] == nil || args[1] == nil {
			return nullOrder(args[0], args[1]), nil
		}
		return ordinalDiff(utf16.Encode([]rune(argString(args[0]))), utf16.Encode([]rune(argString(args[1]))), false), nil
	case 5:
		return stringCompare([]any{args[0], args[1], args[2], args[3], args[4], "Ordinal"})
	}
	return nil, overload
}

// nullOrder orders $null before any string.
func nullOrder(a, b any) int32 {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	}
	return 1
}

// substrings cuts the length-long parts at ia and ib, shorter where a
// string ends first, with String.Compare's argument checks.
func substrings(a, b []uint16, ia, ib, length int) ([]uint16, []uint16, error) {
	if length < 0 {
		return nil, nil, argOutOfRange("length", "Length cannot be less than zero.")
	}
	if ia < 0 || ib < 0 || ia > len(a) || ib > len(b) {
		p := "indexA"
		if ia >= 0 && ia <= len(a) {
			p = "indexB"
		}
		return nil, nil, argOutOfRange(p, "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	return a[ia:min(len(a), ia+length)], b[ib:min(len(b), ib+length)], nil
}

// ordinalDiff compares code unit by code unit; ignoring case, both sides
// are upper-cased first.
func ordinalDiff(a, b []uint16, ignoreCase bool) int32 {
	for i := 0; i < len(a) && i < len(b); i++ {
		ca, cb := rune(a[i]), rune(b[i])
		if ignoreCase {
			ca, cb = unicode.ToUpper(ca), unicode.ToUpper(cb)
		}
		if ca != cb {
			return int32(ca - cb)
		}
	}
	return int32(len(a) - len(b))
}

// isCulture reports whether v is a CultureInfo argument.
func isCulture(v any) bool {
	o, ok := v.(*object.PSObject)
	return ok && o.TypeName() == "System.Globalization.CultureInfo"
}
