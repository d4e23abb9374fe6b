package core

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestNoteDefinition: PSNoteProperty.ToString() is "<type> <name>=<value>"
// with the type's namespace dropped and the value's .NET ToString().
func TestNoteDefinition(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{true, "bool N=True"},
		{"x", "string N=x"},
		{[]any{int32(1), int32(2)}, "Object[] N=System.Object[]"},
		{nil, "object N=null"},
		{object.Char('a'), "char N=a"},
	}
	for _, tt := range tests {
		m := &object.Member{Name: "N", Kind: object.NoteProperty, Value: tt.v}
		if got := propertyDefinition(m); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.v, got, tt.want)
		}
	}
	if got := noteTypeName("Microsoft.PowerShell.Commands.DisplayHintType"); got != "DisplayHintType" {
		t.Errorf("noteTypeName = %q", got)
	}
}
