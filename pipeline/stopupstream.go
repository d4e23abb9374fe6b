package pipeline

import "errors"

// ErrStopUpstream is what a command returns from Process when it needs no
// more input (Select-Object -First, as PowerShell's
// StopUpstreamCommandsException): the interpreter stops the commands
// before it, without error, and still runs the End of this command and
// of those after it.
var ErrStopUpstream = errors.New("StopUpstreamCommands")

// ErrUnwind is what writing output returns to the commands before one
// that returned ErrStopUpstream: each stops where it is, without its End,
// and without failing, so $? stays $true after
// `Get-Date | Select-Object -First 1` as after `1..5 | Select-Object -First 2`.
var ErrUnwind = errors.New("unwind upstream")
