package interp

// chainFailed handles an error raised by one pipeline of a pipeline
// chain (&&, ||), running in statement i of block b. PowerShell 7 treats
// each pipeline of the chain as a statement of its own for errors: one
// that the block would show, trap (trap { continue } or a trap that falls
// through) or drop by preference leaves the pipeline failed ($? false) and
// the chain goes on; one that the block would pass up (a throw, an
// enclosing try, 'Stop') ends the chain. It returns nil to go on.
func (r *Runner) chainFailed(b *blockCode, i int, out emitFn, err error) error {
	if b == nil || i >= len(b.stmts) {
		return err
	}
	goOn, err := b.handle(r, out, i, err)
	if !goOn {
		return err
	}
	r.lastOK = false
	return nil
}
