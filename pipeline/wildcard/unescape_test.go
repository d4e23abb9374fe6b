package wildcard

import "testing"

func TestUnescape(t *testing.T) {
	cases := []struct{ in, want string }{
		{"file`[1`].txt", "file[1].txt"},
		{"a``b", "a`b"},
		{"12`*4", "12*4"},
		{"what`?", "what?"},
		{"plain", "plain"},
		{"tab`t", "tab`t"},
		{"end`", "end`"},
	}
	for _, c := range cases {
		if got := Unescape(c.in); got != c.want {
			t.Errorf("Unescape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
