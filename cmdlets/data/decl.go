package data

import "cspsh/pipeline"

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

// inRange is [ValidateRange(lo, hi)]; the binder checks it and reports
// "Cannot validate argument on parameter 'X'. …" as PowerShell does.
func inRange(p *pipeline.ParamDecl, lo, hi int32) *pipeline.ParamDecl {
	p.ValidateRange = &pipeline.Range{Min: lo, Max: hi}
	return p
}
