package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestSortDefaultKey: Sort-Object.md Example 4, without -Property
// HistoryInfo objects sort by their DefaultKeyPropertySet, Id.
func TestSortDefaultKey(t *testing.T) {
	var in []any
	for _, id := range []int64{2, 3, 1} {
		o := object.NewObject("Microsoft.PowerShell.Commands.HistoryInfo", "System.Object")
		o.SetProp("Id", id)
		o.SetProp("CommandLine", "c")
		in = append(in, o)
	}
	out, err := cmdtest.New().Run(sortObject(), in, P("Descending"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []any
	for _, o := range out {
		ids = append(ids, prop(t, o, "Id"))
	}
	if text(ids) != "3,2,1" {
		t.Errorf("ids %s, want 3,2,1", text(ids))
	}
}
