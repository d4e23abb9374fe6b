package session

import (
	"testing"

	"cspsh/pipeline/dotnet"
)

// TestCommandInfoToString: a CommandInfo converts to its name, so the
// groups of Group-Object Example 6 show as {Get-Acl, Get-Alias, …}.
func TestCommandInfoToString(t *testing.T) {
	s := newShell(t)
	for _, tt := range []struct{ args []any }{
		{tokens("Get-Variable")},
		{tokens("-Name", "gv", "-CommandType", "alias")},
	} {
		out, _ := s.run("Get-Command", tt.args)
		if len(out) != 1 {
			t.Fatalf("Get-Command %v: %v", tt.args, out)
		}
		want := toStr(prop1(t, out[0], "Name"))
		if got := dotnet.ToString(out[0]); got != want {
			t.Errorf("[string](Get-Command %v) = %q, want %q", tt.args, got, want)
		}
	}
}
