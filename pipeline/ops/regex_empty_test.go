package ops

import "testing"

func TestCanMatchEmpty(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{`a*`, true}, {`,?`, true}, {`^`, true}, {`(?m)^`, true}, {`\b`, true}, {`a|`, true},
		{`a{0,3}`, true}, {`(a*)+`, true},
		{`,`, false}, {`\d+`, false}, {`^\s+`, false}, {`\s*,\s*`, false}, {`a{2}`, false},
	}
	for _, c := range cases {
		if got := canMatchEmpty(c.src); got != c.want {
			t.Errorf("canMatchEmpty(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// .NET's Matches finds an empty match right after a non-empty one.
func TestEmptyMatchAfterMatch(t *testing.T) {
	runBinary(t, []binCase{
		{"-replace", "aaa", []any{`a*`, "X"}, "XX"},
		{"-replace", "abc", []any{``, "-"}, "-a-b-c-"},
		{"-replace", "a,b", []any{`,?`, "|"}, "|a||b|"},
		{"-replace", "ab", []any{`b*$`, "!"}, "a!!"},
	})
}
