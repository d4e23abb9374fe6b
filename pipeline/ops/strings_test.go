package ops

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Expected values: about_Comparison_Operators, about_Wildcards,
// about_Regular_Expressions, about_Split, about_Join.
func TestLike(t *testing.T) {
	runBinary(t, []binCase{
		{"-like", "PowerShell", "*shell", true},
		{"-notlike", "PowerShell", "*shell", false},
		{"-like", "PowerShell", "Power?hell", true},
		{"-like", "PowerShell", "Power[p-w]hell", true},
		{"-clike", "PowerShell", "*shell", false},
		{"-like", []any{"PowerShell", "Server"}, "*shell", []any{"PowerShell"}},
		{"-notlike", []any{"PowerShell", "Server"}, "*shell", []any{"Server"}},
		{"-like", "a*b", "a`*b", true},
		{"-like", "axb", "a`*b", false},
		{"-like", "file.txt", "*.txt", true},
		{"-like", "abc", "a*c*", true},
		{"-like", "", "*", true},
		{"-like", "ab", "[ab][ab]", true},
		{"-like", int32(42), "4*", true},
	})
	if _, err := Binary("-like", "a", "[ab", nil); err == nil || err.Error() != "The specified wildcard character pattern is not valid: [ab" {
		t.Errorf("bad wildcard error = %v", err)
	}
}

func TestMatch(t *testing.T) {
	runBinary(t, []binCase{
		{"-match", []any{"Rhell", "Chell", "Mel", "Smell", "Shell"}, "hell", []any{"Rhell", "Chell", "Shell"}},
		{"-match", []any{"Bag", "Beg", "Big", "Bog", "Bug"}, "b[iou]g", []any{"Big", "Bog", "Bug"}},
		{"-notmatch", []any{"Bag", "Beg", "Big", "Bog", "Bug"}, "b[iou]g", []any{"Bag", "Beg"}},
		{"-cmatch", "Shell", "shell", false},
		{"-match", "Shell", "SHELL", true},
	})
	env := &testEnv{}
	if r, _ := Binary("-match", "abc", "b", env); r != true || env.matches == nil {
		t.Fatalf("'abc' -match 'b' = %v, $Matches %v", r, env.matches)
	}
	if v, _ := env.matches.Get(int32(0)); v != "b" {
		t.Fatalf("$Matches[0] = %v", v)
	}
	// A failed match leaves $Matches alone.
	if r, _ := Binary("-match", "xyz", "q", env); r != false {
		t.Fatal("'xyz' -match 'q' should be False")
	}
	if v, _ := env.matches.Get(int32(0)); v != "b" {
		t.Fatalf("$Matches[0] after a failed match = %v, want b", v)
	}
	// Named and numbered groups: .NET numbers unnamed groups first.
	env = &testEnv{}
	if _, err := Binary("-match", "The last logged on user was CONTOSO\\jsmith", `(?<domain>\w+)\\(?<user>\w+)`, env); err != nil {
		t.Fatal(err)
	}
	if d, _ := env.matches.Get("domain"); d != "CONTOSO" {
		t.Errorf("$Matches.domain = %v", d)
	}
	if u, _ := env.matches.Get("USER"); u != "jsmith" {
		t.Errorf("$Matches.user = %v", u)
	}
	env = &testEnv{}
	_, _ = Binary("-match", "ab", `(?<n>a)(b)`, env)
	if v, _ := env.matches.Get(int32(1)); v != "b" {
		t.Errorf("$Matches[1] = %v, want b (unnamed groups are numbered first)", v)
	}
	// A collection never sets $Matches.
	env = &testEnv{}
	_, _ = Binary("-match", []any{"a"}, "a", env)
	if env.matches != nil {
		t.Error("collection -match set $Matches")
	}
}

func TestReplace(t *testing.T) {
	runBinary(t, []binCase{
		{"-replace", "Hello World", []any{`(\w+) \w+`, "$1 Universe"}, "Hello Universe"},
		{"-replace", "Hello World", []any{`(\w+) \w+`, "Goodbye Universe"}, "Goodbye Universe"},
		{"-replace", "book", []any{"B", "C"}, "Cook"},
		{"-creplace", "book", []any{"B", "C"}, "book"},
		{"-replace", "abc", "b", "ac"},
		{"-replace", "John Smith", []any{`(?<first>\w+) (?<last>\w+)`, "${last}, ${first}"}, "Smith, John"},
		{"-replace", "5.72", []any{`(.+)`, "$$$1"}, "$5.72"},
		{"-replace", "abc", []any{"b", "[$0]"}, "a[b]c"},
		{"-replace", "abc", []any{"b", "[$&]"}, "a[b]c"},
		{"-replace", "abc", []any{"b", "$2"}, "a$2c"},
		{"-replace", []any{"aa", "ba"}, []any{"a", "x"}, []any{"xx", "bx"}},
		{"-replace", nil, []any{"a", "x"}, ""},
		{"-replace", "CONTOSO\\Administrator", []any{`\w+\\(?<user>\w+)`, "FABRIKAM\\${user}"}, "FABRIKAM\\Administrator"},
	})
	runErrors(t, []errCase{
		{"-replace", "a", []any{"a", "b", "c"}, "The -ireplace operator allows only two elements to follow it, not 3.", ""},
	})
}

func TestReplaceScriptBlock(t *testing.T) {
	// '072101108108111' -replace '\d{3}', {return [char][int]$_.Value}
	sb := goBlock{f: func(du any) (any, error) {
		v, _ := du.(*object.PSObject).Prop("Value")
		n, err := dotnet.Convert(v, "System.Int32")
		if err != nil {
			return nil, err
		}
		return object.Char(n.(int32)), nil
	}}
	got, err := Binary("-replace", "072101108108111", []any{`\d{3}`, sb}, &testEnv{})
	if err != nil || got != "Hello" {
		t.Fatalf("got %v, %v; want Hello", got, err)
	}
}

func TestSplit(t *testing.T) {
	runBinary(t, []binCase{
		{"-split", "a,b,c", ",", []any{"a", "b", "c"}},
		{"-split", []any{"a,b,c", "1,2,3,4,5"}, []any{",", int32(3)}, []any{"a", "b", "c", "1", "2", "3,4,5"}},
		{"-split", "This.is.a.test", `\.`, []any{"This", "is", "a", "test"}},
		{"-split", "This.is.a.test", []any{".", int32(0), "simplematch"}, []any{"This", "is", "a", "test"}},
		{"-split", "1 2", " ", []any{"1", "2"}},
		{"-split", "a,,b", ",", []any{"a", "", "b"}},
		{"-split", "Mercury,Venus,Earth", []any{",", int32(2)}, []any{"Mercury", "Venus,Earth"}},
		{"-split", "Mercury,Venus,Earth,Mars", []any{",", int32(-2)}, []any{"Mercury,Venus,Earth", "Mars"}},
		{"-split", "aXbxc", "x", []any{"a", "b", "c"}},
		{"-csplit", "aXbxc", "x", []any{"aXb", "c"}},
		{"-split", "a1b2c", `(\d)`, []any{"a", "1", "b", "2", "c"}},
		{"-split", "a.b", []any{".", int32(0), "SimpleMatch,IgnoreCase"}, []any{"a", "b"}},
		{"-split", "a\nb\nc", []any{"^b$", int32(0), "multiline"}, []any{"a\n", "\nc"}},
	})
	sb := goBlock{f: func(du any) (any, error) { return du == "n" || du == "s", nil }}
	runBinary(t, []binCase{
		{"-split", "Mercury,Venus", sb, []any{"Mercury,Ve", "u", ""}},
	})
}

func TestJoin(t *testing.T) {
	runBinary(t, []binCase{
		{"-join", []any{"a", "b", "c"}, " ", "a b c"},
		{"-join", []any{int32(1), int32(2), int32(3)}, ", ", "1, 2, 3"},
		{"-join", "abc", ",", "abc"},
		{"-join", []any{"a", nil, "c"}, "-", "a--c"},
	})
	got, _ := Unary("-join", []any{"a", "b", "c"}, &testEnv{})
	if got != "abc" {
		t.Errorf("-join 'a','b','c' = %v", got)
	}
}

func TestTranslate(t *testing.T) {
	cases := []struct{ in, want string }{
		{`(?<name>a+)`, `(?P<name>a+)`},
		{`(?'n'a)`, `(?P<n>a)`},
		{`\e\u0041`, `\x1B\x{0041}`},
		{`(?# comment)a`, `a`},
		{`[]a]`, `[\]a]`},
	}
	for _, c := range cases {
		got, err := Translate(c.in, 0)
		if err != nil || got != c.want {
			t.Errorf("Translate(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	bad := map[string]string{
		"(":     `parsing "(" - Not enough )'s.`,
		"a)":    `parsing "a)" - Too many )'s.`,
		"[a":    `parsing "[a" - Unterminated [] set.`,
		`a\`:    `parsing "a\" - Illegal \ at end of pattern.`,
		`(a)\2`: `parsing "(a)\2" - Reference to undefined group number 2.`,
	}
	for pat, want := range bad {
		if _, err := Binary("-match", "ab", pat, nil); err == nil || err.Error() != want {
			t.Errorf("-match %q error = %v, want %q", pat, err, want)
		}
	}
}

func TestMatchesOrder(t *testing.T) {
	// about_Regular_Expressions shows $Matches as domain, user, 0 and as
	// 2, 1, 0.
	env := &testEnv{}
	_, _ = Binary("-match", `The last logged on user was CONTOSO\jsmith`, `was (?<domain>.+)\\(?<user>.+)`, env)
	if got := env.matches.Keys(); !same(got, []any{"domain", "user", int32(0)}) {
		t.Errorf("named keys %v", got)
	}
	_, _ = Binary("-match", `The last logged on user was CONTOSO\jsmith`, `(.+was )(.+)`, env)
	if got := env.matches.Keys(); !same(got, []any{int32(2), int32(1), int32(0)}) {
		t.Errorf("numbered keys %v", got)
	}
}

func TestDocExamplesComparison(t *testing.T) {
	a := []any{"abc", "def"}
	runBinary(t, []binCase{
		{"-replace", `Contoso.local\John.Doe`, []any{`^(?<DomainName>[\w-.]+)\\(?<Username>[\w-.]+)$`, `${Username}@${DomainName}`}, "John.Doe@Contoso.local"},
		{"-replace", "5.72", []any{"(.+)", "$ $1"}, "$ 5.72"},
		{"-replace", "5.72", []any{"(.+)", "$$1"}, "$1"},
		{"-replace", []any{"B1", "B2"}, []any{"B", "a"}, []any{"a1", "a2"}},
		{"-contains", []any{"abc", "def", "ghi"}, a, false},
		{"-contains", []any{a, "ghi"}, a, true},
		{"-contains", []any{"abc def", "ghi"}, a, true},
		{"-in", a, []any{"abc", "def", "ghi"}, false},
		{"-like", []any{int32(1), int32(2)}, "2", []any{"2"}},
		{"-gt", []any{" ", "`", "~", "!", "@", "#", "$", "%", "^", "&", "*", "(", ")", "_", "+", "-", "=", "{", "}", "[", "]", ":", ";", `"`, "'", `\`, "|", "/", "?", ".", ">", ",", "<"}, "a", []any{}},
		{"-clt", "macOS", "MacOS", true},
		{"-ilt", "macOS", "MacOS", false},
		{"-ilt", "MacOS", "macOS", false},
		{"-like", "f??", "f`?`?", true},
		{"-like", "for", "f`?`?", false},
		{"-notmatch", "bag", "b[iou]g", true},
		{"-match", []any{"PowerShell", "Super PowerShell", "Power's hell"}, `^Power\w+`, []any{"PowerShell"}},
	})
}

func BenchmarkMatch(b *testing.B) {
	env := &testEnv{}
	for n := 0; n < b.N; n++ {
		_, _ = Binary("-match", "CN=pool01.contoso.com, OU=IT", `CN=([^,]+)`, env)
	}
}

func BenchmarkLookbehindMatch(b *testing.B) {
	for n := 0; n < b.N; n++ {
		_, _ = Binary("-match", "CN=pool01.contoso.com, OU=IT", `(?<=CN=)[^,]+`, nil)
	}
}

func TestReplaceInvalidPattern(t *testing.T) {
	_, err := Binary("-replace", "a", []any{"(", "b"}, nil)
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.Error() != "The regular expression pattern ( is not valid." || rec.FullyQualifiedErrorID != "InvalidRegularExpression" {
		t.Fatalf("got %v", err)
	}
	if rec.Exception.Inner == nil || rec.Exception.Inner.Message != `parsing "(" - Not enough )'s.` {
		t.Errorf("inner %v", rec.Exception.Inner)
	}
}
