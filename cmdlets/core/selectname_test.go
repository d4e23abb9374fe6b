package core

import (
	"strings"
	"testing"
	"time"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestSelectPropertyCase: Select-Object names each selected property as
// the input object spells it (Export-Csv Example 1 selects
// basePriority,ID,SessionID and gets BasePriority, Id, SessionId).
func TestSelectPropertyCase(t *testing.T) {
	p := object.NewObject()
	p.SetProp("BasePriority", int32(8))
	p.SetProp("Id", int32(1204))
	tests := []struct {
		in   any
		args []any
		want string
	}{
		{p, []any{"basePriority", "ID", "missing"}, "BasePriority Id missing"},
		{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), []any{"dayofweek"}, "DayOfWeek"},
	}
	for _, tt := range tests {
		out, err := cmdtest.New().Run(selectObject(), []any{tt.in}, P("Property"), tt.args)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range out[0].(*object.PSObject).Properties() {
			names = append(names, m.Name)
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("got %s want %s", got, tt.want)
		}
	}
}
