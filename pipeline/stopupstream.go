package pipeline

import "errors"

// ErrStopUpstream is what a command returns from Process when it needs no
// more input (Select-Object -First, as PowerShell's
// StopUpstreamCommandsException): the interpreter stops the commands
// before it, without error, and still runs the End of this command and
// of those after it.
var ErrStopUpstream = errors.New("StopUpstreamCommands")
