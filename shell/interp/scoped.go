package interp

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

var _ pipeline.ScopedVariables = rtView{}

// VariablesIn lists the variables defined in one scope itself.
func (rt rtView) VariablesIn(scope string) ([]*pipeline.Variable, error) {
	r := rt.Runner
	sc, err := r.scopeByName(scope)
	if err != nil {
		return nil, err
	}
	if sc.frame != nil {
		for _, n := range frameNames {
			sc.local(n)
		}
	}
	name := "Local"
	if sc == r.global {
		name = "Global"
	}
	var out []*pipeline.Variable
	sc.vars.each(func(_ string, v *Variable) {
		if v.Options&optPrivate != 0 && sc != r.scope {
			// about_Scopes, "Private Option": Get-Variable in another
			// scope does not display it, even with -Scope Global.
			return
		}
		out = append(out, &pipeline.Variable{Name: v.Name, Value: v.value(), Description: v.Description, Options: v.Options.String(), Scope: name, Attributes: varAttributes(v)})
	})
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out, nil
}

// DefineVar creates or replaces a variable with its options and
// description (New-Variable, Set-Variable -Option).
func (rt rtView) DefineVar(pv *pipeline.Variable, scope string, force bool) error {
	r := rt.Runner
	sc, err := r.scopeByName(scope)
	if err != nil {
		return err
	}
	lname := strings.ToLower(pv.Name)
	keep := varOptions(0)
	if old := sc.local(lname); old != nil {
		keep = old.Options
		if old.Options&optConstant != 0 || (old.Options&optReadOnly != 0 && !force) {
			ex := object.NewException("System.Management.Automation.SessionStateUnauthorizedAccessException",
				"Cannot overwrite variable %s because it is read-only or constant.", old.Name)
			return object.NewError(ex, "VariableNotWritable", "WriteError", old.Name)
		}
		if !force && parseOptions(pv.Options)&optConstant != 0 {
			// Constant is given at creation only (Set-Variable -Option
			// Constant on an existing variable).
			ex := object.NewException("System.Management.Automation.SessionStateUnauthorizedAccessException",
				"Existing variable %s cannot be made constant. Variables can be made constant only at creation time.", old.Name)
			return object.NewError(ex, "VariableCannotBeMadeConstant", "WriteError", old.Name)
		}
	}
	v := r.define(sc, pv.Name)
	v.Value, v.get, v.Type = pv.Value, nil, ""
	v.Description = pv.Description
	v.Options = parseOptions(pv.Options)
	if pv.Options == "" {
		v.Options = keep
	}
	if v.Options&optAllScope != 0 {
		r.global.allScope++
	}
	if strings.EqualFold(scope, "private") {
		v.Options |= optPrivate
	}
	return nil
}

// parseOptions reads ScopedItemOptions text such as "ReadOnly, AllScope".
func parseOptions(s string) varOptions {
	var o varOptions
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		switch strings.ToLower(p) {
		case "readonly":
			o |= optReadOnly
		case "constant":
			o |= optConstant
		case "private":
			o |= optPrivate
		case "allscope":
			o |= optAllScope
		}
	}
	return o
}
