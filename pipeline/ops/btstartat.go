package ops

import "slices"

// Regex.Match(input, startat) and Matches(input, startat) search from
// startat but see the whole input: a look-behind or \b looks before
// startat and ^ does not match there (Regex.Match remarks, "The startat
// parameter"). The backtracking engine searches the whole input from a
// position; RE2 could only be given the rest of the input, so a start
// past 0 runs on the backtracking engine.

// WholeInput returns a matcher that can search from a position of the
// whole input: re itself when it is the backtracking engine, else the
// pattern compiled for it (re again if that fails).
func WholeInput(re Matcher, pattern string, opts RegexOptions) Matcher {
	if _, ok := re.(*btRegexp); ok {
		return re
	}
	if bt, err := compileBT(pattern, opts); err == nil {
		return bt
	}
	return re
}

// FindAt is Regex.Match(input, startat): the first match at or after
// byte offset start, or, right to left, ending at or before it. The
// backtracking engine sees the whole input, so look-behinds and anchors
// still see the text before start; RE2 gets the rest of the input.
// Without a start (given false) a right-to-left search starts at the end.
func FindAt(re Matcher, s string, start int, given bool) []int {
	bt, ok := re.(*btRegexp)
	if !ok {
		loc := re.FindStringSubmatchIndex(s[start:])
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += start
			}
		}
		return loc
	}
	m := newBTMachine(bt, s)
	if bt.rtl && !given {
		start = len(s)
	}
	return m.find(m.runeIndex(start))
}

// FindAllAt is Regex.Matches(input, startat): up to n matches (all when
// n < 0) of a search from byte offset start.
func FindAllAt(re Matcher, s string, start, n int) [][]int {
	bt, ok := re.(*btRegexp)
	if !ok {
		all := re.FindAllStringSubmatchIndex(s[start:], n)
		for _, loc := range all {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += start
				}
			}
		}
		return all
	}
	m := newBTMachine(bt, s)
	return m.findAll(m.runeIndex(start), n)
}

// ReplaceMatches is Regex.Replace(input, replacement, count, startat)
// once the matches are found: each is replaced by the .NET substitution
// pattern replacement; the rest of s stays as it is.
func ReplaceMatches(re Matcher, s, replacement string, matches [][]int) string {
	r := newReplacer(re, replacement, nil)
	out, _ := r.replaceWith(s, matches)
	return out.(string)
}

// SplitMatches is Regex.Split(input, count, startat) once the matches
// are found: the pieces between them, each followed by the groups its
// delimiter captured (last group first under RightToLeft, which builds
// its list backwards and reverses it).
func SplitMatches(re Matcher, s string, matches [][]int) []any {
	order := groupOrder(re)
	rtl := RightToLeftMatcher(re)
	if rtl {
		matches = slices.Clone(matches)
		slices.Reverse(matches)
	}
	out := make([]any, 0, len(matches)+1)
	last := 0
	for _, loc := range matches {
		out = append(out, s[last:loc[0]])
		var caps []any
		for _, g := range order[1:] {
			if loc[2*g] >= 0 {
				caps = append(caps, s[loc[2*g]:loc[2*g+1]])
			}
		}
		if rtl {
			slices.Reverse(caps)
		}
		out = append(out, caps...)
		last = loc[1]
	}
	return append(out, s[last:])
}

// runeIndex is the index of the rune at byte offset b.
func (m *btMachine) runeIndex(b int) int {
	i := 0
	for i < len(m.in) && m.off[i] < b {
		i++
	}
	return i
}
