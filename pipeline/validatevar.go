package pipeline

// A variable declared with validation attributes keeps them: every later
// assignment is checked as the parameter binder checks an argument
// (about_Functions_Advanced_Parameters, "The validation occurs whenever
// that variable is assigned even within the script").

// HasValidation reports whether d carries a validation attribute that
// also binds the variable it declares.
func (d *ParamDecl) HasValidation() bool {
	return len(d.ValidateSet) > 0 || d.ValidateNotNull || d.ValidateNotNullOrEmpty ||
		d.ValidateRange != nil || d.ValidatePattern != "" || d.ValidateCount != nil ||
		d.ValidateLength != nil || d.ValidateScript != nil
}

// ValidVariableValue reports whether v passes d's validation attributes.
// The mandatory checks of a parameter do not apply to a variable.
func ValidVariableValue(d *ParamDecl, v any, rt Runtime) bool {
	q := *d
	q.Sets = nil
	b := &binder{rt: rt, ci: &CommandInfo{}}
	return b.validate(&q, v, nil) == nil
}
