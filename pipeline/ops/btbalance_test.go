package ops

import (
	"strings"
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// groupCaptureValues lists each group's value and its captures as
// "value[cap|cap]", in group number order.
func groupCaptureValues(t *testing.T, re Matcher, in string, loc []int) []string {
	t.Helper()
	m := NewMatch(re, in, loc)
	groups, _ := m.Prop("Groups")
	var out []string
	for _, g := range groups.(*object.List).Items {
		g := g.(*object.PSObject)
		v, _ := g.Prop("Value")
		caps, _ := g.Prop("Captures")
		var cs []string
		for _, cp := range caps.([]any) {
			cv, _ := cp.(*object.PSObject).Prop("Value")
			cs = append(cs, dotnet.ToString(cv))
		}
		out = append(out, dotnet.ToString(v)+"["+strings.Join(cs, "|")+"]")
	}
	return out
}

func TestBalancingGroups(t *testing.T) {
	cases := []struct {
		pat, in string
		want    string // groupCaptureValues joined with " "; "" for no match
	}{
		// The Grouping Constructs page's angle-bracket example.
		{`^[^<>]*(((?'Open'<)[^<>]*)+((?'Close-Open'>)[^<>]*)+)*(?(Open)(?!))$`, "<abc><mno<xyz>>",
			"<abc><mno<xyz>>[<abc><mno<xyz>>] <mno<xyz>>[<abc>|<mno<xyz>>] <xyz[<abc|<mno|<xyz] >[>|>|>] [] mno<xyz>[abc|xyz|mno<xyz>]"},
		// Unbalanced: the conditional refuses the match.
		{`^[^<>]*(((?'Open'<)[^<>]*)+((?'Close-Open'>)[^<>]*)+)*(?(Open)(?!))$`, "<abc<x>", ""},
		// (?<-name>) pops without capturing; nothing to pop backtracks.
		{`^(?<o>a)+(?<-o>b)+$`, "aabb", "aabb[aabb] []"},
		{`^(?<o>a)+(?<-o>b)+$`, "abb", ""},
		{`^(?<o>a)+(?<-o>b)+$`, "aab", "aab[aab] a[a]"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		loc := re.FindStringSubmatchIndex(c.in)
		got := ""
		if loc != nil {
			got = strings.Join(groupCaptureValues(t, re, c.in, loc), " ")
		}
		if got != c.want {
			t.Errorf("%s on %q:\n got %q\nwant %q", c.pat, c.in, got, c.want)
		}
	}
}

func TestBalancingGroupErrors(t *testing.T) {
	cases := []struct{ pat, want string }{
		{`(?<a-b>x)`, "Reference to undefined group name b."},
		{`(?<-3>x)`, "Reference to undefined group number 3."},
		{`(?<a->x)`, "Invalid group name: Group names must begin with a word character."},
	}
	for _, c := range cases {
		_, err := Regex(c.pat, 0)
		if err == nil || !strings.HasSuffix(err.Error(), c.want) {
			t.Errorf("%s: err %v, want …%s", c.pat, err, c.want)
		}
	}
}

func TestRightToLeft(t *testing.T) {
	all := func(re Matcher, s string) string {
		var vs []string
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
			vs = append(vs, s[loc[0]:loc[1]])
		}
		return strings.Join(vs, ",")
	}
	cases := []struct {
		pat, in string
		first   string // the first match (Regex.Match)
		all     string // Regex.Matches, in order
	}{
		{`\d+`, "ab12cd345", "345", "345,12"},
		// Regular Expression Options, right-to-left mode.
		{`\bb\w+\s`, "builder rob rabble", "builder ", "builder "},
		{`(?<=\d{1,2}\s)\w+,?\s\d{4}`, "1 May 1917", "May 1917", "May 1917"},
		{`(?<=\d{1,2}\s)\w+,?\s\d{4}`, "June 16, 2003", "", ""},
		// The pattern runs backwards: the group is met before \1.
		{`\1(abc)`, "abcabc", "abcabc", "abcabc"},
		// Greedy from the right.
		{`a+?`, "aaa", "a", "a,a,a"},
		{`(a|ab)(c|bcd)`, "abcd", "abcd", "abcd"},
		// An empty match moves the next search one character left.
		{`x*`, "ab", "", ",,"},
		// Look-ahead still looks right.
		{`\w(?=\d)`, "a1b2", "b", "b,a"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, RightToLeft)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		first := ""
		if loc := re.FindStringSubmatchIndex(c.in); loc != nil {
			first = c.in[loc[0]:loc[1]]
		}
		if first != c.first {
			t.Errorf("%s on %q: first %q, want %q", c.pat, c.in, first, c.first)
		}
		if got := all(re, c.in); got != c.all {
			t.Errorf("%s on %q: all %q, want %q", c.pat, c.in, got, c.all)
		}
	}
}

func TestRightToLeftReplaceAndSplit(t *testing.T) {
	re, err := Regex(`\d`, RightToLeft)
	if err != nil {
		t.Fatal(err)
	}
	if got := ReplaceCount(re, "a1b2c3", "#", 2); got != "a1b#c#" {
		t.Errorf("Replace count 2 = %q", got)
	}
	if got := ReplaceCount(re, "a1b2c3", "<$0>", -1); got != "a<1>b<2>c<3>" {
		t.Errorf("Replace all = %q", got)
	}
	rx, err := dotnet.NewRegex(`(\d)(-)`, int64(RightToLeft))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		spec []any
		want string
	}{
		{[]any{rx}, "a|-|1|b|-|2|c"},
		{[]any{rx, int32(2)}, "a1-b|-|2|c"},
	}
	for _, c := range cases {
		v, err := Binary("-csplit", "a1-b2-c", c.spec, nil)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, p := range v.([]any) {
			parts = append(parts, p.(string))
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("split %v = %q, want %q", c.spec[1:], got, c.want)
		}
	}
}

func TestFindAtSeesTheWholeInput(t *testing.T) {
	cases := []struct {
		pat   string
		opts  RegexOptions
		in    string
		start int
		want  string // "" for no match
	}{
		// Regex.Match remarks: the look-behind is satisfied before startat.
		{`(?<=Zip code: )\d{5}`, 0, "Zip code: 98052", 5, "98052"},
		// ^ does not match at startat; \G does.
		{`^\w+`, 0, "ab cd", 3, ""},
		{`\G\w+`, 0, "ab cd", 3, "cd"},
		{`\bd`, 0, "cd", 1, ""},
		// Right to left: the match ends at or before startat.
		{`\d+`, RightToLeft, "12 345", 5, "34"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		loc := FindAt(WholeInput(re, c.pat, c.opts), c.in, c.start, true)
		got := ""
		if loc != nil {
			got = c.in[loc[0]:loc[1]]
		}
		if got != c.want {
			t.Errorf("%s on %q from %d = %q, want %q", c.pat, c.in, c.start, got, c.want)
		}
	}
}

func TestReplaceAndSplitFromStartat(t *testing.T) {
	join := func(v []any) string {
		parts := make([]string, len(v))
		for i, p := range v {
			parts[i] = p.(string)
		}
		return strings.Join(parts, "|")
	}
	ltr, _ := Regex(`\d`, 0)
	rtl, _ := Regex(`\d`, RightToLeft)
	if got := ReplaceMatches(ltr, "1a2b3c4", "#", FindAllAt(WholeInput(ltr, `\d`, 0), "1a2b3c4", 2, 2)); got != "1a#b#c4" {
		t.Errorf("left to right = %q", got)
	}
	if got := ReplaceMatches(rtl, "1a2b3c4", "#", FindAllAt(rtl, "1a2b3c4", 5, 2)); got != "1a#b#c4" {
		t.Errorf("right to left = %q", got)
	}
	if got := join(SplitMatches(ltr, "1a2b3c4", FindAllAt(WholeInput(ltr, `\d`, 0), "1a2b3c4", 3, -1))); got != "1a2b|c|" {
		t.Errorf("split left to right = %q", got)
	}
	if got := join(SplitMatches(rtl, "1a2b3c4", FindAllAt(rtl, "1a2b3c4", 5, 1))); got != "1a2b|c4" {
		t.Errorf("split right to left = %q", got)
	}
	grp, _ := Regex(`(\d)(-)`, RightToLeft)
	if got := join(SplitMatches(grp, "a1-b2-c", FindAllAt(grp, "a1-b2-c", 7, -1))); got != "a|-|1|b|-|2|c" {
		t.Errorf("split groups right to left = %q", got)
	}
}
