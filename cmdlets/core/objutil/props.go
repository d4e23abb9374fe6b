package objutil

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// Prop is one entry of a -Property argument: a name (possibly with
// wildcards), a script block, or a calculated property from a hashtable.
type Prop struct {
	// Name is the property name or wildcard pattern; for a calculated
	// property the Name/Label key (or the expression's text).
	Name string
	Wild bool
	// Expr computes the value when set (a script block, or a calculated
	// property's Expression script block).
	Expr object.ScriptBlock
	// ExprName is a calculated property's Expression given as a
	// property name instead of a script block.
	ExprName string
	// Calculated marks a hashtable entry.
	Calculated bool
	// Ascending/Descending are Sort-Object's per-key directions (nil
	// when the hashtable does not say).
	Ascending, Descending *bool
	// Extra keeps the other keys of the hashtable (Width, Alignment,
	// FormatString) for Format-* style callers.
	Extra *object.Hashtable
}

// keyMatch reports whether a hashtable key names the entry full (any
// unique prefix is accepted, as PowerShell's calculated properties do).
func keyMatch(key, full string) bool {
	return key != "" && len(key) <= len(full) && strings.EqualFold(full[:len(key)], key)
}

// ParseProps reads a -Property argument (a single value or an array of
// names, script blocks and hashtables). allowed lists the hashtable keys
// the caller accepts besides Name/Label and Expression (e.g. "Ascending",
// "Descending" for Sort-Object; "NoName" refuses Name, keeping Label); a
// key outside them is PowerShell's "IllegalKey" error.
func ParseProps(v any, allowed ...string) ([]Prop, error) {
	items, ok := dotnet.Enumerate(v)
	if !ok {
		items = []any{v}
	}
	var out []Prop
	for _, it := range items {
		it = Base(it)
		switch x := it.(type) {
		case nil:
			continue
		case object.ScriptBlock:
			// The name is the script block's text as written, spaces and all
			// (PSPropertyExpression.ToString): { $_.p % 2 } names " $_.p % 2 ".
			out = append(out, Prop{Name: x.String(), Expr: x})
		case *object.Hashtable:
			p, err := parseCalculated(x, allowed)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		default:
			s := dotnet.ToString(x)
			out = append(out, Prop{Name: s, Wild: HasWildcard(s)})
		}
	}
	return out, nil
}

func parseCalculated(h *object.Hashtable, allowed []string) (Prop, error) {
	p := Prop{Calculated: true}
	nameKey := ""
	for _, k := range h.Keys() {
		key := dotnet.ToString(k)
		val, _ := h.Get(k)
		switch {
		case keyMatch(key, "Name") && !keyMatch(key, "Label") && contains(allowed, "NoName"):
			// ConvertTo-Html takes Label only ("unlike with Select-Object
			// or Format-Table, the Name key is not supported").
			return p, illegalKey(key)
		case keyMatch(key, "Name") || keyMatch(key, "Label"):
			if nameKey != "" {
				return p, propError("DictionaryKeyDuplicate", "The duplicated key \"%s\" conflicts with \"%s\".", key, nameKey)
			}
			p.Name, nameKey = dotnet.ToString(val), key
		case keyMatch(key, "Expression"):
			switch e := Base(val).(type) {
			case object.ScriptBlock:
				p.Expr = e
			case string:
				p.ExprName = e
			case nil:
				return p, propError("DictionaryKeyMissingValue", "The %s key has no value.", key)
			default:
				p.ExprName = dotnet.ToString(e)
			}
		case keyMatch(key, "Ascending") && contains(allowed, "Ascending"):
			b := dotnet.ToBool(val)
			p.Ascending = &b
		case keyMatch(key, "Descending") && contains(allowed, "Descending"):
			b := dotnet.ToBool(val)
			p.Descending = &b
		default:
			ok := false
			for _, a := range allowed {
				if keyMatch(key, a) {
					ok = true
				}
			}
			if !ok {
				return p, illegalKey(key)
			}
			if p.Extra == nil {
				p.Extra = object.NewHashtable(false)
			}
			p.Extra.Set(key, val)
		}
	}
	if p.Expr == nil && p.ExprName == "" && !contains(allowed, "NoExpression") {
		return p, propError("DictionaryKeyMandatoryEntry", "A mandatory entry for %s is missing.", "Expression")
	}
	if nameKey == "" {
		if p.Expr != nil {
			p.Name = p.Expr.String()
		} else {
			p.Name = p.ExprName
		}
	}
	return p, nil
}

func illegalKey(k string) error {
	return propError("DictionaryKeyIllegal", "The %s key is not valid.", k)
}

// PropError is a malformed calculated property, with the error id
// PowerShell reports it under (DictionaryKeyIllegal, …).
type PropError struct {
	ID string
	Ex *object.Exception
}

// Error returns the exception's message so that a PropError that escapes
// failProps still reads as PowerShell's text.
func (e *PropError) Error() string { return e.Ex.Message }

func propError(id, format string, args ...any) error {
	return &PropError{ID: id, Ex: object.NewException("System.Management.Automation.ParameterBindingException", format, args...)}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Value evaluates a single (non-wildcard) Prop against obj: the
// property's value, or the script block's output with $_ set to obj.
func (p *Prop) Value(rt pipeline.Runtime, obj any) (any, error) {
	switch {
	case p.Expr != nil:
		return Eval(rt, p.Expr, obj)
	case p.ExprName != "":
		return GetProp(obj, p.ExprName)
	}
	return GetProp(obj, p.Name)
}

// Eval runs sb with $_ set to obj in a child scope and returns its output
// as one value: nothing is $null, one object is itself, more are an
// Object[].
func Eval(rt pipeline.Runtime, sb object.ScriptBlock, obj any) (any, error) {
	out, err := rt.Invoke(sb, pipeline.InvokeOptions{DollarUnder: obj, UseDollarUnder: true, NewScope: true})
	if err != nil {
		return nil, err
	}
	return object.Collapse(out), nil
}

// GetProp reads a property as `$obj.Name` does (hashtable keys included);
// a missing property is $null.
func GetProp(obj any, name string) (any, error) {
	return members.Get(obj, name)
}

// HasProp reports whether obj has a property called name.
func HasProp(obj any, name string) bool {
	for _, m := range members.Properties(obj) {
		if strings.EqualFold(m.Name, name) {
			return true
		}
	}
	if h, ok := Base(obj).(*object.Hashtable); ok {
		return h.Has(name)
	}
	return false
}

// Expand resolves the names of wildcard Props against obj's properties,
// in the object's order, leaving other Props as they are.
func Expand(props []Prop, obj any) []Prop {
	var out []Prop
	var all []*object.Member
	loaded := false
	for _, p := range props {
		if !p.Wild {
			out = append(out, p)
			continue
		}
		if !loaded {
			all, loaded = members.Properties(obj), true
		}
		w := CompileWildcard(p.Name, false)
		for _, m := range all {
			if w.Match(m.Name) {
				// Each name a pattern matches keeps the pattern's own
				// sort direction (Sort-Object's hashtable keys).
				out = append(out, Prop{Name: m.Name, Ascending: p.Ascending, Descending: p.Descending})
			}
		}
	}
	return out
}

// CustomObjectString is a PSCustomObject's ToString(): "@{a=1; b=x}",
// each value by its own ToString().
func CustomObjectString(o *object.PSObject) string {
	var b strings.Builder
	b.WriteString("@{")
	for i, p := range o.Properties() {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name)
		b.WriteByte('=')
		if v := p.GetValue(); v != nil {
			b.WriteString(dotnet.MethodToString(v))
		}
	}
	b.WriteString("}")
	return b.String()
}

// PropertyArg reads the command's -Property argument with ParseProps.
// given is false when -Property is absent or $null (the command then
// works on whole objects); err is already the terminating error the
// command returns, with the id PowerShell reports it under.
func PropertyArg(c *pipeline.Call, allowed ...string) (props []Prop, given bool, err error) {
	v := c.Get("Property")
	if !c.Has("Property") || v == nil {
		return nil, false, nil
	}
	props, err = ParseProps(v, allowed...)
	if err != nil {
		return nil, false, failProps(c, err)
	}
	return props, true, nil
}

// failProps turns an error from ParseProps into the terminating error
// the cmdlet reports.
func failProps(c *pipeline.Call, err error) error {
	if pe, ok := err.(*PropError); ok {
		return c.Fail(pe.Ex, pe.ID, "InvalidArgument", nil)
	}
	if ex, ok := err.(*object.Exception); ok {
		return c.Fail(ex, "DictionaryKeyIllegal", "InvalidArgument", nil)
	}
	return err
}
