package core

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestOwnMemberHidesTypeMember: Get-Member.md Example 1 lists a
// ServiceController's ToString once, as the ScriptMethod its type data
// adds; the object's own member hides the .NET method of that name.
func TestOwnMemberHidesTypeMember(t *testing.T) {
	o := newTestObject("ServiceName", "WinRM")
	o.Add(scriptMethod("ToString"))
	var kinds []string
	for _, d := range memberDefinitions(o, false) {
		if d.name == "ToString" {
			kinds = append(kinds, d.kind)
		}
	}
	if len(kinds) != 1 || kinds[0] != "ScriptMethod" {
		t.Errorf("ToString listed as %v, want [ScriptMethod]", kinds)
	}
}

func newTestObject(name string, v any) *object.PSObject {
	o := object.NewObject()
	o.SetProp(name, v)
	return o
}

func scriptMethod(name string) *object.Member {
	return &object.Member{Name: name, Kind: object.ScriptMethod}
}
