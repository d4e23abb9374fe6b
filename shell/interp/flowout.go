package interp

// `return` inside $( ) or @( ) leaves the expression before it has a
// value, but what the subexpression wrote so far is output of the
// function all the same: function f { $("1"; return "2") } writes 1 and
// 2 (PowerShell's Scripting.Followup tests, "The results from the
// sub-expression need to be preserved and flushed to the outer
// pipeline").

// keepOnReturn holds items when err is a return leaving the
// subexpression that collected them. An enclosing subexpression's items
// came first, so they go before those an inner one kept.
func (r *Runner) keepOnReturn(err error, items []any) {
	if _, ok := err.(*returnErr); ok && len(items) > 0 {
		r.pending = append(append([]any(nil), items...), r.pending...)
	}
}

// flushPending writes the held items to out, where the return lands.
func (r *Runner) flushPending(out emitFn) error {
	if len(r.pending) == 0 {
		return nil
	}
	items := r.pending
	r.pending = nil
	for _, v := range items {
		if err := out(v); err != nil {
			return err
		}
	}
	return nil
}
