package output

import "cspsh/pipeline"

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
