package data

import (
	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Small constructors keep the parameter tables readable: each cmdlet's
// declaration is data, read by the binder, Get-Help and completion.

const utility = "Microsoft.PowerShell.Utility"

// The parameter tables use the shared declaration helpers of pipeline.
var (
	param       = pipeline.Param
	withHelp    = pipeline.WithHelp
	named       = pipeline.NamedIn
	at          = pipeline.PositionIn
	must        = pipeline.MandatoryIn
	inputObject = pipeline.InputObjectParam
)

// current returns the object Process works on: the pipeline input, or
// -InputObject when the command runs without input.
func current(c *pipeline.Call) (any, bool) { return c.Current() }

// inRange is [ValidateRange(lo, hi)]: the binder wraps its message as
// "Cannot validate argument on parameter 'X'. …".
func inRange(p *pipeline.ParamDecl, lo, hi int) *pipeline.ParamDecl {
	p.Validate = func(v any) error {
		n, ok := objutil.ToInt(v)
		if !ok {
			return nil
		}
		if n < lo {
			return object.NewException("System.Management.Automation.ValidationMetadataException",
				"The %d argument is less than the minimum allowed range of %d. Supply an argument that is greater than or equal to %d and then try the command again.", n, lo, lo)
		}
		if n > hi {
			return object.NewException("System.Management.Automation.ValidationMetadataException",
				"The %d argument is greater than the maximum allowed range of %d. Supply an argument that is less than or equal to %d and then try the command again.", n, hi, hi)
		}
		return nil
	}
	return p
}

// asException extracts the .NET exception of an error.
func asException(err error) *object.Exception {
	switch e := err.(type) {
	case *object.Exception:
		return e
	case *object.ErrorRecord:
		return e.Exception
	}
	return object.NewException("System.Exception", "%s", err.Error())
}
