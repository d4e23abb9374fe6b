package format

import (
	"path"
	"strings"

	"cspsh/pipeline/object"
)

// objectProps returns the displayable properties of v in order, as
// Format-List * and the default table/list views see them.
func objectProps(v any) []*object.Member {
	switch t := v.(type) {
	case *object.PSObject:
		return t.Properties()
	case *object.Exception:
		return exceptionProps(t)
	}
	return nil
}

// exceptionProps are the properties 5.1 lists for an exception object.
func exceptionProps(e *object.Exception) []*object.Member {
	var inner any
	if e.Inner != nil {
		inner = e.Inner
	}
	return []*object.Member{
		{Name: "Message", Kind: object.Property, Value: e.Message},
		{Name: "Data", Kind: object.Property, Value: []any{}},
		{Name: "InnerException", Kind: object.Property, Value: inner},
		{Name: "TargetSite", Kind: object.Property},
		{Name: "StackTrace", Kind: object.Property},
		{Name: "HelpLink", Kind: object.Property},
		{Name: "Source", Kind: object.Property},
		{Name: "HResult", Kind: object.Property, Value: int32(-2146233088)},
	}
}

// propValue reads the property called name of v (case-insensitive);
// ok is false when v has no such property.
func propValue(v any, name string) (any, bool) {
	switch t := v.(type) {
	case *object.PSObject:
		if val, ok := t.Prop(name); ok {
			return val, true
		}
		if t.Base != nil {
			return propValue(t.Base, name)
		}
		return nil, false
	case *object.Hashtable:
		return t.Get(name)
	}
	for _, m := range objectProps(v) {
		if strings.EqualFold(m.Name, name) {
			return m.GetValue(), true
		}
	}
	return nil, false
}

// hasWildcard reports whether a -Property name is a pattern.
func hasWildcard(s string) bool { return strings.ContainsAny(s, "*?[") }

// matchNames expands a wildcard property name against v's properties
// (case-insensitive, in the object's order).
func matchNames(v any, pattern string) []string {
	p := strings.ToLower(pattern)
	var out []string
	for _, m := range objectProps(v) {
		if ok, _ := path.Match(p, strings.ToLower(m.Name)); ok {
			out = append(out, m.Name)
		}
	}
	return out
}
