package pipeline

// Interrupter is implemented by a Runtime that can tell a long-running
// cmdlet (Start-Sleep, a prompt) that the user pressed Ctrl-C: the
// channel is closed when the running pipeline is being stopped. Cmdlets
// check for it with a type assertion, so a Runtime without it still
// works (the cmdlet then simply runs to completion).
type Interrupter interface {
	Interrupted() <-chan struct{}
}
