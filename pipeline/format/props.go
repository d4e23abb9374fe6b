package format

import (
	"path"
	"strings"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// objectProps returns the displayable properties of v in order, as
// Format-List * and the default table/list views see them.
func objectProps(v any) []*object.Member {
	return dateScriptPropertyLast(v, ownThenBaseProps(v))
}

// ownThenBaseProps is objectProps before the date reordering.
func ownThenBaseProps(v any) []*object.Member {
	o, ok := v.(*object.PSObject)
	if !ok || o.Base == nil || isScalar(o.Base) {
		return members.Properties(v)
	}
	// Members added to a .NET value (Get-Date's DisplayHint) come first,
	// then the value's own properties.
	own := o.Properties()
	if len(own) == 0 {
		return members.Properties(o.Base)
	}
	seen := make(map[string]bool, len(own))
	for _, m := range own {
		seen[strings.ToLower(m.Name)] = true
	}
	out := append([]*object.Member(nil), own...)
	for _, m := range members.Properties(o.Base) {
		if !seen[strings.ToLower(m.Name)] {
			out = append(out, m)
		}
	}
	return out
}

// propValue reads the property called name of v (case-insensitive);
// ok is false when v has no such property.
func propValue(v any, name string) (any, bool) {
	switch t := v.(type) {
	case *object.PSObject:
		if val, ok := t.Prop(name); ok {
			return val, true
		}
		if val, ok := members.TypeProperty(t, name); ok {
			return val, true
		}
		if t.Base != nil {
			return propValue(t.Base, name)
		}
		return nil, false
	case *object.Hashtable:
		return t.Get(name)
	case nil:
		return nil, false
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

// actualName is the spelling v gives its property called name ("" when
// it has none).
func actualName(v any, name string) string {
	for _, m := range objectProps(v) {
		if strings.EqualFold(m.Name, name) {
			return m.Name
		}
	}
	return ""
}
