package dotnet

import (
	"strings"

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
	if inner, ok := NullableInner(full); ok {
		if v == nil {
			return nil, nil
		}
		return ConvertFull(v, inner)
	}
	switch full {
	case "System.Object":
		return v, nil
	case "System.Management.Automation.PSObject":
		return v, nil
	case "System.Void":
		return object.Null, nil
	}
	if o, ok := v.(*object.PSObject); ok && o.Base != nil && !isClassInstance(o) {
		v = o.Base
	}
	if r, ok := toDelegate(v, full); ok {
		return r, nil
	}
	if r, ok, err := intPtrConvert(v, full); ok {
		return r, err
	}
	if strings.HasSuffix(full, "[]") {
		return toTypedArray(v, full)
	}
	if isMDArrayType(full) {
		return toMDArray(v, full)
	}
	switch full {
	case "System.String":
		if v == nil {
			return "", nil
		}
		return stringOFS(v), nil
	case mailAddressType:
		return toMailAddress(v)
	case "System.Globalization.CultureInfo":
		// [cultureinfo]'de-DE', 1031 -as [cultureinfo]: a culture by name
		// or LCID.
		if o, ok := v.(*object.PSObject); ok && o.TypeName() == full {
			return o, nil
		}
		if c, ok := LookupCulture(v); ok {
			return c, nil
		}
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
			if !x.Ordered && x.Dict == nil {
				return x, nil
			}
			return plainCopy(x, false), nil
		}
		return nil, castError(v, full, "ConvertToFinalInvalidCastException")
	case DefaultParameterDictionaryType:
		switch x := v.(type) {
		case nil:
			return nil, nil
		case *object.Hashtable:
			if !x.Ordered && x.Dict == nil && x.Comparer == object.OrdinalIgnoreCase && !x.InsertionOrder {
				return x, nil
			}
			return toDefaultParameterDictionary(x), nil
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
			return plainCopy(x, true), nil
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
	case refType:
		return toReference(v)
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
	if strings.HasPrefix(full, "System.Collections.Generic.List`1[") || strings.HasPrefix(full, "System.Collections.ObjectModel.Collection`1[") {
		return toGenericList(v, full)
	}
	if e, ok := LookupEnum(full); ok {
		return toEnum(v, e)
	}
	if ct, ok := LookupClass(full); ok {
		return convertClass(v, ct)
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
	if r, ok, err := convertHooked(v, full); ok {
		return r, err
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
	case *object.MDArray:
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
		if a, ok := v.([]any); ok {
			if _, typed := ArrayElemType(a); typed {
				return append([]any(nil), a...), nil // a new Object[]
			}
		}
		return toObjectArray(v), nil
	}
	if a, ok := v.([]any); ok {
		if e, typed := ArrayElemType(a); typed && e == elem {
			return a, nil
		}
	}
	src, isColl := v.([]any)
	if l, ok := v.(*object.List); ok {
		src, isColl = l.Items, true
	}
	if md, ok := v.(*object.MDArray); ok {
		src, isColl = md.Items, true
	}
	if str, ok := v.(string); ok && elem == "System.Char" {
		// [char[]]"abc" splits the string into its characters.
		out := make([]any, 0, len(str))
		for _, r := range str {
			out = append(out, object.Char(r))
		}
		MarkArrayType(out, elem)
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
		out := []any{r}
		MarkArrayType(out, elem)
		return out, nil
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
	MarkArrayType(out, elem)
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
	elem := full[strings.IndexByte(full, '[')+1 : len(full)-1]
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
// whose note properties follow the hashtable's enumeration order (5.1's
// for a Hashtable, insertion order for [ordered]); other values pass
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
	for _, k := range h.EnumerationKeys() {
		v, _ := h.Get(k)
		o.SetProp(ToString(k), v)
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
