package core

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestForEachWhatIfText: ForEach-Object's -WhatIf messages name the
// input object as GetStringRepresentation does and the operation as
// InternalCommandStrings' ForEachObject*Action texts.
func TestForEachWhatIfText(t *testing.T) {
	o := object.NewObject()
	o.SetProp("A", int32(1))
	for _, tt := range []struct {
		v    any
		want string
	}{
		{"abc", "abc"},
		{nil, "null"},
		{o, "@{A=1}"},
		{object.NewObject(), "System.Management.Automation.PSCustomObject"},
	} {
		if got := stringRepresentation(tt.v); got != tt.want {
			t.Errorf("stringRepresentation(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
	if got := methodAction("Substring", []any{int32(1), int32(2)}, true); got != "Invoke method 'Substring' with arguments: 1, 2" {
		t.Errorf("with arguments: %q", got)
	}
	if got := methodAction("ToUpper", nil, false); got != "Invoke method 'ToUpper'" {
		t.Errorf("without: %q", got)
	}
}
