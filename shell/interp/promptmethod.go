package interp

import "cspsh/pipeline/object"

// promptMethodError is how a Confirm prompt nobody can answer reaches a
// script that called $PSCmdlet.ShouldProcess or ShouldContinue: the
// console host's PromptForChoice throws PSInvalidOperationException, and
// like any .NET method's exception it comes back wrapped as
// MethodInvocationException ("Exception calling "ShouldProcess" with "1"
// argument(s): ...", FullyQualifiedErrorId PSInvalidOperationException),
// not as an error of the function itself. A Go cmdlet's own prompt keeps
// the record (the processor reports it as the cmdlet's error).
func promptMethodError(err error) error {
	if rec, ok := err.(*object.ErrorRecord); ok && rec.Exception != nil {
		return rec.Exception
	}
	return err
}
