package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestWhereMatchSetsMatches: Where-Object's -Match and -CMatch leave
// $Matches set in the caller's scope when a single value matches
// (Where-Object.md, -CMatch), and keep or drop objects as the operator
// decides.
func TestWhereMatchSetsMatches(t *testing.T) {
	row := func(name string) *object.PSObject {
		o := object.NewObject()
		o.SetProp("Name", name)
		return o
	}
	tests := []struct {
		name    string
		in      []any
		args    []any
		kept    int
		matches string // $Matches[1] afterwards, "" when unset
	}{
		{"match", []any{row("PowerShell")}, []any{"Name", P("Match"), "sh(el)l"}, 1, "el"},
		{"cmatch misses on case", []any{row("POWERSHELL")}, []any{"Name", P("CMatch"), "sh(el)l"}, 0, ""},
		{"notmatch", []any{row("abc"), row("xyz")}, []any{"Name", P("NotMatch"), "^a"}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := cmdtest.New()
			out, err := rt.Run(whereObject(), tt.in, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != tt.kept {
				t.Errorf("kept %d, want %d", len(out), tt.kept)
			}
			got := ""
			if m, ok := rt.Vars["matches"].(*object.Hashtable); ok {
				v, _ := m.Get(int32(1))
				got = dotnet.ToString(v)
			}
			if got != tt.matches {
				t.Errorf("$Matches[1] = %q, want %q", got, tt.matches)
			}
		})
	}
}
