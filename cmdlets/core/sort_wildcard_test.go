package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestSortWildcardDirection: a wildcard -Property expands to every
// matching property, and each of those keys sorts in the direction of
// -Descending or of the pattern's own hashtable entry (Sort-Object.md:
// Descending applies to all properties; wildcards are permitted).
func TestSortWildcardDirection(t *testing.T) {
	row := func(name string, num int32) *object.PSObject {
		o := object.NewObject()
		o.SetProp("Name", name)
		o.SetProp("Num", num)
		return o
	}
	desc := object.NewHashtable(false)
	desc.Set("Expression", "N*")
	desc.Set("Descending", true)
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"ascending", []any{"N*"}, "a1,a2,b1"},
		{"descending switch", []any{"N*", P("Descending")}, "b1,a2,a1"},
		{"hashtable descending", []any{desc}, "b1,a2,a1"},
		{"named keys", []any{[]any{"Name", "Num"}, P("Descending")}, "b1,a2,a1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []any{row("b", 1), row("a", 2), row("a", 1)}
			out, err := cmdtest.New().Run(sortObject(), in, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			keys := make([]string, len(out))
			for i, v := range out {
				n, _ := v.(*object.PSObject).Prop("Name")
				m, _ := v.(*object.PSObject).Prop("Num")
				keys[i] = dotnet.ToString(n) + dotnet.ToString(m)
			}
			if got := strings.Join(keys, ","); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
