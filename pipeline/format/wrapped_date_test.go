package format

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// TestWrappedDateValue: a property holding Get-Date's wrapped date shows
// in the current culture, as a plain DateTime does ("1/2/2020 12:00:00 AM").
func TestWrappedDateValue(t *testing.T) {
	d := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	d.Base = time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	d.SetProp("DisplayHint", "DateTime")
	for _, v := range []any{d, d.Base} {
		if got, want := toString(v), "1/2/2020 12:00:00 AM"; got != want {
			t.Errorf("%T: got %q want %q", v, got, want)
		}
	}
}
