package format

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// The keys a calculated property may use, per shape
// (FormatParameterDefinition and its table, list, wide and group-by
// variants); plain slices, laid out with no init code.
var (
	tableCalcKeys  = []string{"Name", "Label", "Expression", "FormatString", "Width", "Alignment"}
	listCalcKeys   = []string{"Name", "Label", "Expression", "FormatString"}
	wideCalcKeys   = []string{"Expression", "FormatString"}
	customCalcKeys = []string{"Expression", "Depth"}
)

// calcKeys returns the keys of kind; a shape with none of its own takes
// the table's.
func calcKeys(kind Kind) []string {
	switch kind {
	case ListKind:
		return listCalcKeys
	case WideKind:
		return wideCalcKeys
	case CustomKind:
		return customCalcKeys
	}
	return tableCalcKeys
}

// groupKeys are the keys -GroupBy accepts.
var groupKeys = []string{"Name", "Label", "Expression", "FormatString"}

// ParseColumns turns -Property values (names with wildcards, script
// blocks, and hashtables such as @{Name='MB'; Expression={$_.Length/1MB};
// FormatString='N2'; Width=10; Alignment='Right'}) into columns. Script
// blocks run through rt with $_ set to the object.
func ParseColumns(specs []any, kind Kind, rt pipeline.Runtime) ([]Column, error) {
	keys := calcKeys(kind)
	var cols []Column
	for _, s := range specs {
		c, err := parseColumn(s, keys, rt)
		if err != nil {
			return nil, err
		}
		cols = append(cols, c)
	}
	return cols, nil
}

// ParseGroupBy reads a -GroupBy value.
func ParseGroupBy(spec any, rt pipeline.Runtime) (*Column, error) {
	c, err := parseColumn(spec, groupKeys, rt)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func parseColumn(spec any, keys []string, rt pipeline.Runtime) (Column, error) {
	if o, ok := spec.(*object.PSObject); ok && o.Base != nil {
		spec = o.Base
	}
	switch t := spec.(type) {
	case nil:
		return Column{}, notSupported("The value of a parameter was null; one of the following types was expected: {System.String, System.Management.Automation.ScriptBlock}.")
	case string:
		if t == "" {
			return Column{}, notSupported("An empty string value is not allowed.")
		}
		return Column{Property: t}, nil
	case *object.Hashtable:
		return parseHashColumn(t, keys, rt)
	case object.ScriptBlock:
		// The header is the block's text as written, spaces included
		// (Format-Table reference, Example 8: "DayOfWeek  $_ / $null").
		return Column{Label: t.String(), Expr: scriptExpr(t, rt)}, nil
	}
	return Column{Property: dotnet.ToString(spec)}, nil
}

// parseHashColumn reads a calculated property's entries, each key
// matched by unique prefix without case.
func parseHashColumn(h *object.Hashtable, keys []string, rt pipeline.Runtime) (Column, error) {
	var c Column
	seen := map[string]string{}
	hasExpr := false
	for _, k := range h.Keys() {
		ks, ok := k.(string)
		if !ok {
			return c, notSupported(fmt.Sprintf("The %s key type is not valid. The key must be a string.", dotnet.ToString(k)))
		}
		key, err := matchKey(ks, keys)
		if err != nil {
			return c, err
		}
		canon := key
		if key == "Name" || key == "Label" {
			canon = "Label"
		}
		if prev, dup := seen[canon]; dup {
			return c, notSupported(fmt.Sprintf("The duplicated key \"%s\" conflicts with \"%s\".", ks, prev))
		}
		seen[canon] = ks
		val, _ := h.Get(k)
		if o, ok := val.(*object.PSObject); ok && o.Base != nil {
			val = o.Base
		}
		switch key {
		case "Name", "Label":
			c.Label = dotnet.ToString(val)
		case "Expression":
			hasExpr = true
			switch e := val.(type) {
			case object.ScriptBlock:
				c.Expr = scriptExpr(e, rt)
				if c.Label == "" {
					c.Property = e.String()
				}
			case string:
				if e == "" {
					return c, notSupported(fmt.Sprintf("The \"%s\" key cannot have an empty string value.", ks))
				}
				c.Property = e
			case nil:
				return c, notSupported(fmt.Sprintf("The %s key has no value.", ks))
			default:
				return c, notSupported(fmt.Sprintf("The \"%s\" key has a type, %s, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.", ks, dotnet.TypeName(val)))
			}
		case "FormatString":
			s := dotnet.ToString(val)
			if s == "" {
				return c, notSupported(fmt.Sprintf("Cannot have an empty formatting string for key \"%s\".", ks))
			}
			c.FormatString = s
		case "Width":
			n, err := dotnet.Convert(val, "int")
			w, _ := n.(int32)
			if err != nil || w <= 0 {
				return c, notSupported(fmt.Sprintf("The value \"%s\" for key \"%s\" should be greater than 0.", dotnet.ToString(val), ks))
			}
			c.Width = int(w)
		case "Alignment":
			a, err := parseAlign(dotnet.ToString(val), ks)
			if err != nil {
				return c, err
			}
			c.Align = a
		case "Depth":
			// Only an Int32 will do: the key's type is checked, not
			// converted (IllegalTypeSingleError).
			d, ok := val.(int32)
			if !ok {
				return c, notSupported(fmt.Sprintf("The \"%s\" key has a type, %s, that is not valid; expected type is System.Int32.", ks, dotnet.TypeName(val)))
			}
			c.Depth, c.HasDepth = int(d), true
		}
	}
	if !hasExpr {
		return c, notSupported("A mandatory entry for Expression is missing.")
	}
	if c.Label == "" && c.Expr != nil {
		c.Label = c.Property
		c.Property = ""
	}
	return c, nil
}

// matchKey finds the key name that key is a prefix of.
func matchKey(key string, keys []string) (string, error) {
	var found []string
	for _, k := range keys {
		if len(key) <= len(k) && strings.EqualFold(k[:len(key)], key) {
			if strings.EqualFold(k, key) {
				return k, nil
			}
			found = append(found, k)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return "", notSupported(fmt.Sprintf("The %s key is not valid.", key))
	}
	return "", notSupported(fmt.Sprintf("The %s key is ambiguous; %s and %s conflict.", key, found[0], found[1]))
}

func parseAlign(s, key string) (Align, error) {
	ls := strings.ToLower(s)
	for _, a := range []struct {
		name  string
		align Align
	}{{"left", AlignLeft}, {"center", AlignCenter}, {"right", AlignRight}} {
		if ls != "" && strings.HasPrefix(a.name, ls) {
			return a.align, nil
		}
	}
	return 0, notSupported(fmt.Sprintf("The value \"%s\" for key \"%s\" is not valid; valid values are left, center, right.", s, key))
}

// scriptExpr evaluates a script block with $_ set to the object; several
// results make an array, none makes $null.
func scriptExpr(sb object.ScriptBlock, rt pipeline.Runtime) func(any) (any, error) {
	return func(v any) (any, error) {
		if rt == nil {
			return nil, nil
		}
		out, err := rt.Invoke(sb, pipeline.InvokeOptions{DollarUnder: v, UseDollarUnder: true, PropagateErrors: true})
		if err != nil {
			return nil, err
		}
		return object.Collapse(out), nil
	}
}

// notSupported is the NotSupportedException PowerShell raises for a bad
// -Property entry.
func notSupported(msg string) *object.Exception {
	return &object.Exception{Type: "System.NotSupportedException", Message: msg}
}
