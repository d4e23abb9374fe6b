package ops

import "testing"

func TestBackslashDigitsOctalOrBackreference(t *testing.T) {
	cases := []struct {
		pat, in string
		want    bool
	}{
		{`\170`, "x", true},      // no group 170: octal 170 is "x"
		{`^\18$`, "\x018", true}, // octal 1, then a literal 8
		{`\w\040\w`, "a b", true},
		{`(a)\1`, "aa", true},
		{`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10`, "abcdefghijj", true}, // group 10 exists
		{`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10`, "abcdefghija0", false},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := re.MatchString(c.in); got != c.want {
			t.Errorf("%s on %q = %v, want %v", c.pat, c.in, got, c.want)
		}
	}
	if _, err := Regex(`\2(a)`, 0); err == nil {
		t.Errorf(`\2 with one group: want "Reference to undefined group number 2."`)
	}
}
