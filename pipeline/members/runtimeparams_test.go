package members

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestRuntimeParameterTypes: New-Object builds the types a dynamicparam
// block uses, with their settable properties and defaults.
func TestRuntimeParameterTypes(t *testing.T) {
	attr, err := New("System.Management.Automation.ParameterAttribute", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Set(attr, "Mandatory", "true"); err != nil {
		t.Fatal(err)
	}
	intType := &object.TypeValue{FullName: "System.Int32", Name: "Int32"}
	rdp, err := New("System.Management.Automation.RuntimeDefinedParameter", []any{"DP1", intType, nil})
	if err != nil {
		t.Fatal(err)
	}
	dict, err := New("System.Management.Automation.RuntimeDefinedParameterDictionary", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		v    any
		name string
		want any
	}{
		{attr, "Mandatory", true},
		{attr, "Position", int32(-2147483648)},
		{attr, "ParameterSetName", "__AllParameterSets"},
		{rdp, "Name", "DP1"},
		{rdp, "IsSet", false},
	} {
		got, err := Get(tt.v, tt.name)
		if err != nil || got != tt.want {
			t.Errorf("%s = %v (%v), want %v", tt.name, got, err, tt.want)
		}
	}
	if !IsRuntimeParameterDictionary(dict) {
		t.Error("the dictionary is not recognised")
	}
	if _, err := New("System.Management.Automation.RuntimeDefinedParameter", []any{"", intType, nil}); err == nil {
		t.Error("an empty name was accepted")
	}
}
