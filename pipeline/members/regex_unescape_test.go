package members

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

func TestRegexUnescape(t *testing.T) {
	cases := []struct {
		in, want, err string
	}{
		{`a\.b\*c`, "a.b*c", ""},
		{`\t\n\r\f\v\a\b\e`, "\t\n\r\f\v\a\b\x1b", ""},
		{`\x41\u0042\103`, "ABC", ""},
		{`\cA\ca`, "\x01\x01", ""},
		{`\0`, "\x00", ""},
		{`C:\\Temp`, `C:\Temp`, ""},
		{`\q`, "", `parsing "\q" - Unrecognized escape sequence \q.`},
		{`\x4`, "", `parsing "\x4" - Insufficient hex digits.`},
		{`a\`, "", `parsing "a\" - Illegal \ at end of pattern.`},
	}
	for _, c := range cases {
		got, err := regexUnescape(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("Unescape(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Unescape(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestRegexReplaceEvaluator(t *testing.T) {
	old := object.ScriptInvoker
	defer func() { object.ScriptInvoker = old }()
	object.ScriptInvoker = func(sb object.ScriptBlock, args []any) ([]any, error) {
		return sb.(fakeScript).fn(args), nil
	}
	// The script block receives the Match and returns its replacement.
	angle := fakeScript{func(a []any) []any {
		v, _ := a[0].(*object.PSObject).Prop("Value")
		return []any{"<" + v.(string) + ">"}
	}}
	cases := []struct {
		args []any
		want string
	}{
		{[]any{"a1b2c3", angle}, "a<1>b<2>c<3>"},
		{[]any{"a1b2c3", angle, int32(2)}, "a<1>b<2>c3"},
		{[]any{"a1b2c3", "#", int32(1)}, "a#b2c3"},
		{[]any{"a1b2c3", "#"}, "a#b#c#"},
	}
	for _, c := range cases {
		got, ok, err := regexMethod(`\d`, 0, "Replace", c.args)
		if !ok || err != nil || got != c.want {
			t.Errorf("Replace(%v) = %v, %v, %v; want %q", c.args, got, ok, err, c.want)
		}
	}
}
