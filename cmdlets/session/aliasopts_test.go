package session

import (
	"reflect"
	"testing"
)

// Set-Alias.md -Option: a ReadOnly alias changes only with -Force, a
// Constant one never (AliasInfo.SetDefinition); the refusal is
// AliasNotWritable from SessionStateStrings.resx.
func TestAliasOptions(t *testing.T) {
	cases := []struct {
		name     string
		steps    [][]any
		wantErrs []string
		target   string
	}{
		{"readonly refuses", [][]any{{"ro", "Get-Date", "-Option", "ReadOnly"}, {"ro", "Get-Item"}},
			[]string{"Alias is not writeable because alias ro is read-only or constant and cannot be written to."}, "Get-Date"},
		{"readonly with -Force", [][]any{{"ro", "Get-Date", "-Option", "ReadOnly"}, {"ro", "Get-Item", "-Force"}}, nil, "Get-Item"},
		{"constant refuses -Force", [][]any{{"k", "Get-Date", "-Option", "Constant"}, {"k", "Get-Item", "-Force"}},
			[]string{"Alias is not writeable because alias k is read-only or constant and cannot be written to."}, "Get-Date"},
		{"AllScope only", [][]any{{"a", "Get-Date", "-Option", "AllScope"}, {"a", "Get-Item"}}, nil, "Get-Item"},
	}
	for _, tc := range cases {
		s := newShell(t)
		for _, st := range tc.steps {
			s.run("Set-Alias", st)
		}
		if got := s.errs(); !reflect.DeepEqual(got, tc.wantErrs) {
			t.Errorf("%s: errors %q, want %q", tc.name, got, tc.wantErrs)
		}
		name := tc.steps[0][0].(string)
		if got := s.rt.aliases[name]; got != tc.target {
			t.Errorf("%s: %s -> %s, want %s", tc.name, name, got, tc.target)
		}
	}
}

// Get-Alias shows the options an alias was given (AliasInfo.Options);
// an alias made without -Option has None.
func TestAliasOptionsShown(t *testing.T) {
	s := newShell(t)
	s.run("Set-Alias", tokens("ro", "Get-Date", "-Option", "ReadOnly"))
	s.run("Set-Alias", tokens("plain", "Get-Date"))
	for name, want := range map[string]string{"ro": "ReadOnly", "plain": "None"} {
		out, _ := s.run("Get-Alias", tokens(name))
		if len(out) != 1 || prop1(t, out[0], "Options") != want {
			t.Errorf("Get-Alias %s: Options = %v, want %s", name, out, want)
		}
	}
}
