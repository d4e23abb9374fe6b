package dotnet

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// ToString converts v to a string as PowerShell does for [string]$v and
// "$v" (LanguagePrimitives.ConvertTo[string] with $OFS = " "): numbers
// and dates with the invariant culture, collections joined with spaces,
// $null as "".
func ToString(v any) string { return ToStringOFS(v, " ") }

// ToStringOFS is ToString with an explicit output field separator (the
// value of $OFS) for joining collections.
func ToStringOFS(v any, ofs string) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		return joinOFS(x, ofs)
	case *object.List:
		return joinOFS(x.Items, ofs)
	case *object.MDArray:
		return joinOFS(x.Items, ofs)
	case *object.Enumerator:
		return joinOFS(x.Drain(), ofs)
	case []string:
		return strings.Join(x, ofs)
	case *object.PSObject:
		if x.Base != nil && !isCustom(x) {
			if m := x.Member("ToString"); m == nil || m.Call == nil {
				return ToStringOFS(x.Base, ofs)
			}
		}
	}
	return scalarString(v)
}

// joinOFS joins the elements of a collection; nested collections show
// their type name, as PowerShell does not recurse.
func joinOFS(items []any, ofs string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(ofs)
		}
		b.WriteString(elementString(it))
	}
	return b.String()
}

// elementString converts one element of a collection being joined.
func elementString(v any) string {
	switch x := v.(type) {
	case []any:
		return "System.Object[]"
	case *object.List, *object.MDArray:
		return TypeName(x)
	}
	return scalarString(v)
}

// scalarString converts a non-collection value (a collection here shows
// its .NET ToString(), the type name).
func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case int8:
		return strconv.FormatInt(int64(x), 10)
	case int16:
		return strconv.FormatInt(int64(x), 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case uint8:
		return strconv.FormatUint(uint64(x), 10)
	case uint16:
		return strconv.FormatUint(uint64(x), 10)
	case uint32:
		return strconv.FormatUint(uint64(x), 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case float64:
		if x == float64(int64(x)) && x > -1e15 && x < 1e15 && (x != 0 || !math.Signbit(x)) {
			// whole numbers below 15 digits print as integers
			return strconv.FormatInt(int64(x), 10)
		}
		return FormatDouble(x)
	case float32:
		return FormatSingle(x)
	case object.Decimal:
		return DecimalString(x)
	case *big.Int:
		return x.String()
	case object.Char:
		return string(rune(x))
	case time.Time:
		// IFormattable.ToString(null, InvariantCulture): "G" of the
		// invariant culture.
		return FormatDate(x, "MM/dd/yyyy HH:mm:ss")
	case object.TimeSpan:
		return FormatTimeSpanConstant(x)
	case []any:
		return "System.Object[]"
	case *object.List, *object.MDArray:
		return TypeName(x)
	case *object.Hashtable:
		return TypeName(x)
	case *object.PSObject:
		return psobjectString(x)
	case Enum:
		return x.String()
	case object.ScriptBlock:
		return x.String()
	case *object.ErrorRecord:
		return x.Error()
	case *object.Exception:
		return exceptionString(x)
	case *object.TypeValue:
		return TypeString(x.FullName)
	case object.AutomationNull, object.DBNull:
		return ""
	case object.IntPtr:
		return strconv.FormatInt(int64(x), 10)
	}
	return TypeName(v)
}

// exceptionString is Exception.ToString(): "Type: Message", with the
// inner exception after " ---> ".
func exceptionString(e *object.Exception) string {
	s := e.Type + ": " + e.Message
	if e.Inner != nil {
		s += " ---> " + exceptionString(e.Inner)
	}
	return s
}

// isCustom reports whether o is a PSCustomObject.
func isCustom(o *object.PSObject) bool {
	return o.TypeName() == object.PSCustomObjectType
}

// psobjectString renders an object: a PSCustomObject as "@{a=1; b=2}",
// an object with a ToString method by calling it, a wrapped value as the
// value, anything else as its type name (Object.ToString()).
func psobjectString(o *object.PSObject) string {
	if m := o.Member("ToString"); m != nil && m.Call != nil {
		if r, err := m.Call(nil); err == nil {
			return ToString(r)
		}
	}
	if o.Base != nil {
		return scalarString(o.Base)
	}
	if isCustom(o) {
		if len(o.Properties()) == 0 {
			return "" // ToStringEmptyBaseObject with no properties
		}
		var b strings.Builder
		b.WriteString("@{")
		for i, p := range o.Properties() {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(p.Name)
			b.WriteByte('=')
			b.WriteString(scalarString(p.GetValue()))
		}
		b.WriteString("}")
		return b.String()
	}
	return o.TypeName()
}

// MethodToString is what $v.ToString() returns: .NET's own ToString(),
// which for dates and numbers uses the current culture (en-US) and for
// collections and hashtables returns the type name.
func MethodToString(v any) string {
	switch x := v.(type) {
	case time.Time:
		return FormatDateShort(x)
	case []any, *object.List, *object.Hashtable, *object.MDArray, *object.Enumerator:
		return TypeName(x)
	case *object.PSObject:
		// PSCustomObject.ToString() is the empty string (PowerShell
		// issue #6163); "$obj" is what shows @{…}.
		if isCustom(x) && x.Base == nil {
			if m := x.Member("ToString"); m == nil || m.Call == nil {
				return ""
			}
		}
		if x.Base != nil {
			// A wrapped value (Get-Date's date with its DisplayHint note)
			// is its base object's ToString(): a date in the current
			// culture, as Export-Csv writes it.
			if m := x.Member("ToString"); m == nil || m.Call == nil {
				return MethodToString(x.Base)
			}
		}
	}
	return scalarString(v)
}

// ToBool is LanguagePrimitives.IsTrue: $null, "", 0, $false, an empty
// collection are false; a one-element collection is its element's truth;
// every other object is true.
func ToBool(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case int32:
		return x != 0
	case int64:
		return x != 0
	case int:
		return x != 0
	case float64:
		return x != 0
	case int8:
		return x != 0
	case int16:
		return x != 0
	case uint8:
		return x != 0
	case uint16:
		return x != 0
	case uint32:
		return x != 0
	case uint64:
		return x != 0
	case float32:
		return x != 0
	case object.Decimal:
		return !DecIsZero(x)
	case *big.Int:
		return x.Sign() != 0
	case object.Char:
		return x != 0
	case []any:
		return listTrue(x)
	case *object.List:
		return listTrue(x.Items)
	case *object.MDArray:
		return listTrue(x.Items)
	case object.AutomationNull:
		return false
	case Enum:
		return x.Value != 0
	case *object.PSObject:
		if x.Base != nil {
			return ToBool(x.Base)
		}
	}
	return true
}

// listTrue is IsTrue(IList).
func listTrue(items []any) bool {
	switch len(items) {
	case 0:
		return false
	case 1:
		switch inner := items[0].(type) {
		case []any:
			return len(inner) > 0
		case *object.List:
			return len(inner.Items) > 0
		}
		return ToBool(items[0])
	}
	return true
}

// Enumerate reports whether the pipeline unrolls v, and its elements:
// arrays and lists yes; strings, hashtables and other objects no.
// AutomationNull enumerates as nothing.
func Enumerate(v any) ([]any, bool) {
	switch x := v.(type) {
	case []any:
		return x, true
	case *object.List:
		return x.Items, true
	case *object.MDArray:
		return x.Items, true
	case *object.Enumerator:
		return x.Drain(), true
	case object.AutomationNull:
		return nil, true
	case []string:
		// Not part of the value model, but a Go []string that slips
		// through behaves as the String[] it stands for.
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out, true
	case *object.PSObject:
		if x.Base != nil {
			return Enumerate(x.Base)
		}
	}
	return nil, false
}
