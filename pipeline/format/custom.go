package format

import (
	"strings"
)

// Format-Custom without a registered view (ComplexViewObjectBrowser):
// "class Type", then "{", one "Name = value" line per property indented
// two spaces, then "}". A property whose value is not a scalar (a custom
// object, a DateTime, a TimeSpan …) opens its own class block four
// spaces in, one level deeper; at the maximum depth (Format-Custom
// -Depth, 5 by default, or a calculated property's Depth key) values
// show as text.

// classLines renders v at level with the properties cols (nil: all of
// v's properties) and the maximum depth max.
func (g *generator) classLines(v any, cols []Column, level, max int) []string {
	name := "PSObject"
	if tn := typeNames(v); len(tn) > 0 {
		name = tn[0]
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		}
	}
	lines := []string{"class " + name, "{"}
	add := func(label string, val any, lvl, mx int) {
		if items, isList := enumerate(val); isList {
			// A collection opens a bracketed list whatever the depth.
			lines = append(lines, "  "+label+" = ")
			for _, l := range g.listLines(items, lvl+1, mx) {
				lines = append(lines, "    "+l)
			}
			return
		}
		if g.customLeaf(val, lvl, mx) {
			lines = append(lines, "  "+label+" = "+displayString(val, g.limit))
			return
		}
		lines = append(lines, "  "+label+" = ")
		for _, l := range g.classLines(val, nil, lvl+1, mx) {
			lines = append(lines, "    "+l)
		}
	}
	if cols == nil {
		for _, m := range objectProps(v) {
			add(m.Name, m.GetValue(), level, max)
		}
		return append(lines, "}")
	}
	for _, c := range expandColumns(v, cols) {
		val, err := c.value(v)
		if err != nil {
			val = nil
		}
		mx := max
		if c.HasDepth {
			mx = c.Depth
		}
		add(c.Name(), val, level, mx)
	}
	return append(lines, "}")
}

// customLeaf reports whether val shows as text: nothing, a scalar or an
// enum (DefaultScalarTypes), or any value at the maximum depth.
func (g *generator) customLeaf(val any, lvl, max int) bool {
	return val == nil || lvl >= max || isScalar(val) || isEnumValue(val)
}

// listLines renders a collection's items between "[" and "]", two
// spaces in, up to the enumeration limit ("..." after it), followed by
// an empty line; nested collections and objects open one level deeper.
func (g *generator) listLines(items []any, lvl, max int) []string {
	lines := []string{"["}
	for i, x := range items {
		if g.limit >= 0 && i == g.limit {
			lines = append(lines, "  ...")
			break
		}
		if g.customLeaf(x, lvl, max) {
			lines = append(lines, "  "+displayString(x, g.limit))
			continue
		}
		if sub, ok := enumerate(x); ok {
			lines = append(lines, "")
			for _, l := range g.listLines(sub, lvl+1, max) {
				lines = append(lines, "  "+l)
			}
			continue
		}
		for _, l := range g.classLines(x, nil, lvl+1, max) {
			lines = append(lines, "  "+l)
		}
	}
	return append(lines, "]", "")
}
