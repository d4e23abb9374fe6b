package core

import (
	"strings"
	"testing"
	"time"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestDateTimeMembers: Add-Member.md Example 5 pipes a DateTime to
// Get-Member and shows Add, AddDays, … ; a TimeSpan lists Duration and
// Negate.
func TestDateTimeMembers(t *testing.T) {
	reg := pipeline.NewRegistry()
	Register(reg)
	gm, _ := reg.Get("Get-Member")
	tests := []struct {
		in   any
		name string
		want string
	}{
		{time.Date(2019, 1, 2, 3, 4, 5, 0, time.UTC), "Add*", "Add,AddDays,AddHours,AddMilliseconds,AddMinutes,AddMonths,AddSeconds,AddTicks,AddYears"},
		{time.Date(2019, 1, 2, 3, 4, 5, 0, time.UTC), "ToShort*", "ToShortDateString,ToShortTimeString"},
		{object.TimeSpan(10), "N*", "Negate"},
	}
	for _, tt := range tests {
		out, err := cmdtest.New().Run(gm, []any{tt.in}, P("Name"), tt.name)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range out {
			names = append(names, dotnet.ToString(prop(t, m, "Name")))
		}
		if got := strings.Join(names, ","); got != tt.want {
			t.Errorf("%v %s: %s, want %s", tt.in, tt.name, got, tt.want)
		}
	}
}
