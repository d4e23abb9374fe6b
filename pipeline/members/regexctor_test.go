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

func TestRegexStaticTimeoutOverloads(t *testing.T) {
	timeout := int64(10_000_000) // one second, in ticks
	cases := []struct {
		name string
		args []any
		want any
	}{
		{"IsMatch", []any{"ABC", "b", "IgnoreCase", timeout}, true},
		{"Replace", []any{"a1b2", `\d`, "#", "None", timeout}, "a#b#"},
	}
	for _, c := range cases {
		got, err := CallStatic(typ("regex"), c.name, c.args)
		if err != nil || got != c.want {
			t.Errorf("%s%v = %v, %v; want %v", c.name, c.args, got, err, c.want)
		}
	}
}
