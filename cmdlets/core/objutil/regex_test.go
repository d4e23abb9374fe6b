package objutil

import "testing"

func TestRegexIsDotNetSyntax(t *testing.T) {
	cases := []struct {
		pat, in string
		cs      bool
		want    bool
	}{
		{`(\w)\1`, "xaay", false, true},
		{`^(?!admin$)\w+$`, "admin", false, false},
		{`^(?!admin$)\w+$`, "Admin2", false, true},
		{`^\w$`, "é", false, true},
		{`abc`, "ABC", false, true},
		{`abc`, "ABC", true, false},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, c.cs)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := re.MatchString(c.in); got != c.want {
			t.Errorf("%s on %q (cs=%v) = %v, want %v", c.pat, c.in, c.cs, got, c.want)
		}
	}
}
