package pipeline

import (
	"reflect"
	"testing"
)

func TestComplete(t *testing.T) {
	ci := setCert()
	if got := CompleteParameterName(ci, "-t"); !reflect.DeepEqual(got, []string{"-Type", "-Thumbprint"}) {
		t.Errorf("-t: %v", got)
	}
	if got := CompleteParameterName(ci, "W"); !reflect.DeepEqual(got, []string{"-WarningAction", "-WarningVariable", "-WhatIf"}) {
		t.Errorf("W: %v", got)
	}
	if got := CompleteParameterValue(ci, "Ty", "web"); !reflect.DeepEqual(got, []string{"WebServicesAll", "WebServicesExternal", "WebServicesInternal"}) {
		t.Errorf("Type values: %v", got)
	}
	if got := CompleteParameterValue(ci, "Mode", ""); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("Mode values: %v", got)
	}
	if got := CompleteParameterValue(ci, "ea", "s"); !reflect.DeepEqual(got, []string{"SilentlyContinue", "Stop", "Suspend"}) {
		t.Errorf("ErrorAction values: %v", got)
	}
}
