package ops

import "testing"

// .NET constructs RE2 lacks run on the backtracking engine; expected
// values follow the .NET regular expression documentation.
func TestBacktrackingConstructs(t *testing.T) {
	runBinary(t, []binCase{
		{"-match", "CN=pool01.contoso.com, OU=IT", `(?<=CN=)[^,]+`, true},
		{"-replace", "CN=pool01.contoso.com, OU=IT", []any{`(?<=CN=)[^,]+`, "x"}, "CN=x, OU=IT"},
		{"-match", "price: 100 USD", `\d+(?= USD)`, true},
		{"-match", "price: 100 EUR", `\d+(?= USD)`, false},
		{"-match", "foobar", `foo(?!bar)`, false},
		{"-match", "foobaz", `foo(?!bar)`, true},
		{"-match", "hello", `(l)\1`, true},
		{"-match", "helo", `(l)\1`, false},
		{"-match", "abcABC", `(?<x>abc)\k<x>`, true},
		{"-cmatch", "abcABC", `(?<x>abc)\k<x>`, false},
		{"-replace", "the the cat", []any{`\b(\w+) \1\b`, "$1"}, "the cat"},
		{"-match", "aaa", `(?>a+)a`, false},
		{"-match", "b", `[a-z-[aeiou]]`, true},
		{"-match", "e", `^[a-z-[aeiou]]$`, false},
		{"-split", "a1b2c", `(?<=\d)`, []any{"a1", "b2", "c"}},
		{"-match", "x", `(?<!y)x`, true},
		{"-match", "yx", `(?<!y)x`, false},
	})
	env := &testEnv{}
	if _, err := Binary("-match", "CN=web01, O=Contoso", `(?<=CN=)(?<host>[^,]+)`, env); err != nil {
		t.Fatal(err)
	}
	if h, _ := env.matches.Get("host"); h != "web01" {
		t.Errorf("$Matches.host = %v", h)
	}
	if m0, _ := env.matches.Get(int32(0)); m0 != "web01" {
		t.Errorf("$Matches[0] = %v", m0)
	}
}

func TestBacktrackingGroupNumbering(t *testing.T) {
	// Named groups are numbered after the unnamed ones, as in .NET.
	re, err := compileBT(`(?<n>a)(b)\1`, IgnoreCase)
	if err != nil {
		t.Fatal(err)
	}
	loc := re.FindStringSubmatchIndex("abb")
	if loc == nil || loc[2] != 1 || loc[4] != 0 {
		t.Fatalf("groups %v: want group 1 = (b) at 1, group 2 = n at 0", loc)
	}
	all := re.FindAllStringSubmatchIndex("abbABB", -1)
	if len(all) != 2 {
		t.Fatalf("FindAll = %v", all)
	}
}

func TestUnicodeClassesAndDollar(t *testing.T) {
	runBinary(t, []binCase{
		{"-match", "café", `^\w+$`, true},
		{"-match", "١٢٣", `^\d+$`, true},
		{"-match", "a\u00a0b", `a\sb`, true},
		{"-match", "abc\n", `c$`, true},
		{"-match", "abc\nx", `c$`, false},
		{"-replace", "abc\n", []any{`c$`, "C"}, "abC\n"},
		{"-match", "a-b", `^[\w-]+$`, true},
		{"-match", "a b", `[\W]`, true},
	})
}

func TestInlinePatternWhitespace(t *testing.T) {
	// about_Comments: end-of-line comments in a regular expression.
	runBinary(t, []binCase{
		{"-match", "abc", "(?x) a b # letters a and b\n c", true},
		{"-match", "abc", "(?x)a(?#inline)bc", true},
	})
}
