package format

import (
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// TestShowErrorTarget: -ShowError's record names the PSObject the
// expression ran on, a date by its current-culture ToString() (Format-Table
// page, -ShowError: "(10/30/2013 2:28:07 PM:PSObject)").
func TestShowErrorTarget(t *testing.T) {
	bad := Column{Label: "Bad", Expr: func(any) (any, error) {
		return nil, &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "x"}
	}}
	d := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	d.Base = time.Date(2013, 10, 30, 14, 28, 7, 0, time.UTC)
	d.SetProp("DisplayHint", "DateTime")
	for _, in := range []any{d, d.Base} {
		var data []any
		f := NewFormatter(Params{Shape: TableKind, Columns: []Column{bad}, ShowError: true}, func(v any) error { data = append(data, v); return nil })
		_ = f.Process(in)
		_ = f.End()
		got := render(t, 120, data...)
		if want := "(10/30/2013 2:28:07 PM:PSObject) []"; !strings.Contains(got, want) {
			t.Errorf("%T: got %q, want it to contain %q", in, got, want)
		}
	}
}
