package dotnet

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// TestMethodToStringWrapped: a wrapped date's ToString() is the date's,
// in the current culture (ConvertTo-Csv Example 2 writes "1/4/2019 …").
func TestMethodToStringWrapped(t *testing.T) {
	o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	o.Base = time.Date(2019, 1, 4, 14, 40, 51, 0, time.UTC)
	o.SetProp("DisplayHint", "DateTime")
	if got, want := MethodToString(o), "1/4/2019 2:40:51 PM"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	if got, want := ToString(o), "01/04/2019 14:40:51"; got != want {
		t.Errorf("PowerShell conversion: got %q want %q", got, want)
	}
}
