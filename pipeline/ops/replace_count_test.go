package ops

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestReplaceCountAndSubstitutions(t *testing.T) {
	cases := []struct {
		pat, in, repl string
		count         int
		want          string
	}{
		{`\d`, "a1b2c3", "X", -1, "aXbXcX"},
		{`\d`, "a1b2c3", "X", 1, "aXb2c3"},
		{`\d`, "a1b2c3", "X", 0, "a1b2c3"},
		// All digits after $ are the group number: $11 names no group
		// here, so it stays literal; ${1}1 is group 1 then "1".
		{`(b)`, "abc", "$11", -1, "a$11c"},
		{`(b)`, "abc", "${1}1", -1, "ab1c"},
		{`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)`, "abcdefghijk", "$11$1", -1, "ka"},
		// \G anchors each match where the previous one ended.
		{`\G\w\d`, "x1y2 z3", "[$&]", -1, "[x1][y2] z3"},
		// \Z is the end or just before a final newline.
		{`b\Z`, "ab\n", "X", -1, "aX\n"},
		{`b\Z`, "ab\n\n", "X", -1, "ab\n\n"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := ReplaceCount(re, c.in, c.repl, c.count); got != c.want {
			t.Errorf("Replace(%q, %q, %q, %d) = %q, want %q", c.pat, c.in, c.repl, c.count, got, c.want)
		}
	}
}

func TestMatchNextMatchAndResult(t *testing.T) {
	re, err := Regex(`(\w)(\d)`, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := "a1 b2"
	m := NewMatch(re, s, re.FindStringSubmatchIndex(s))
	if res, err := m.Member("Result").Call([]any{"$2$1"}); err != nil || res != "1a" {
		t.Errorf("Result = %v, %v; want 1a", res, err)
	}
	cases := []struct {
		value   string
		success bool
	}{{"b2", true}, {"", false}}
	cur := m
	for _, c := range cases {
		next, err := cur.Member("NextMatch").Call(nil)
		if err != nil {
			t.Fatal(err)
		}
		cur = next.(*object.PSObject)
		v, _ := cur.Prop("Value")
		ok, _ := cur.Prop("Success")
		if dotnet.ToString(v) != c.value || ok != c.success {
			t.Errorf("NextMatch() = %v %v, want %q %v", v, ok, c.value, c.success)
		}
		if !c.success {
			break
		}
	}
}

func TestFailedMatchMethods(t *testing.T) {
	f := FailedMatch()
	next, err := f.Member("NextMatch").Call(nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := next.(*object.PSObject).Prop("Success"); ok != false {
		t.Errorf("NextMatch().Success = %v, want False", ok)
	}
	_, err = f.Member("Result").Call([]any{"$0"})
	if err == nil || object.ExceptionOf(err).Message != "Result cannot be called on a failed Match." {
		t.Errorf("Result on a failed match: %v", err)
	}
}
