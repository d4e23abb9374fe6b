package pipeline

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// removeThing is shaped like Remove-Item: a mandatory Path array and a
// provider's dynamic switch that exists only for paths on Cert:.
func removeThing() *CommandInfo {
	return &CommandInfo{
		Name: "Remove-Thing", Kind: KindCmdlet,
		Params: []*ParamDecl{
			{Name: "Path", Type: "string[]", Sets: sets(SetBinding{Set: AllSets, Position: 0, Mandatory: true})},
			{Name: "DeleteKey", Type: "switch", Dynamic: func(bound map[string]any, _ Runtime) bool {
				ps, _ := bound["Path"].([]any)
				return len(ps) > 0 && strings.HasPrefix(strings.ToLower(ps[0].(string)), "cert:")
			}},
		},
	}
}

// A dynamic parameter is bound when its provider offers it for the
// bound path (wherever it stands on the command line) and is
// NamedParameterNotFound otherwise; a mandatory string array refuses
// empty and null elements as ValidateNullOrEmptyArgument does.
func TestBindDynamicAndElements(t *testing.T) {
	tests := []struct {
		name string
		args []Arg
		id   string // "" binds
	}{
		{"dynamic on its provider", args(val(`Cert:\LocalMachine\My\AB`), pn("DeleteKey")), ""},
		{"dynamic before the path", args(pn("DeleteKey"), val(`Cert:\x`)), ""},
		{"dynamic elsewhere", args(val(`C:\x.txt`), pn("DeleteKey")), "NamedParameterNotFound,Remove-Thing"},
		{"empty element", args(val([]any{"a", ""})), "ParameterArgumentValidationErrorEmptyStringNotAllowed,Remove-Thing"},
		{"empty string", args(val("")), "ParameterArgumentValidationErrorEmptyStringNotAllowed,Remove-Thing"},
		{"blank string", args(val(" ")), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Bind(removeThing(), tt.args, newFakeRT(), false)
			if tt.id == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			rec, ok := err.(*object.ErrorRecord)
			if !ok {
				t.Fatalf("error %v, want %s", err, tt.id)
			}
			if rec.FullyQualifiedErrorID != tt.id {
				t.Errorf("id = %q, want %q", rec.FullyQualifiedErrorID, tt.id)
			}
		})
	}
}
