package members

import (
	"strings"
	"testing"
)

func TestRegexConstructorParsesPattern(t *testing.T) {
	cases := []struct{ pat, want string }{
		{`(?<a-b>x)`, `parsing "(?<a-b>x)" - Reference to undefined group name b.`},
		{`\p{Greek}`, `parsing "\p{Greek}" - Unknown property 'Greek'.`},
		{`(?<o>a)(?<-o>b)`, ""},
	}
	for _, c := range cases {
		_, err := New("regex", []any{c.pat})
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.pat, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: err %v, want …%s", c.pat, err, c.want)
		}
	}
}
