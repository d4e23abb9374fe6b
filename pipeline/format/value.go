package format

import (
	"math/big"
	"slices"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// DefaultEnumerationLimit is $FormatEnumerationLimit's initial value.
const DefaultEnumerationLimit = 4

// ellipsis is what Windows PowerShell 5.1 appends to cut text
// (PSObjectHelper.ellipses); PowerShell 7 uses a single "…".
const ellipsis = "..."

// isScalar reports whether v is one of the types Out-Default prints with
// ToString rather than a view (FormatViewManager's DefaultScalarTypes:
// strings, numbers, bool, char, decimal, BigInteger, enums).
func isScalar(v any) bool {
	switch t := v.(type) {
	case string, bool, object.Char, int8, int16, int32, int64, uint8, uint16,
		uint32, uint64, float32, float64, object.Decimal, *big.Int:
		return true
	case *object.PSObject:
		if t.Base != nil {
			return isScalar(t.Base)
		}
		return false
	case dotnet.Enum:
		return true
	}
	return isEnum(v)
}

// isEnum reports whether v is an enum value (its type derives from
// System.Enum), which formats like a scalar.
func isEnum(v any) bool {
	for _, t := range typeNames(v) {
		if t == "System.Enum" {
			return true
		}
	}
	return false
}

// typeNames returns the type hierarchy of v, most derived first, as
// PSObject.TypeNames shows it.
func typeNames(v any) []string {
	if o, ok := v.(*object.PSObject); ok {
		if len(o.TypeNames) > 0 {
			return o.TypeNames
		}
		if o.Base != nil {
			return typeNames(o.Base)
		}
		return []string{"System.Object"}
	}
	if v == nil {
		return nil
	}
	name := dotnet.TypeName(v)
	names := []string{name}
	for b := dotnet.BaseType(name); b != "" && len(names) < 16; b = dotnet.BaseType(b) {
		names = append(names, b)
	}
	if names[len(names)-1] != "System.Object" {
		names = append(names, "System.Object")
	}
	return names
}

// enumerate returns the elements of a collection Out-Default unrolls
// (arrays and lists; not strings, not hashtables).
func enumerate(v any) ([]any, bool) {
	switch t := v.(type) {
	case []any:
		return t, true
	case *object.List:
		return t.Items, true
	}
	return nil, false
}

// displayString is a value as it appears inside a table cell or a list
// entry (PSObjectHelper.SmartToString): collections as "{a, b, c...}"
// cut at the enumeration limit, hashtables by their keys, everything else
// through ToString.
func displayString(v any, limit int) string {
	switch t := v.(type) {
	case nil, object.AutomationNull:
		return ""
	case string:
		return t
	case *object.Hashtable:
		return braceList(t.Keys(), limit)
	}
	if items, ok := enumerate(v); ok {
		return braceList(items, limit)
	}
	return toString(v)
}

// braceList renders a nested collection as 5.1 does.
func braceList(items []any, limit int) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, e := range items {
		if limit >= 0 && i == limit {
			sb.WriteString(ellipsis)
			break
		}
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(elementName(e))
	}
	sb.WriteByte('}')
	return sb.String()
}

// elementName is GetObjectName: how one element of a nested collection is
// named (null as $null, dictionary entries by key).
func elementName(e any) string {
	switch t := e.(type) {
	case nil:
		return "$null"
	case *object.PSObject:
		if t.TypeName() == "System.Collections.DictionaryEntry" {
			if k, ok := t.Prop("Key"); ok {
				return toString(k)
			}
		}
		// A regex Group (and Match) inherits ToString from Capture, so
		// GetObjectName names it by its display-name property, Name:
		// Groups : {0} (Select-String Example 9).
		if slices.Contains(t.TypeNames, "System.Text.RegularExpressions.Group") {
			if n, ok := t.Prop("Name"); ok {
				return toString(n)
			}
		}
	}
	return toString(e)
}

// toString is PowerShell's string conversion with the formatting
// system's choices for values dotnet leaves general.
func toString(v any) string {
	switch t := v.(type) {
	case nil, object.AutomationNull:
		return ""
	case string:
		return t
	case time.Time:
		// Display uses the culture's ToString() ("7/1/2015 12:00:00 AM"),
		// not the invariant string conversion of "$date".
		return dotnet.FormatDateShort(t)
	case *object.PSObject:
		if d, ok := t.Base.(time.Time); ok && t.Member("ToString") == nil {
			// Get-Date's date, wrapped with its DisplayHint note, shows
			// as the date does.
			return dotnet.FormatDateShort(d)
		}
	case *object.ErrorRecord:
		return t.Error()
	}
	return dotnet.ToString(v)
}
