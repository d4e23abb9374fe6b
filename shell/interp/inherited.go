package interp

import "cspsh/shell/syntax"

// inheritedValue is what `$x += …` and `$x++` read when the current
// scope has no $x of its own: $null, since compound assignment does not
// use dynamic scoping (about_Assignment_Operators, "Using compound
// assignment operators"). Under strict mode a variable set in no scope
// at all is VariableIsUndefined, as reading it is; one a caller holds is
// left alone, the conservative reading of a rule the documentation does
// not spell out.
func (r *Runner) inheritedValue(v *syntax.VariableExpr, at site) (any, error) {
	if !r.strictUsed || !r.strictVarRead(false) {
		return nil, nil
	}
	if v.Scope == "" && r.lookupVar("", v.Name) != nil {
		return nil, nil
	}
	return nil, at.wrap(varNotSetError(userPath(v)))
}
