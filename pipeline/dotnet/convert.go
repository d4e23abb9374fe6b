package dotnet

import (
	"strings"
	"time"

	"cspsh/pipeline/object"
)

// Convert converts v to the named type with PowerShell's
// LanguagePrimitives.ConvertTo rules, as a cast ([int]$x), a typed
// variable or a parameter binding does. typeName is anything ResolveType
// accepts; "pscustomobject" (unlike "psobject") builds a custom object
// from a hashtable, and "ordered" an ordered dictionary. A failure is an
// *object.Exception (System.Management.Automation.PSInvalidCastException
// with PowerShell's message; ErrorID gives its error id).
func Convert(v any, typeName string) (any, error) {
	if strings.EqualFold(typeName, "pscustomobject") || strings.EqualFold(typeName, object.PSCustomObjectType) ||
		strings.EqualFold(strings.TrimSpace(typeName), "pscustomobject") {
		return toPSCustomObject(v), nil
	}
	full, ok := resolveFull(typeName)
	if !ok {
		return nil, typeNotFound(typeName)
	}
	return ConvertFull(v, full)
}

// ConvertFull is Convert for a canonical full name (as ResolveType
// returns), skipping resolution.
func ConvertFull(v any, full string) (any, error) {
	if _, ok := v.(object.AutomationNull); ok {
		v = nil
	}
	switch full {
	case "System.Object":
		return v, nil
	case "System.Management.Automation.PSObject":
		return v, nil
	case "System.Void":
		return object.Null, nil
	}
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	if strings.HasSuffix(full, "[]") {
		return toTypedArray(v, full)
	}
	switch full {
	case "System.String":
		if v == nil {
			return "", nil
		}
		return ToString(v), nil
	case "System.Boolean", "System.Management.Automation.SwitchParameter":
		return ToBool(v), nil
	case "System.Char":
		return toChar(v)
	case "System.DateTime":
		return toDateTime(v)
	case "System.TimeSpan":
		return toTimeSpan(v)
	case "System.Array":
		if v == nil {
			return nil, nil
		}
		return toObjectArray(v), nil
	case "System.Collections.Hashtable":
		switch x := v.(type) {
		case nil:
			return nil, nil
		case *object.Hashtable:
			if !x.Ordered {
				return x, nil
			}
			c := x.Clone()
			c.Ordered = false
			return c, nil
		}
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	case "System.Collections.Specialized.OrderedDictionary":
		switch x := v.(type) {
		case nil:
			return nil, nil
		case *object.Hashtable:
			if x.Ordered {
				return x, nil
			}
			c := x.Clone()
			c.Ordered = true
			return c, nil
		}
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	case "System.Collections.IDictionary":
		if _, ok := v.(*object.Hashtable); ok || v == nil {
			return v, nil
		}
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	case "System.Management.Automation.ScriptBlock":
		if _, ok := v.(object.ScriptBlock); ok || v == nil {
			return v, nil
		}
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	case "System.Type":
		return toType(v)
	case "System.Text.RegularExpressions.Regex":
		if v == nil {
			return nil, nil
		}
		if IsInstance(v, typeValue(full)) {
			return v, nil
		}
		r, err := NewRegex(ToString(v), 0)
		if err != nil {
			return nil, castErrorInner(v, full, err.(*object.Exception), "InvalidCastFromStringToRegex")
		}
		return r, nil
	case "System.Version":
		return toVersion(v)
	case "System.Xml.XmlDocument":
		return toXML(v)
	case URIType:
		return toParsed(v, full, ParseURI)
	case IPAddressType:
		return toParsed(v, full, ParseIPAddress)
	case "System.Guid":
		return toGuid(v)
	case "System.Collections.ArrayList":
		if v == nil {
			return nil, nil
		}
		if l, ok := v.(*object.List); ok && TypeName(l) == full {
			return l, nil
		}
		items := toObjectArray(v)
		return &object.List{TypeName: full, Items: append([]any(nil), items...)}, nil
	case "System.Numerics.BigInteger":
		return toNumeric(v, full)
	}
	if IsNumericType(full) {
		return toNumeric(v, full)
	}
	if strings.HasPrefix(full, "System.Collections.Generic.List`1[") {
		return toGenericList(v, full)
	}
	if e, ok := LookupEnum(full); ok {
		return toEnum(v, e)
	}
	if isExceptionType(full) {
		return toException(v, full)
	}
	if v == nil {
		return nil, nil
	}
	if IsInstance(v, typeValue(full)) {
		return v, nil
	}
	return nil, castError(v, full, "ConvertToFinalInvalidCastException")
}

// toObjectArray is [array]/[object[]]: an array stays itself, a list
// becomes an array of its items, a scalar a one-element array.
func toObjectArray(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case *object.List:
		return append([]any(nil), x.Items...)
	}
	return []any{v}
}

// toTypedArray converts each element to the element type ([int[]]).
// The value model holds every array as []any.
func toTypedArray(v any, full string) (any, error) {
	if v == nil {
		return nil, nil
	}
	elem := full[:len(full)-2]
	if elem == "System.Object" {
		return toObjectArray(v), nil
	}
	src, isColl := v.([]any)
	if l, ok := v.(*object.List); ok {
		src, isColl = l.Items, true
	}
	if str, ok := v.(string); ok && elem == "System.Char" {
		// [char[]]"abc" splits the string into its characters.
		out := make([]any, 0, len(str))
		for _, r := range str {
			out = append(out, object.Char(r))
		}
		return out, nil
	}
	if !isColl {
		// A scalar: convert it, then wrap.
		r, err := ConvertFull(v, elem)
		if err != nil {
			inner, _ := err.(*object.Exception)
			if inner == nil {
				return nil, err
			}
			return nil, castErrorInner(v, full, inner, "InvalidCastExceptionScalarToArray")
		}
		return []any{r}, nil
	}
	out := make([]any, len(src))
	for i, it := range src {
		r, err := ConvertFull(it, elem)
		if err != nil {
			inner, _ := err.(*object.Exception)
			if inner == nil {
				return nil, err
			}
			return nil, castErrorInner(v, full, inner, "InvalidCastExceptionEnumerableToArray")
		}
		out[i] = r
	}
	return out, nil
}

// toGenericList builds a List[T] from a value or a collection.
func toGenericList(v any, full string) (any, error) {
	if v == nil {
		return nil, nil
	}
	if l, ok := v.(*object.List); ok && strings.EqualFold(l.TypeName, full) {
		return l, nil
	}
	elem := full[len("System.Collections.Generic.List`1[") : len(full)-1]
	items := toObjectArray(v)
	out := make([]any, 0, len(items))
	for _, it := range items {
		r, err := ConvertFull(it, elem)
		if err != nil {
			inner, _ := err.(*object.Exception)
			if inner == nil {
				return nil, err
			}
			return nil, castErrorInner(v, full, inner, "ConvertToFinalInvalidCastException")
		}
		out = append(out, r)
	}
	return &object.List{TypeName: full, ElemType: elem, Items: out}, nil
}

// toPSCustomObject is [pscustomobject]: a hashtable becomes an object
// whose note properties follow the hashtable's order; other values pass
// through unchanged.
func toPSCustomObject(v any) any {
	h, ok := v.(*object.Hashtable)
	if !ok {
		if v == nil {
			return object.NewObject()
		}
		return v
	}
	o := object.NewObject()
	keys, vals := h.Keys(), h.Values()
	for i, k := range keys {
		o.SetProp(ToString(k), vals[i])
	}
	return o
}

// toChar is [char]: a one-character string, or a number as a UTF-16 code.
func toChar(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return object.Char(0), nil
	case object.Char:
		return x, nil
	case string:
		r := []rune(x)
		if len(r) != 1 {
			return nil, castErrorInner(v, "System.Char", object.NewException("System.FormatException", "String must be exactly one character long."), "InvalidCastParseTargetInvocation")
		}
		return object.Char(r[0]), nil
	case bool:
		return nil, castErrorInner(v, "System.Char", object.NewException("System.InvalidCastException", "Invalid cast from 'Boolean' to 'Char'."), "InvalidCastIConvertible")
	case float64, float32, object.Decimal:
		return nil, castErrorInner(v, "System.Char", object.NewException("System.InvalidCastException", "Invalid cast from '%s' to 'Char'.", Name(v)), "InvalidCastIConvertible")
	}
	if IsNumeric(v) {
		r, err := numericInner(v, "System.UInt16")
		if err != nil {
			return nil, castErrorInner(v, "System.Char", overflow("System.Char"), "InvalidCastIConvertible")
		}
		return object.Char(r.(uint16)), nil
	}
	return nil, castError(v, "System.Char", "ConvertToFinalInvalidCastException")
}

// toDateTime is [datetime]: strings parse with the invariant culture;
// integers are ticks.
func toDateTime(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), nil
	case time.Time:
		return x, nil
	case string:
		t, err := ParseDateTime(x)
		if err != nil {
			return nil, castErrorInner(v, "System.DateTime", err.(*object.Exception), "InvalidCastParseTargetInvocationWithFormatProvider")
		}
		return t, nil
	case int32, int64, int, uint32, uint64:
		n, _ := numericInner(v, "System.Int64")
		return DateFromTicks(n.(int64)), nil
	}
	return nil, castError(v, "System.DateTime", "ConvertToFinalInvalidCastException")
}

// ticksEpoch is 0001-01-01 as a Go time (tick 0 of .NET).
var ticksEpoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

// DateFromTicks builds a DateTime from .NET ticks (Unspecified kind,
// held in local time).
func DateFromTicks(ticks int64) time.Time {
	days := ticks / int64(object.TicksPerDay)
	rest := ticks % int64(object.TicksPerDay)
	t := ticksEpoch.AddDate(0, 0, int(days)).Add(time.Duration(rest) * 100)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
}

// DateTicks returns the .NET ticks of a DateTime (its wall-clock value).
func DateTicks(t time.Time) int64 {
	days := daysBeforeYear(t.Year()) + int64(t.YearDay()-1)
	tod := int64(t.Hour())*3600 + int64(t.Minute())*60 + int64(t.Second())
	return days*int64(object.TicksPerDay) + tod*int64(object.TicksPerSecond) + int64(t.Nanosecond()/100)
}

// daysBeforeYear counts the days from 0001-01-01 to January 1 of y in
// the proleptic Gregorian calendar.
func daysBeforeYear(y int) int64 {
	p := int64(y - 1)
	return p*365 + p/4 - p/100 + p/400
}

// toTimeSpan is [timespan]: strings parse as TimeSpan.Parse; integers
// are ticks.
func toTimeSpan(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return object.TimeSpan(0), nil
	case object.TimeSpan:
		return x, nil
	case string:
		ts, err := ParseTimeSpan(x)
		if err != nil {
			return nil, castErrorInner(v, "System.TimeSpan", err.(*object.Exception), "InvalidCastParseTargetInvocationWithFormatProvider")
		}
		return ts, nil
	case int32, int64, int, uint32, int16, uint16, uint8, int8:
		n, _ := numericInner(v, "System.Int64")
		return object.TimeSpan(n.(int64)), nil
	}
	return nil, castError(v, "System.TimeSpan", "ConvertToFinalInvalidCastException")
}

// toType is [type]: a type name resolves, a type stays.
func toType(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *object.TypeValue:
		return x, nil
	case string:
		if t, ok := ResolveType(x); ok {
			return t, nil
		}
		e := castError(v, "System.Type", "InvalidCastFromStringToType")
		return nil, e
	}
	return nil, castError(v, "System.Type", "ConvertToFinalInvalidCastException")
}

// toEnum converts a name ("Monday", "read, write" for flags), a number
// or an enum value to an enum type.
func toEnum(v any, e *EnumType) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nullCastError(e.FullName)
	case Enum:
		if x.Type == e {
			return x, nil
		}
		return enumFromInt(x.Value, e, v)
	case string:
		return enumFromString(x, e)
	}
	if IsNumeric(v) {
		n, err := numericInner(v, "System.Int64")
		if err != nil {
			return nil, castErrorInner(v, e.FullName, err, "InvalidCastIConvertible")
		}
		return enumFromInt(n.(int64), e, v)
	}
	return nil, castError(v, e.FullName, "ConvertToFinalInvalidCastException")
}

func enumFromInt(n int64, e *EnumType, v any) (any, error) {
	// Numbers must name a member (or, for [Flags], only defined bits):
	// LanguagePrimitives' ThrowForUndefinedEnum.
	if enumDefined(e, n) {
		return Enum{Type: e, Value: n}, nil
	}
	ex := object.NewException(PSInvalidCastException,
		`Cannot convert value "%s" to type "%s" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "%s".`,
		scalarString(v), e.FullName, strings.Join(uniqueNames(e), ","))
	ex.Props = map[string]any{"ErrorId": "UndefinedInEnumSingleTypeConverter"}
	return nil, ex
}

// enumDefined reports whether n is a member value, or for [Flags] a
// combination of member bits.
func enumDefined(e *EnumType, n int64) bool {
	var all int64
	for _, v := range e.Values {
		if v == n {
			return true
		}
		all |= v
	}
	return e.Flags && n >= 0 && n&^all == 0
}

// enumNoMatch is EnumMinimumDisambiguation's error for a name that
// matches no member, wrapped as the cast reports it.
func enumNoMatch(v any, entry string, e *EnumType) *object.Exception {
	inner := object.NewException("System.Management.Automation.PSArgumentException",
		"Unable to match the identifier name %s to a valid enumerator name. Specify one of the following enumerator names and try again:\n%s",
		entry, strings.Join(uniqueNames(e), ", "))
	return castErrorInner(v, e.FullName, inner, "SubstringDisambiguationEnumParseThrewAnException")
}

func uniqueNames(e *EnumType) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range e.Names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// enumLookup finds a member by exact name, else by unique prefix
// (PowerShell's enum disambiguation: [DayOfWeek]"Thu" is Thursday).
func enumLookup(e *EnumType, name string, v any) (int64, error) {
	if ev, ok := EnumValue(e, name); ok {
		return ev.Value, nil
	}
	var hits []string
	var val int64
	for i, n := range uniqueNames(e) {
		if len(name) > 0 && len(n) >= len(name) && strings.EqualFold(n[:len(name)], name) {
			hits = append(hits, n)
			val = e.Values[indexOfName(e, n, i)]
		}
	}
	switch len(hits) {
	case 1:
		return val, nil
	case 0:
		return 0, enumNoMatch(v, name, e)
	}
	inner := object.NewException("System.Management.Automation.PSArgumentException",
		"The identifier name %s cannot be processed due to the inability to differentiate between the following enumerator names: %s. Try a more specific identifier name.",
		name, strings.Join(hits, ", "))
	return 0, castErrorInner(v, e.FullName, inner, "SubstringDisambiguationEnumParseThrewAnException")
}

func indexOfName(e *EnumType, n string, fallback int) int {
	for i, m := range e.Names {
		if m == n {
			return i
		}
	}
	return fallback
}

func enumFromString(s string, e *EnumType) (any, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, castError(s, e.FullName, "InvalidCastEnumFromEmptyString")
	}
	if c := t[0]; c >= '0' && c <= '9' || c == '+' || c == '-' {
		if n, err := stringToNumber(t, "System.Int64"); err == nil {
			if enumDefined(e, n.(int64)) {
				return Enum{Type: e, Value: n.(int64)}, nil
			}
			return enumFromInt(n.(int64), e, t)
		}
	}
	parts := strings.Split(t, ",")
	if len(parts) > 1 && !e.Flags {
		ex := object.NewException(PSInvalidCastException,
			`Cannot convert value "%s" to type "%s" because no commas are allowed for this enumeration.`, s, e.FullName)
		ex.Props = map[string]any{"ErrorId": "InvalidCastEnumCommaAndNoFlags"}
		return nil, ex
	}
	var total int64
	for _, p := range parts {
		n, err := enumLookup(e, strings.TrimSpace(p), s)
		if err != nil {
			return nil, err
		}
		total |= n
	}
	return Enum{Type: e, Value: total}, nil
}
