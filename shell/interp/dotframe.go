package interp

// A dot-sourced function, script or script block runs in its caller's
// scope, but with its own automatic variables: $MyInvocation is its own
// invocation (MyInvocation.Tests.ps1: `. myfunc` sees "myfunc" in
// $MyInvocation.Line), as are $args, $input, $PSBoundParameters and
// $PSCmdlet. swapFrame sets the caller's aside; restoreFrame puts them
// back when the call ends.

// swapFrame makes f the frame of the caller's scope for the call.
func (a *activation) swapFrame(f *callFrame) {
	s, r := a.scope, a.r
	a.dotted.swapped = true
	a.dotted.frame = s.frame
	for i, n := range frameNames {
		v, _ := s.vars.get(n)
		a.dotted.vars[i] = v
		if v != nil {
			r.remove(s, n)
		}
	}
	s.frame = f
}

// restoreFrame gives the caller's scope its own frame and variables back.
func (a *activation) restoreFrame() {
	s, r := a.scope, a.r
	for i, n := range frameNames {
		r.remove(s, n)
		if v := a.dotted.vars[i]; v != nil {
			r.defineVar(s, n, v)
		}
		a.dotted.vars[i] = nil
	}
	s.frame = a.dotted.frame
	a.dotted.frame = nil
	a.dotted.swapped = false
}
