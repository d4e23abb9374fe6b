package ops

import (
	"strings"
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestGroupCapturesOfRepeatedGroups(t *testing.T) {
	cases := []struct {
		pat, in string
		group   int
		want    string // the captures' values joined with "|"
	}{
		{`(\w)+`, "abc", 1, "a|b|c"},
		// The grouping-constructs page's sentence example.
		{`(\b(\w+)\W+)+`, "This is a short sentence.", 1, "This |is |a |short |sentence."},
		{`(\b(\w+)\W+)+`, "This is a short sentence.", 2, "This|is|a|short|sentence"},
		// A capture undone by backtracking is not listed.
		{`^(?:(a)|ab)+c$`, "aabc", 1, "a"},
		{`(\d)`, "x1", 1, "1"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		m := NewMatch(re, c.in, re.FindStringSubmatchIndex(c.in))
		groups, _ := m.Prop("Groups")
		g := groups.(*object.List).Items[c.group].(*object.PSObject)
		caps, _ := g.Prop("Captures")
		var got []string
		for _, cp := range caps.([]any) {
			v, _ := cp.(*object.PSObject).Prop("Value")
			got = append(got, dotnet.ToString(v))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s on %q group %d captures = %q, want %q", c.pat, c.in, c.group, got, c.want)
		}
	}
}

func TestExplicitlyNumberedGroups(t *testing.T) {
	cases := []struct {
		pat, in, repl, want string
		nums                []int
	}{
		{`(?<2>a)`, "abc", "[$2]", "[a]bc", []int{0, 2}},
		{`(?<5>a)(b)`, "ab", "$1$5", "ba", []int{0, 1, 5}},
		{`(a)(b)`, "ab", "$2$1", "ba", []int{0, 1, 2}},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := ReplaceCount(re, c.in, c.repl, -1); got != c.want {
			t.Errorf("%s: replace %q = %q, want %q", c.pat, c.repl, got, c.want)
		}
		got := GroupNumbers(re)
		if len(got) != len(c.nums) {
			t.Errorf("%s: GroupNumbers = %v, want %v", c.pat, got, c.nums)
			continue
		}
		for i := range got {
			if got[i] != c.nums[i] {
				t.Errorf("%s: GroupNumbers = %v, want %v", c.pat, got, c.nums)
				break
			}
		}
	}
}

func TestNamedGroupsTakeFreeNumbers(t *testing.T) {
	// A name takes the lowest number after the unnamed groups that no
	// (?<N>…) holds.
	cases := []struct {
		pat, in, repl, want string
	}{
		{`(?<first>a)(b)(?<2>c)`, "abc", "$3|$2|$1", "a|c|b"},
		{`(a)(?<5>b)(?<n>c)`, "abc", "$2|$5|$1", "c|b|a"},
		{`(?<x>a)(?<y>b)`, "ab", "$2$1", "ba"},
	}
	for _, c := range cases {
		re, err := Regex(c.pat, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.pat, err)
		}
		if got := ReplaceCount(re, c.in, c.repl, -1); got != c.want {
			t.Errorf("%s: replace %q = %q, want %q", c.pat, c.repl, got, c.want)
		}
	}
}
