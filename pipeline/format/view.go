package format

import (
	"strings"
	"sync"

	"cspsh/pipeline/object"
)

// Kind is the shape of a view, as a format.ps1xml view declares it.
type Kind int

// View kinds.
const (
	TableKind Kind = iota
	ListKind
	WideKind
	CustomKind
)

// String names the kind as Format-* cmdlets call it.
func (k Kind) String() string {
	if k < TableKind || k > CustomKind {
		return "Undefined"
	}
	return [...]string{"Table", "List", "Wide", "Custom"}[k]
}

// Align is a column's alignment. AlignDefault lets the value decide:
// numbers right, everything else left (as 5.1 does for unaligned columns).
type Align int

// Alignments.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignRight
	AlignCenter
)

// Column is one table column, list entry or wide item: a label and how to
// get the value from the object.
type Column struct {
	// Label is the header (table) or name (list). Empty means Property.
	Label string
	// Property names the property to read when Expr is nil.
	Property string
	// Expr computes the value (a format.ps1xml ScriptBlock, or a
	// calculated property's Expression). An error shows as an empty cell,
	// as PowerShell shows a failing expression.
	Expr func(v any) (any, error)
	// Width is the table column width; 0 means computed.
	Width int
	Align Align
	// FormatString is applied with .NET formatting ("N2", "yyyy-MM-dd").
	FormatString string
	// Depth is a Format-Custom calculated property's own expansion
	// depth (its "Depth" key), used when HasDepth is set.
	Depth    int
	HasDepth bool
}

// Name returns the text shown for the column.
func (c *Column) Name() string {
	if c.Label != "" {
		return c.Label
	}
	return c.Property
}

// Group is a view's GroupBy: consecutive objects with equal group values
// share one table, and each group starts with a header.
type Group struct {
	// Column gives the group value (its Label is shown as "Label: value").
	Column Column
	// Header, when set, renders the whole group header block instead of
	// the default "   Label: value" line (for example the FileSystem
	// provider's "    Directory: C:\x" frame).
	Header func(value string) string
}

// View is a registered display of a type: what Out-Default and the
// Format-* cmdlets use when an object's type has one.
type View struct {
	Name    string
	Kind    Kind
	Columns []Column
	GroupBy *Group
	// AutoSize computes column widths from the values instead of Width.
	AutoSize bool
	// HideTableHeaders omits the header and underline rows.
	HideTableHeaders bool
	// Wrap wraps cell text instead of truncating it.
	Wrap bool
	// WideColumns is the number of columns of a wide view (0 = as wide
	// items fit).
	WideColumns int
	// OutOfBand views show each object on its own, even in the middle of
	// another table (the error, warning and verbose record views).
	OutOfBand bool
	// Render, when set, turns one object into its lines directly (a
	// CustomControl, such as MatchInfo's "file:line:text"). Render views
	// print each object on its own, with no table around it.
	Render func(v any) string
}

var (
	viewMu    sync.RWMutex
	views     map[string][]*View // lower-case type name → views; made on first use, under viewMu
	viewsOnce sync.Once
)

// loadViews registers the built-in views the first time the table is
// used: building them (a few dozen views with their columns) at package
// init cost every start, even of a script that prints nothing.
func loadViews() { viewsOnce.Do(registerBuiltinViews) }

// RegisterView makes v a view for objects whose type names
// (PSObject.TypeNames, or the .NET type name of a plain value) include
// typeName. A type may have one view of each kind; the first kind
// registered is the default Out-Default uses, the others serve
// Format-Table, Format-List and Format-Wide. A later registration of the
// same kind replaces the earlier one, so a cmdlet family can refine a
// built-in view.
func RegisterView(typeName string, v *View) {
	loadViews()
	registerView(typeName, v)
}

// registerView adds v to the table (the built-in views use it directly).
func registerView(typeName string, v *View) {
	viewMu.Lock()
	defer viewMu.Unlock()
	if views == nil {
		views = map[string][]*View{}
	}
	key := strings.ToLower(typeName)
	list := views[key]
	for i, old := range list {
		if old.Kind == v.Kind {
			list[i] = v
			return
		}
	}
	views[key] = append(list, v)
}

// LookupView returns the default view registered for typeName.
func LookupView(typeName string) (*View, bool) {
	loadViews()
	viewMu.RLock()
	defer viewMu.RUnlock()
	list := views[strings.ToLower(typeName)]
	if len(list) == 0 {
		return nil, false
	}
	return list[0], true
}

// ViewFor returns the default view for the first of typeNames (most
// derived first) that has one, as PowerShell searches a type's hierarchy.
func ViewFor(typeNames []string) (*View, bool) {
	loadViews()
	viewMu.RLock()
	defer viewMu.RUnlock()
	for _, t := range typeNames {
		if list := views[strings.ToLower(t)]; len(list) > 0 {
			return list[0], true
		}
	}
	return nil, false
}

// viewOfKind returns the view of the given kind for the first of
// typeNames that has one (Format-List picks the list view).
func viewOfKind(typeNames []string, k Kind) (*View, bool) {
	loadViews()
	viewMu.RLock()
	defer viewMu.RUnlock()
	for _, t := range typeNames {
		for _, v := range views[strings.ToLower(t)] {
			if v.Kind == k || (k == CustomKind && v.Render != nil) {
				return v, true
			}
		}
	}
	return nil, false
}

// hasView reports whether v is one of the views of typeNames.
func hasView(typeNames []string, v *View) bool {
	loadViews()
	viewMu.RLock()
	defer viewMu.RUnlock()
	for _, t := range typeNames {
		for _, x := range views[strings.ToLower(t)] {
			if x == v {
				return true
			}
		}
	}
	return false
}

// namedView finds the view of kind k called name for typeNames. When
// there is none, err says so in PowerShell's words.
func namedView(typeNames []string, k Kind, name string) (*View, error) {
	loadViews()
	viewMu.RLock()
	defer viewMu.RUnlock()
	var names []string
	for _, t := range typeNames {
		for _, v := range views[strings.ToLower(t)] {
			if v.Kind != k {
				continue
			}
			if strings.EqualFold(v.Name, name) {
				return v, nil
			}
			names = append(names, v.Name)
		}
	}
	typ := "System.Object"
	if len(typeNames) > 0 {
		typ = typeNames[0]
	}
	if len(names) > 0 {
		return nil, &object.Exception{Type: "System.Management.Automation.PipelineStoppedException",
			Message: "The view name " + name + " cannot be found. Specify one of the following " + k.String() + " views and try again: " + strings.Join(names, ", ") + "."}
	}
	return nil, &object.Exception{Type: "System.Management.Automation.PipelineStoppedException",
		Message: "The view name " + name + " cannot be found. There are no existing " + k.String() + " views for " + typ + " objects."}
}
