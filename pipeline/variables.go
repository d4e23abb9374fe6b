package pipeline

// ScopedVariables is implemented by runtimes that know variable scopes,
// options and descriptions. The *-Variable cmdlets use it when present
// (Get-Variable -Scope, New-Variable -Option ReadOnly, the "already
// exists" check of New-Variable in the current scope only); without it
// they fall back to GetVar/SetVar/Variables, which ignore options.
type ScopedVariables interface {
	// VariablesIn lists the variables defined in one scope ("local",
	// "global", "script", or a number of levels up as text), without
	// those inherited from parent scopes.
	VariablesIn(scope string) ([]*Variable, error)
	// DefineVar creates or replaces variable v in scope with its options
	// and description. Replacing a ReadOnly variable needs force; a
	// Constant one cannot be replaced. Errors are PowerShell's
	// (*object.ErrorRecord or *object.Exception).
	DefineVar(v *Variable, scope string, force bool) error
}
