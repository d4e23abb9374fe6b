package ops

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// wrapped is a value with a note property, as Get-Date's dates carry
// DisplayHint and Add-Member -PassThru returns.
func wrapped(v any) *object.PSObject {
	o := object.NewObject("System.Object")
	o.Base = v
	o.SetProp("DisplayHint", "DateTime")
	return o
}

// TestSubWrapped: a wrapped operand takes part as its base object
// ((Get-Date) - $start is a TimeSpan in about_Arithmetic_Operators).
func TestSubWrapped(t *testing.T) {
	d1 := time.Date(2012, 1, 13, 0, 0, 0, 0, time.UTC)
	d0 := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	runBinary(t, []binCase{
		{"-", wrapped(d1), d0, object.TimeSpan(12 * object.TicksPerDay)},
		{"-", d1, wrapped(d0), object.TimeSpan(12 * object.TicksPerDay)},
		{"-", wrapped(d1), object.TimeSpan(object.TicksPerDay), time.Date(2012, 1, 12, 0, 0, 0, 0, time.UTC)},
		{"-", wrapped(int32(5)), int32(1), int32(4)},
	})
}
