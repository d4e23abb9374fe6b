package output

import (
	"math"

	"cspsh/pipeline"
)

// The parameter tables use the shared declaration helpers.
var (
	param       = pipeline.Param
	withHelp    = pipeline.WithHelp
	named       = pipeline.NamedIn
	at          = pipeline.PositionIn
	must        = pipeline.MandatoryIn
	inputObject = pipeline.InputObjectParam
)

// lookupVar reads a variable through the runtime (nil-safe).
func lookupVar(c *pipeline.Call) func(string) (any, bool) {
	return func(name string) (any, bool) {
		if c.Rt == nil {
			return nil, false
		}
		return c.Rt.GetVar(name)
	}
}

// enumLimit is $FormatEnumerationLimit as the formatter reads it.
func enumLimit(c *pipeline.Call) int {
	if v, ok := lookupVar(c)("FormatEnumerationLimit"); ok {
		switch n := v.(type) {
		case int32:
			return int(n)
		case int:
			return n
		case int64:
			return int(n)
		}
	}
	return 4
}

// hostWidth is the console width output is laid out for.
func hostWidth(c *pipeline.Call) int {
	if c.Rt != nil && c.Rt.Host() != nil {
		if w := c.Rt.Host().Width(); w > 0 {
			return w
		}
	}
	return 120
}

// textWidth is the width Out-File, Out-String and the console lay text
// out for when -Width is not given: the console's width less one, as 5.1
// computes it (Host.UI.RawUI.BufferSize.Width - 1), so that a file written
// at full width does not wrap when Get-Content shows it again. A
// redirected shell reports a 120-column console, so files get 119.
func textWidth(c *pipeline.Call) int {
	return max(hostWidth(c)-1, 1)
}

// widthParam is -Width of Out-File and Out-String: at least 2, as 5.1's
// [ValidateRange(2, int.MaxValue)] requires.
func widthParam(help string) *pipeline.ParamDecl {
	p := withHelp(param("Width", "int"), help)
	p.ValidateRange = &pipeline.Range{Min: int32(2), Max: int32(math.MaxInt32)}
	return p
}
