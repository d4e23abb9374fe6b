package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestCompareWildcardProperty: a wildcard -Property compares every
// property it matches, and the output carries the first match's value
// under the pattern's text, as CompareObjectCommand.Emit names it.
func TestCompareWildcardProperty(t *testing.T) {
	row := func(name string, num int32) *object.PSObject {
		o := object.NewObject()
		o.SetProp("Name", name)
		o.SetProp("Num", num)
		return o
	}
	tests := []struct {
		name      string
		ref, diff *object.PSObject
		want      string // pattern value and side of each output
	}{
		{"second match differs", row("a", 1), row("a", 2), "a=> a<="},
		{"all match", row("a", 1), row("a", 1), ""},
		{"first match differs", row("a", 1), row("b", 1), "b=> a<="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(compareObject(), nil, P("ReferenceObject"), []any{tt.ref}, P("DifferenceObject"), []any{tt.diff}, P("Property"), "N*")
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, v := range out {
				o := v.(*object.PSObject)
				n, _ := o.Prop("N*")
				s, _ := o.Prop("SideIndicator")
				if got != "" {
					got += " "
				}
				got += dotnet.ToString(n) + dotnet.ToString(s)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
