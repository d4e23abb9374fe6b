package ops

import (
	"strings"
	"testing"
)

func TestUnicodeCategoriesAndNamedBlocks(t *testing.T) {
	cases := []struct {
		pat, in string
		want    bool
		err     string
	}{
		{`^\p{IsBasicLatin}+$`, "abc", true, ""},
		{`^\p{IsBasicLatin}+$`, "abé", false, ""},
		{`^\p{IsGreek}+$`, "Ελληνικά", true, ""},
		// The block, not the Greek script: U+1F00 is Greek Extended.
		{`\p{IsGreek}`, "ἀ", false, ""},
		{`^[\p{IsCyrillic}\s]+$`, "Привет мир", true, ""},
		{`^\P{IsBasicLatin}$`, "é", true, ""},
		{`^\p{Lu}\p{Ll}+$`, "Hello", true, ""},
		{`^[\p{Lu}\d]+$`, "AB12", true, ""},
		{`\p{Greek}`, "α", false, "Unknown property 'Greek'."},
		{`\p{IsNothing}`, "a", false, "Unknown property 'IsNothing'."},
		{`\p{LC}`, "a", false, "Unknown property 'LC'."},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if c.err != "" {
			if err == nil || !strings.HasSuffix(err.Error(), c.err) {
				t.Errorf("%s: err %v, want …%s", c.pat, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := re.MatchString(c.in); got != c.want {
			t.Errorf("%s on %q = %v, want %v", c.pat, c.in, got, c.want)
		}
	}
}
