package format

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestWrappedValueAlignment: a column's default alignment comes from
// the base object, so a string held in a PSObject (Compare-Object's
// InputObject) stays left-aligned and a wrapped bool goes right
// (Compare-Object Examples 1 and 5).
func TestWrappedValueAlignment(t *testing.T) {
	row := func(v any) *object.PSObject {
		w := object.NewObject("System.X", "System.Object")
		w.Base = v
		o := object.NewObject()
		o.SetProp("InputObject", w)
		o.SetProp("SideIndicator", "==")
		return o
	}
	tests := []struct {
		v    any
		want string
	}{
		{"bird", "\nInputObject SideIndicator\n----------- -------------\nbird        ==\n\n\n"},
		{true, "\nInputObject SideIndicator\n----------- -------------\n       True ==\n\n\n"},
	}
	for _, tt := range tests {
		if got := render(t, 120, row(tt.v)); got != tt.want {
			t.Errorf("%v:\n%q\nwant\n%q", tt.v, got, tt.want)
		}
	}
}
