package interp

import "cspsh/pipeline/object"

// WithInput makes the lines load returns the $input of the top-level
// command text and script file, as powershell.exe does when its standard
// input is redirected (`"Hello" | powershell -Command '"$input World!"'`).
// load runs when $input is first enumerated, so a script that never reads
// $input never waits for standard input.
func WithInput(load func() []any) Option {
	return func(r *Runner) {
		r.stdin = object.NewLazyEnumerator(object.InputEnumeratorType, load)
	}
}

// setInputEnum makes e the activation's $input.
func (a *activation) setInputEnum(e *object.Enumerator) {
	if !a.pushed {
		a.r.setLocal(a.scope, "input", e)
		return
	}
	if v, ok := a.scope.vars.get("input"); ok {
		v.Value = e
		return
	}
	a.r.setLocal(a.scope, "input", e)
}
