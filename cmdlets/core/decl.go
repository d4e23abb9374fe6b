package core

import (
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

// scriptBlocks reads a scriptblock or scriptblock[] parameter value.
func scriptBlocks(v any) []object.ScriptBlock {
	switch x := v.(type) {
	case nil:
		return nil
	case object.ScriptBlock:
		return []object.ScriptBlock{x}
	case []object.ScriptBlock:
		return x
	case []any:
		out := make([]object.ScriptBlock, 0, len(x))
		for _, e := range x {
			sb, _ := e.(object.ScriptBlock)
			out = append(out, sb)
		}
		return out
	}
	return nil
}
