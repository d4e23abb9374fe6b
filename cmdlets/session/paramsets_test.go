package session

import (
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestParameterSets: CommandInfo.ParameterSets holds one
// CommandParameterSetInfo per set (default first), whose ToString is the
// set's syntax without the command name.
func TestParameterSets(t *testing.T) {
	ci := &pipeline.CommandInfo{Name: "Get-Thing", Kind: pipeline.KindFunction, CmdletBinding: true, DefaultSet: "B",
		Params: []*pipeline.ParamDecl{
			{Name: "A", Type: "string", Sets: []pipeline.SetBinding{{Set: "A", Position: -1, Mandatory: true, HelpMessage: "an a"}}},
			{Name: "B", Type: "int", Sets: []pipeline.SetBinding{{Set: "B", Position: 0}}},
		}}
	sets := parameterSets(ci)
	for i, tt := range []struct {
		name      string
		isDefault bool
		text      string
		first     string
	}{
		{"B", true, "[[-B] <int>] [<CommonParameters>]", "B"},
		{"A", false, "-A <string> [<CommonParameters>]", "A"},
	} {
		o := sets[i].(*object.PSObject)
		if got := toStr(prop1(t, o, "Name")); got != tt.name {
			t.Errorf("set %d Name = %q, want %q", i, got, tt.name)
		}
		if got := prop1(t, o, "IsDefault"); got != tt.isDefault {
			t.Errorf("set %s IsDefault = %v, want %v", tt.name, got, tt.isDefault)
		}
		if got := dotnet.ToString(o); got != tt.text {
			t.Errorf("set %s ToString = %q, want %q", tt.name, got, tt.text)
		}
		params := prop1(t, o, "Parameters").([]any)
		if got := toStr(prop1(t, params[0], "Name")); got != tt.first {
			t.Errorf("set %s first parameter %q, want %q", tt.name, got, tt.first)
		}
		if n := len(params); n != 1+len(pipeline.CommonParams) {
			t.Errorf("set %s has %d parameters", tt.name, n)
		}
	}
	a := prop1(t, prop1(t, sets[1], "Parameters").([]any)[0], "HelpMessage")
	if a != "an a" {
		t.Errorf("HelpMessage = %v", a)
	}
}

// TestParameterType: ParameterType is a System.Type, so .FullName reads
// as in PowerShell.
func TestParameterType(t *testing.T) {
	for _, tt := range []struct{ typ, want string }{
		{"int", "System.Int32"},
		{"switch", "System.Management.Automation.SwitchParameter"},
		{"", "System.Object"},
		{"string[]", "System.String[]"},
	} {
		got, ok := parameterType(&pipeline.ParamDecl{Name: "P", Type: tt.typ}).(*object.TypeValue)
		if !ok || got.FullName != tt.want {
			t.Errorf("parameterType(%q) = %v, want %s", tt.typ, got, tt.want)
		}
	}
}
