package interp

import (
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

func TestVarAttributes(t *testing.T) {
	tests := []struct {
		name string
		v    *Variable
		want []string // TypeId full names, in order
	}{
		{"plain", &Variable{Name: "x"}, nil},
		{"typed", &Variable{Name: "n", Type: "int"}, []string{"System.Management.Automation.ArgumentTypeConverterAttribute"}},
		{"validation only", &Variable{Name: "r", Type: "System.Object", check: &pipeline.ParamDecl{ValidateRange: &pipeline.Range{Min: int32(1), Max: int32(9)}}},
			[]string{"System.Management.Automation.ValidateRangeAttribute"}},
		{"typed set", &Variable{Name: "s", Type: "string", check: &pipeline.ParamDecl{ValidateSet: []string{"a"}, ValidateNotNull: true}},
			[]string{"System.Management.Automation.ArgumentTypeConverterAttribute", "System.Management.Automation.ValidateNotNullAttribute", "System.Management.Automation.ValidateSetAttribute"}},
	}
	for _, tt := range tests {
		got := varAttributes(tt.v)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d attributes, want %d", tt.name, len(got), len(tt.want))
			continue
		}
		for i, a := range got {
			o := a.(*object.PSObject)
			id, _ := o.Prop("TypeId")
			if tv, _ := id.(*object.TypeValue); tv == nil || tv.FullName != tt.want[i] {
				t.Errorf("%s: attribute %d TypeId = %v, want %s", tt.name, i, id, tt.want[i])
			}
		}
	}
}
