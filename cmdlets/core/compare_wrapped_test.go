package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// TestCompareInputObjectWrapped: Compare-Object.md Example 5, Get-Member
// on a result shows "System.Boolean InputObject=True" (the compared
// object is held in a PSObject) and "string SideIndicator===".
func TestCompareInputObjectWrapped(t *testing.T) {
	reg := pipeline.NewRegistry()
	Register(reg)
	cmd := func(name string) *pipeline.CommandInfo {
		ci, ok := reg.Get(name)
		if !ok {
			t.Fatalf("%s not registered", name)
		}
		return ci
	}
	rt := cmdtest.New()
	out, err := rt.Run(cmd("Compare-Object"), nil, P("IncludeEqual"), true, true)
	if err != nil || len(out) != 1 {
		t.Fatalf("%v %v", out, err)
	}
	gm, err := rt.Run(cmd("Get-Member"), out, P("MemberType"), "NoteProperty")
	if err != nil || len(gm) != 2 {
		t.Fatalf("%v %v", gm, err)
	}
	want := []string{"System.Boolean InputObject=True", "string SideIndicator==="}
	for i, m := range gm {
		if d := dotnet.ToString(prop(t, m, "Definition")); d != want[i] {
			t.Errorf("definition %d: %q, want %q", i, d, want[i])
		}
	}
}
