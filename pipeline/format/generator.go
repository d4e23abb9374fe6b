package format

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"time"

	"cspsh/pipeline/object"
)

// generator is a view generator: it holds the shape and columns chosen
// from the first object of a document and formats each object with them.
type generator struct {
	kind  Kind
	view  *View    // the registered view, or nil for a property-derived one
	cols  []Column // active columns (table, wide; list with -Property)
	group *Group
	p     Params
	limit int
	// perObject marks a list without -Property: each object lists its
	// own properties (ListViewGenerator recomputes them every time).
	perObject bool
	// errors are expression failures kept for -ShowError.
	errors []*object.ErrorRecord
}

// defaultCustomDepth is how deep Format-Custom opens nested objects
// without -Depth.
const defaultCustomDepth = 5

// tableMaxColumns is the most columns a property-derived table shows
// (TableViewGenerator.FilterActiveAssociationList).
const tableMaxColumns = 10

// newGenerator picks the view for the first object of a document.
func newGenerator(v any, p Params) *generator {
	g := &generator{p: p, limit: p.Limit, kind: p.Shape}
	view, found := ViewFor(typeNames(v))
	if p.Shape != Undefined {
		view, found = viewOfKind(typeNames(v), p.Shape)
	}
	if found && len(p.Columns) == 0 {
		g.view = view
		g.kind = view.Kind
		g.cols = view.Columns
		if view.GroupBy != nil {
			g.group = view.GroupBy
		}
	} else {
		cols := expandColumns(v, p.Columns)
		if len(p.Columns) == 0 {
			cols = defaultColumns(v)
		}
		if g.kind == Undefined {
			g.kind = TableKind
			if len(cols) > 4 {
				g.kind = ListKind
			}
		}
		switch g.kind {
		case TableKind:
			if len(p.Columns) == 0 && len(cols) > tableMaxColumns {
				cols = cols[:tableMaxColumns]
			}
		case ListKind:
			g.perObject = len(p.Columns) == 0
		case WideKind:
			if len(p.Columns) == 0 {
				cols = wideDefault(v)
			}
			if len(cols) > 1 {
				cols = cols[:1]
			}
		}
		g.cols = cols
	}
	if p.GroupBy != nil {
		g.group = &Group{Column: *p.GroupBy}
	}
	return g
}

// useView switches the generator to a view chosen by name.
func (g *generator) useView(v *View, p Params) {
	g.view, g.kind, g.cols, g.perObject = v, v.Kind, v.Columns, false
	g.group = v.GroupBy
	if p.GroupBy != nil {
		g.group = &Group{Column: *p.GroupBy}
	}
}

// defaultColumns are an object's own properties as columns.
func defaultColumns(v any) []Column {
	props := objectProps(v)
	cols := make([]Column, len(props))
	for i, m := range props {
		cols[i] = Column{Property: m.Name}
	}
	return cols
}

// wideDefault is the single property Format-Wide shows without
// -Property: a name-like property (GetDisplayNameExpression), else the
// first property, else the object's text.
func wideDefault(v any) []Column {
	if isScalar(v) {
		return []Column{{Expr: func(x any) (any, error) { return toString(x), nil }, Label: ""}}
	}
	for _, pat := range []string{"name", "id", "key", "*key", "*name", "*id"} {
		if names := matchNames(v, pat); len(names) > 0 {
			return []Column{{Property: names[0]}}
		}
	}
	if props := objectProps(v); len(props) > 0 {
		return []Column{{Property: props[0].Name}}
	}
	return []Column{{Expr: func(x any) (any, error) { return toString(x), nil }, Label: ""}}
}

// expandColumns resolves wildcard names in -Property against v.
func expandColumns(v any, cols []Column) []Column {
	var out []Column
	for _, c := range cols {
		if c.Expr == nil && hasWildcard(c.Property) {
			for _, n := range matchNames(v, c.Property) {
				out = append(out, Column{Property: n})
			}
			continue
		}
		if c.Expr == nil && c.Label == "" {
			// The header shows the property's own spelling (ft name → Name).
			if n := actualName(v, c.Property); n != "" {
				c.Property = n
			}
		}
		out = append(out, c)
	}
	return out
}

// applicable reports whether v can be shown in the current document
// (ViewGenerator.IsObjectApplicable): anything goes for a
// property-derived view; a registered view takes only its own types.
func (g *generator) applicable(v any) bool {
	if g.view == nil {
		return true
	}
	return hasView(typeNames(v), g.view)
}

// startInfo describes the document's shape.
func (g *generator) startInfo(first any) *startInfo {
	si := &startInfo{shape: g.kind, autoSize: g.p.AutoSize, wrap: g.p.Wrap, hideHeader: g.p.HideTableHeaders, wideCols: g.p.WideColumns}
	if g.view != nil {
		si.hideHeader = si.hideHeader || g.view.HideTableHeaders
		si.wrap = si.wrap || g.view.Wrap
		si.autoSize = si.autoSize || g.view.AutoSize
		if si.wideCols == 0 {
			si.wideCols = g.view.WideColumns
		}
	}
	if g.kind == TableKind {
		for _, c := range g.cols {
			h := colHeader{label: c.Name(), width: c.Width, align: c.Align}
			if h.align == AlignDefault {
				h.align = AlignLeft
				if g.view == nil {
					// ComputeDefaultAlignment: scalars other than strings
					// (numbers, bool, char) are right-aligned; 5.1's
					// scalar list has no enums, so they stay left
					// (Get-Service reference, Format-Table -Property Status).
					if val, err := c.value(first); err == nil && isScalar(val) && !isEnumValue(val) {
						if o, ok := val.(*object.PSObject); ok && o.Base != nil {
							val = o.Base // the wrapped value decides (Compare-Object's InputObject)
						}
						if _, str := val.(string); !str {
							h.align = AlignRight
						}
					}
				}
			}
			si.cols = append(si.cols, h)
		}
	}
	return si
}

// groupKey returns the object's group value when the view groups.
func (g *generator) groupKey(v any) (string, bool) {
	if g.group == nil {
		return "", false
	}
	// An object without the grouping property starts no group (5.1's
	// UpdateGroupingKeyValue: no match, no update), so a certificate
	// read from a file (Get-PfxCertificate) shows no "PSParentPath:".
	if c := g.group.Column; c.Expr == nil {
		if _, ok := propValue(v, c.Property); !ok {
			return "", false
		}
	}
	val, _ := g.group.Column.value(v)
	return displayString(val, g.limit), true
}

// groupHeader returns the lines shown above a group.
func (g *generator) groupHeader(v any, grouped bool) []string {
	if !grouped {
		return nil
	}
	key, _ := g.groupKey(v)
	if g.group.Header != nil {
		return splitLines(g.group.Header(key))
	}
	return []string{"   " + g.group.Column.Name() + ": " + key}
}

// entry formats one object.
func (g *generator) entry(v any) *entry {
	switch g.kind {
	case TableKind:
		e := &entry{cells: make([]string, len(g.cols))}
		for i, c := range g.cols {
			e.cells[i] = g.cell(c, v)
		}
		return e
	case WideKind:
		if len(g.cols) == 0 {
			return &entry{text: toString(v)}
		}
		return &entry{text: g.cell(g.cols[0], v)}
	case CustomKind:
		if g.view != nil && g.view.Render != nil {
			return &entry{lines: splitLines(g.view.Render(v))}
		}
		depth := g.p.Depth
		if depth <= 0 {
			depth = defaultCustomDepth
		}
		var cols []Column
		if g.view == nil {
			cols = g.p.Columns
		}
		return &entry{lines: g.classLines(v, cols, 0, depth)}
	}
	cols := g.cols
	if g.perObject || (g.view == nil && len(g.p.Columns) == 0) {
		cols = defaultColumns(v)
	} else if g.view == nil {
		// A list leaves out names the object does not have
		// (AssociationManager.ExpandParameters); a table keeps them as
		// empty columns.
		cols = nil
		for _, c := range expandColumns(v, g.p.Columns) {
			if c.Expr == nil {
				if _, ok := propValue(v, c.Property); !ok {
					continue
				}
			}
			cols = append(cols, c)
		}
	}
	e := &entry{labels: make([]string, len(cols)), values: make([]string, len(cols))}
	for i, c := range cols {
		e.labels[i] = c.Name()
		e.values[i] = g.cell(c, v)
	}
	return e
}

// cell is one column's text for v.
func (g *generator) cell(c Column, v any) string {
	val, err := c.value(v)
	if err != nil {
		g.failed(v, c.Name(), err, "mshExpressionError", "Failed to evaluate expression \""+c.Name()+"\".")
		if g.p.DisplayError {
			return "#ERR"
		}
		return ""
	}
	if c.FormatString != "" && val != nil {
		s, err := formatWith(val, c.FormatString)
		if err == nil {
			return s
		}
		g.failed(v, c.Name(), err, "formattingError", "Failed to interpret format string \""+c.FormatString+"\".")
		if g.p.DisplayError {
			return "#ERR"
		}
		return ""
	}
	return displayString(val, g.limit)
}

// failed keeps an expression's failure for -ShowError, which shows it
// after the object as an error record (FormatErrorManager).
func (g *generator) failed(v any, expr string, err error, id, msg string) {
	if !g.p.ShowError {
		return
	}
	ex, ok := err.(*object.Exception)
	if !ok {
		if rec, isRec := err.(*object.ErrorRecord); isRec && rec.Exception != nil {
			ex = rec.Exception
		} else {
			ex = &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: err.Error()}
		}
	}
	rec := &object.ErrorRecord{Exception: ex, FullyQualifiedErrorID: id, Category: "InvalidArgument", TargetObject: v, DetailsMessage: msg}
	if v != nil {
		// The formatter evaluates expressions on the PSObject wrapper, so
		// the target shows as that object's ToString() and type PSObject
		// (Format-Table -ShowError: "(10/30/2013 2:28:07 PM:PSObject)").
		// PSObject.ToString() of a date is the date's own ToString(), in
		// the current culture, as toString shows it.
		rec.TargetName = toString(v)
		rec.TargetType = "PSObject"
	}
	g.errors = append(g.errors, rec)
}

// value evaluates the column for v.
func (c *Column) value(v any) (any, error) {
	if c.Expr != nil {
		return c.Expr(v)
	}
	val, _ := propValue(v, c.Property)
	return val, nil
}

// formatWith applies a FormatString: composite ("{0:N2}") when it has
// braces, otherwise as the argument of ToString(format).
func formatWith(v any, f string) (string, error) {
	if strings.Contains(f, "{0") || strings.Contains(f, "}") {
		return compositeFormat(f, v)
	}
	return valueFormat(v, f)
}

// splitLines splits text on line ends (CRLF or LF).
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r", "")
	return strings.Split(s, "\n")
}

// isDateTime reports whether v is a DateTime.
func isDateTime(v any) bool {
	_, ok := v.(time.Time)
	return ok
}

var _ = object.Null

// isEnumValue reports an enum value, bare or wrapped in a PSObject.
func isEnumValue(v any) bool {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	if _, ok := v.(dotnet.Enum); ok {
		return true
	}
	return isEnum(v)
}
