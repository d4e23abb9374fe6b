package ops

import (
	"strings"
	"testing"
)

func TestConditionalConstructs(t *testing.T) {
	cases := []struct {
		pat, in string
		want    string // the matches joined with "|"
	}{
		{`^(a)?(?(1)b|c)$`, "ab", "ab"},
		{`^(a)?(?(1)b|c)$`, "c", "c"},
		{`^(a)?(?(1)b|c)$`, "ac", ""},
		{`^x(?<A>a)?(?(A)b|c)$`, "xc", "xc"},
		// A name that is no group makes the condition an expression.
		{`^(?(A)A\d{2}|\d{3})$`, "A10", "A10"},
		{`^(?(A)A\d{2}|\d{3})$`, "110", "110"},
		{`^(?(A)A\d{2}|\d{3})$`, "A1", ""},
		// The alternation-constructs page's two employer/SSN patterns.
		{`\b(?(\d{2}-)\d{2}-\d{7}|\d{3}-\d{2}-\d{4})\b`, "01-9999999 020-333333 777-88-9999", "01-9999999|777-88-9999"},
		{`\b(?<n2>\d{2}-)?(?(n2)\d{7}|\d{3}-\d{2}-\d{4})\b`, "01-9999999 020-333333 777-88-9999", "01-9999999|777-88-9999"},
		// No "no" branch: nothing is required when the test fails.
		{`^(a)?(?(1)b)c$`, "c", "c"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		var got []string
		for _, loc := range re.FindAllStringSubmatchIndex(c.in, -1) {
			got = append(got, c.in[loc[0]:loc[1]])
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s on %q = %q, want %q", c.pat, c.in, got, c.want)
		}
	}
	for _, bad := range []string{`(?(1)a|b|c)`, `(?(2)a)(x)`} {
		if _, err := Regex(bad, 0); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}
