package interp

import (
	"os"
	"path/filepath"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// TestScriptInfo: a .ps1 file's CommandInfo declares its param() block;
// one that does not parse has no parameters.
func TestScriptInfo(t *testing.T) {
	dir := t.TempDir()
	r := New(WithRegistry(cmdlets.Registry()), WithNonInteractive(true), WithSession(&pipeline.Session{Home: dir}))
	for _, tt := range []struct {
		name, src string
		params    []string
		advanced  bool
	}{
		{"adv.ps1", "[CmdletBinding()]\nparam([Parameter(Mandatory)]$Name, [int]$Count)\n$Name", []string{"Name", "Count"}, true},
		{"plain.ps1", "param($a)\n$a", []string{"a"}, false},
		{"none.ps1", "'x'", nil, false},
		{"broken.ps1", "param(", nil, false},
	} {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		ci := r.scriptInfo(p)
		if ci.Kind != pipeline.KindExternalScript || ci.Path != p || ci.Name != tt.name {
			t.Errorf("%s: kind %v path %q name %q", tt.name, ci.Kind, ci.Path, ci.Name)
		}
		var got []string
		for _, d := range ci.Params {
			got = append(got, d.Name)
		}
		if len(got) != len(tt.params) || ci.CmdletBinding != tt.advanced {
			t.Errorf("%s: params %v advanced %v, want %v %v", tt.name, got, ci.CmdletBinding, tt.params, tt.advanced)
			continue
		}
		for i := range got {
			if got[i] != tt.params[i] {
				t.Errorf("%s: params %v, want %v", tt.name, got, tt.params)
			}
		}
	}
}
