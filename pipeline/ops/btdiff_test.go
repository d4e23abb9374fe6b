package ops

import (
	"reflect"
	"regexp"
	"testing"
)

// The backtracking engine must agree with RE2 wherever both apply
// (patterns without named groups, where the numbering coincides).
func TestBacktrackingAgreesWithRE2(t *testing.T) {
	patterns := []string{
		`a+`, `a*`, `a+?b`, `(a|ab)(c|bcd)(d*)`, `\d{2,3}`, `^\w+$`, `[a-c]+x?`,
		`(\w+)\s(\w+)`, `x*`, `(a*)+b`, `.`, `[^,]+`, `(?i)abc`, `a{2}`, `\bfoo\b`,
		`(a)|(b)`, `(?:ab)+`, `^$`, `colou?r`, `[0-9]+(\.[0-9]+)?`,
	}
	inputs := []string{"", "a", "aaab", "abcd", "abbcd", "12345", "foo bar", "x,y,,z", "ABC abc", "color colour", "3.14 and 42", "aab b"}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		bt, err := compileBT(p, 0)
		if err != nil {
			t.Fatalf("compileBT(%q): %v", p, err)
		}
		for _, s := range inputs {
			want := re.FindStringSubmatchIndex(s)
			got := bt.FindStringSubmatchIndex(s)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: backtracking %v, RE2 %v", p, s, got, want)
			}
		}
	}
}
