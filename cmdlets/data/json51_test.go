package data

import (
	"testing"
	"time"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestConvertToJson51Values: doubles as ToString("r") (ConvertTo-Json
// Example 3: "TotalDays":  0.83768775241087956) and Get-Date's wrapped
// date as value, DisplayHint and DateTime (Windows PowerShell 5.1).
func TestConvertToJson51Values(t *testing.T) {
	d := time.Date(2012, 1, 13, 20, 6, 16, 0, time.UTC)
	hinted := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	hinted.Base = d
	hinted.Add(&object.Member{Name: "DisplayHint", Kind: object.NoteProperty, Value: dotnet.Enum{Type: displayHintEnum, Value: 2}})
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"double needing 17 digits", 0.83768775241087956, `0.83768775241087956`},
		{"double with 15 digits", 1206.2703634716668, `1206.2703634716668`},
		{"short double", 0.1, `0.1`},
		{"large double", 1e20, `1E+20`},
		{"single", float32(1.1), `1.1`},
		{"Get-Date", hinted, `{"value":"\/Date(1326485176000)\/","DisplayHint":2,"DateTime":"Friday, January 13, 2012 8:06:16 PM"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(convertToJson(), []any{tt.in}, P("Compress"))
			if err != nil {
				t.Fatal(err)
			}
			if got := lines(out); got != tt.want {
				t.Errorf("got %s want %s", got, tt.want)
			}
		})
	}
}

// TestGetDateDisplayHint: every Get-Date result carries DisplayHint
// (DateTime by default), as 5.1's GetDateCommand adds it.
func TestGetDateDisplayHint(t *testing.T) {
	for _, args := range [][]any{nil, {P("DisplayHint"), "Date"}} {
		out, err := cmdtest.New().Run(getDate(), nil, append([]any{P("Date"), time.Date(2012, 1, 13, 0, 0, 0, 0, time.UTC)}, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		o, ok := out[0].(*object.PSObject)
		if !ok || o.Member("DisplayHint") == nil {
			t.Fatalf("%v: no DisplayHint on %#v", args, out[0])
		}
		want := "DateTime"
		if args != nil {
			want = "Date"
		}
		if got := dotnet.ToString(o.Member("DisplayHint").GetValue()); got != want {
			t.Errorf("DisplayHint %s, want %s", got, want)
		}
	}
}
