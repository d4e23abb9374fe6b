package dotnet

import "testing"

func TestSecondQuantifier(t *testing.T) {
	cases := []struct{ q, want string }{
		{"**", "*"},
		{"{2}+", "+"},
		{"{2}{3}", "{"},
		{"+?*", "*"},
		{"*?", ""},
	}
	for _, c := range cases {
		if got := secondQuantifier(c.q); got != c.want {
			t.Errorf("secondQuantifier(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
