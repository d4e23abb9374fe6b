package interp

import "strings"

// bindEnum makes $foreach or $switch (lname) the enumerator of the loop
// that is starting, in the current scope, and returns the function that
// puts back what the name held before. PowerShell keeps these variables
// only while their statement runs: after an inner loop, $foreach is the
// outer loop's enumerator again, and after the outermost it is gone
// (about_Automatic_Variables, $foreach and $switch).
func (r *Runner) bindEnum(lname string, it *iterator) func() {
	s := r.scope
	prev, had := s.vars.get(lname)
	var old any
	if had {
		old = prev.value()
	}
	r.setLocal(s, lname, it.object())
	return func() {
		if had {
			r.setLocal(s, lname, old)
			return
		}
		r.remove(s, lname)
	}
}

// noteEnum records that the code being compiled may read the enumerator
// variable name ("foreach" or "switch"). Each name is recorded once, so
// a long block of commands does not grow the record (and copy it) with
// every command.
func (c *compiler) noteEnum(name string) {
	if !strings.Contains(c.usesEnum, name) {
		c.usesEnum += name + " "
	}
}
