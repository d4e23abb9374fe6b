package ops

import (
	"testing"

	"cspsh/pipeline/object"
)

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

// The .NET Framework parser's texts (System.txt resources), which 5.1
// shows after `parsing "<pattern>" - `.
func TestRegexParseErrorTexts(t *testing.T) {
	cases := []struct{ pat, want string }{
		{`a**`, `parsing "a**" - Nested quantifier *.`},
		{`a{2}+`, `parsing "a{2}+" - Nested quantifier +.`},
		{`*a`, `parsing "*a" - Quantifier {x,y} following nothing.`},
		{`(`, `parsing "(" - Not enough )'s.`},
		{`\2(a)`, `parsing "\2(a)" - Reference to undefined group number 2.`},
	}
	for _, c := range cases {
		_, err := Regex(c.pat, 0)
		if err == nil {
			t.Errorf("%s: no error", c.pat)
			continue
		}
		if got := object.ExceptionOf(err).Message; got != c.want {
			t.Errorf("%s: %q, want %q", c.pat, got, c.want)
		}
	}
}
