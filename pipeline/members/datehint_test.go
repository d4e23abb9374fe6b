package members

import (
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestHintedDateTime: the DateTime script property follows Get-Date's
// DisplayHint (types.ps1xml: ToLongDateString, ToLongTimeString or both).
func TestHintedDateTime(t *testing.T) {
	d := time.Date(2012, 1, 13, 20, 6, 16, 0, time.UTC)
	tests := []struct{ hint, want string }{
		{"Date", "Friday, January 13, 2012"},
		{"Time", "8:06:16 PM"},
		{"DateTime", "Friday, January 13, 2012 8:06:16 PM"},
	}
	for _, tt := range tests {
		o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
		o.Base = d
		o.SetProp("DisplayHint", tt.hint)
		got, err := Get(o, "DateTime")
		if err != nil || got != tt.want {
			t.Errorf("%s: got %v, %v; want %q", tt.hint, got, err, tt.want)
		}
	}
	if got, _ := Get(d, "DateTime"); got != "Friday, January 13, 2012 8:06:16 PM" {
		t.Errorf("plain date: got %v", got)
	}
}

// TestWrappedDateProperties: Get-Date's date lists its DisplayHint note
// first, then DateTime, Date, … Year (ConvertTo-Csv Example 2's header).
func TestWrappedDateProperties(t *testing.T) {
	o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	o.Base = time.Date(2019, 1, 4, 14, 40, 51, 0, time.UTC)
	o.SetProp("DisplayHint", "DateTime")
	var names []string
	for _, m := range Properties(o) {
		names = append(names, m.Name)
	}
	want := "DisplayHint DateTime Date Day DayOfWeek DayOfYear Hour Kind Millisecond Minute Month Second Ticks TimeOfDay Year"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestWrappedDateArgs: wrapped dates reach methods as DateTimes.
func TestWrappedDateArgs(t *testing.T) {
	d := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	wrap := func() *object.PSObject {
		o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
		o.Base = d
		o.SetProp("DisplayHint", "DateTime")
		return o
	}
	if r, err := Call(wrap(), "Equals", []any{wrap()}); err != nil || r != true {
		t.Errorf("Equals: %v %v", r, err)
	}
	dt, _ := dotnet.ResolveType("datetime")
	if r, err := CallStatic(dt, "Compare", []any{wrap(), wrap()}); err != nil || r != int32(0) {
		t.Errorf("Compare: %v %v", r, err)
	}
}
