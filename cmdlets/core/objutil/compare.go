package objutil

import (
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// Compare orders two values as Sort-Object, Group-Object, Compare-Object
// and Measure-Object do (PowerShell's ObjectCommandComparer): $null
// first, numbers numerically, strings with the culture's comparison
// (case-insensitive unless caseSensitive), dates and time spans by time,
// and values of different types by converting the second to the first's
// type, falling back to comparing their string forms.
func Compare(a, b any, caseSensitive bool) int {
	a, b = Base(a), Base(b)
	if a == nil || b == nil {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -compareToNull(b)
		}
		return compareToNull(a)
	}
	if c, ok := compareTyped(a, b, caseSensitive); ok {
		return c
	}
	if o, ok := a.(*object.PSObject); ok && comparableObject(o) {
		// IComparable objects (System.Version, a class with CompareTo)
		// compare by LanguagePrimitives.Compare, as ObjectCommandComparer
		// does before it falls back to their text: 1.9 sorts before 1.10.
		if c, err := ops.Compare(a, b, caseSensitive); err == nil {
			return c
		}
	}
	return CompareStrings(fallbackString(a), fallbackString(b), !caseSensitive)
}

// comparableObject reports the objects LanguagePrimitives.Compare can
// order itself: the IComparable value types PowerShell holds as objects,
// and script class instances (which may define CompareTo). Others go
// straight to their text, without a failed comparison first.
func comparableObject(o *object.PSObject) bool {
	switch o.TypeName() {
	case "System.Version", "System.Guid", "System.Management.Automation.SemanticVersion":
		// (System.Uri and IPAddress are not IComparable: their text.)
		return true
	}
	_, ok := dotnet.LookupClass(o.TypeName())
	return ok
}

// fallbackString is the text ObjectCommandComparer compares when neither
// value is IComparable: PSObject.AsPSObject(baseObject).ToString(). The
// base object of every [pscustomobject] is the one PSCustomObject
// instance, which has no properties, so its text is "" and any two
// custom objects compare equal — why Compare-Object, Get-Unique and
// Select-Object -Unique need -Property (or -AsString) for them.
func fallbackString(v any) string {
	if o, ok := v.(*object.PSObject); ok && o.Base == nil && o.IsCustom() {
		return ""
	}
	return dotnet.ToString(v)
}

// Equal reports whether Compare finds a and b equal.
func Equal(a, b any, caseSensitive bool) bool { return Compare(a, b, caseSensitive) == 0 }

// compareTyped compares a and b by a's type; ok is false when b cannot be
// brought to a's type.
func compareTyped(a, b any, caseSensitive bool) (int, bool) {
	if IsNumeric(a) {
		if IsNumeric(b) {
			return compareNumbers(a, b), true
		}
		if e, ok := b.(dotnet.Enum); ok {
			return compareNumbers(a, e.Value), true
		}
		if bb, ok := b.(bool); ok {
			return compareNumbers(a, boolInt(bb)), true
		}
		if _, ok := b.(string); ok {
			c, err := dotnet.Convert(b, dotnet.TypeName(a))
			if err != nil || !IsNumeric(c) {
				return 0, false
			}
			return compareNumbers(a, c), true
		}
		return 0, false
	}
	switch x := a.(type) {
	case string:
		return CompareStrings(x, dotnet.ToString(b), !caseSensitive), true
	case object.Char:
		if y, ok := b.(object.Char); ok {
			if !caseSensitive {
				return CompareStrings(string(rune(x)), string(rune(y)), true), true
			}
			return cmpOrdered(int64(x), int64(y)), true
		}
		return CompareStrings(string(rune(x)), dotnet.ToString(b), !caseSensitive), true
	case bool:
		y := dotnet.ToBool(b)
		return cmpOrdered(boolInt(x), boolInt(y)), true
	case time.Time:
		y, ok := b.(time.Time)
		if !ok {
			c, err := dotnet.Convert(b, "System.DateTime")
			if err != nil {
				return 0, false
			}
			if y, ok = c.(time.Time); !ok {
				return 0, false
			}
		}
		return x.Compare(y), true
	case object.TimeSpan:
		y, ok := b.(object.TimeSpan)
		if !ok {
			c, err := dotnet.Convert(b, "System.TimeSpan")
			if err != nil {
				return 0, false
			}
			if y, ok = c.(object.TimeSpan); !ok {
				return 0, false
			}
		}
		return cmpOrdered(int64(x), int64(y)), true
	case dotnet.Enum:
		switch y := b.(type) {
		case dotnet.Enum:
			return cmpOrdered(x.Value, y.Value), true
		case string:
			if c, err := dotnet.Convert(y, x.Type.FullName); err == nil {
				if e, ok := c.(dotnet.Enum); ok {
					return cmpOrdered(x.Value, e.Value), true
				}
			}
			return 0, false
		}
		if IsNumeric(b) {
			return compareNumbers(x.Value, b), true
		}
	}
	return 0, false
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// compareToNull orders a non-null value against $null the way
// LanguagePrimitives does: a negative number is less than $null, every
// other value (zero and positive numbers included) is greater.
func compareToNull(v any) int {
	if IsNumeric(v) && compareNumbers(v, int32(0)) < 0 {
		return -1
	}
	return 1
}
