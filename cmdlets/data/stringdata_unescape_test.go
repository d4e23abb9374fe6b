package data

import "testing"

func TestStringDataUnescape(t *testing.T) {
	cases := []struct{ in, want string }{
		{`a\tb`, "a\tb"},
		{`back\bspace`, "back\bspace"},
		{`C:\\Temp`, `C:\Temp`},
		{`\x41\u0042`, "AB"},
	}
	for _, c := range cases {
		got, err := regexUnescape(c.in)
		if err != nil || got != c.want {
			t.Errorf("regexUnescape(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}
