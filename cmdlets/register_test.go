package cmdlets

import (
	"maps"
	"testing"

	"cspsh/pipeline"
)

// TestAliasFill: the alias-only fill, which answers "is this name an
// alias?" before the registry is filled, must know exactly the aliases
// the full fill registers. A family that adds an alias in Register must
// add it through its RegisterAliases.
func TestAliasFill(t *testing.T) {
	full := pipeline.NewRegistry()
	register(full)
	only := pipeline.NewRegistry()
	registerAliases(only)
	if !maps.Equal(full.Aliases, only.Aliases) {
		for a, tgt := range full.Aliases {
			if only.Aliases[a] != tgt {
				t.Errorf("alias %s -> %s: registerAliases has %q", a, tgt, only.Aliases[a])
			}
		}
		for a := range only.Aliases {
			if _, ok := full.Aliases[a]; !ok {
				t.Errorf("alias %s only in registerAliases", a)
			}
		}
	}
	// The lazy registry answers alias questions without filling itself,
	// and the same way once filled.
	r := Registry()
	for _, name := range []string{"ls", "GCI", "%", "f2000", "Get-ChildItem"} {
		want, wantOK := full.Aliases[lower(name)]
		got, ok := r.AliasTarget(name)
		if got != want || ok != wantOK {
			t.Errorf("AliasTarget(%q) before fill = %q, %v; want %q, %v", name, got, ok, want, wantOK)
		}
	}
	if _, ok := r.Get("Get-ChildItem"); !ok {
		t.Fatal("Get-ChildItem missing")
	}
	if got, ok := r.AliasTarget("ls"); !ok || got != "Get-ChildItem" {
		t.Errorf("AliasTarget(ls) after fill = %q, %v", got, ok)
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
