package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
)

// TestCompareSyncWindow: Compare-Object.md, -SyncWindow: how many
// adjacent objects are inspected for a match. References are taken in
// order; unmatched objects wait in a backlog of that size and leave it
// as differences when it overflows. Equal objects come out when found.
func TestCompareSyncWindow(t *testing.T) {
	rows := func(out []any) string {
		var s []string
		for _, o := range out {
			s = append(s, dotnet.ToString(prop(t, o, "InputObject"))+dotnet.ToString(prop(t, o, "SideIndicator")))
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		ref, diff []any
		args      []any
		want      string
	}{
		{ints(1, 5), []any{int32(5), int32(4), int32(3), int32(2), int32(1)}, []any{P("SyncWindow"), int32(1)}, "5=> 1<= 1=> 5<="},
		{ints(1, 3), []any{int32(3), int32(1), int32(2)}, []any{P("IncludeEqual")}, "1== 2== 3=="},
		{strs("dog", "squirrel", "bird"), strs("cat", "bird", "racoon"), []any{P("IncludeEqual")}, "bird== cat=> racoon=> dog<= squirrel<="},
		{ints(1, 2), ints(3, 4), []any{P("SyncWindow"), int32(0)}, "3=> 1<= 4=> 2<="},
	}
	for _, tt := range tests {
		args := append([]any{P("ReferenceObject"), tt.ref, P("DifferenceObject"), tt.diff}, tt.args...)
		out, err := cmdtest.New().Run(compareObject(), nil, args...)
		if err != nil {
			t.Fatal(err)
		}
		if got := rows(out); got != tt.want {
			t.Errorf("%v vs %v %v: %s, want %s", tt.ref, tt.diff, tt.args, got, tt.want)
		}
	}
}
