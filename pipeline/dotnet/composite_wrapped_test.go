package dotnet

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// TestFormatOperatorWrappedDate: Get-Date's date carries a DisplayHint
// note; -f still formats it as a date in the current culture.
func TestFormatOperatorWrappedDate(t *testing.T) {
	o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	o.Base = time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	o.SetProp("DisplayHint", "DateTime")
	for _, tt := range []struct{ format, want string }{
		{"{0}", "1/2/2020 12:00:00 AM"},
		{"{0:yyyy-MM-dd}", "2020-01-02"},
	} {
		got, err := FormatOperator(tt.format, []any{o})
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
}
