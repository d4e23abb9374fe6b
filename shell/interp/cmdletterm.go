package interp

import "cspsh/pipeline/object"

// cmdletTermination carries $PSCmdlet.ThrowTerminatingError's record out
// of the advanced function that threw it. The function's own statements
// do not handle it: a local $ErrorActionPreference (from -ErrorAction
// SilentlyContinue) does not suppress it; at the function's boundary it
// becomes a plain terminating error for the caller's statement, whose
// preference decides (about_Error_Handling, "The $ErrorActionPreference
// asymmetry"). A try/catch inside the function still catches it.
type cmdletTermination struct{ rec *object.ErrorRecord }

func (e *cmdletTermination) Error() string { return e.rec.Error() }
func (e *cmdletTermination) flow()         {}
