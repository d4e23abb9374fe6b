package ops

import (
	"strings"

	"cspsh/pipeline/object"
)

// CaptureType is the type name of one entry of Group.Captures.
const CaptureType = "System.Text.RegularExpressions.Capture"

// A group inside a quantifier captures once per repetition; .NET keeps
// every capture (Group.Captures) and reports the last as the group's
// value. RE2 keeps only the last, so such patterns run on the
// backtracking engine, which records each capture as it closes.

// btCapture is one capture of group g: runes [s, e); or, with pop, a
// balancing group taking g's last capture away.
type btCapture struct {
	g, s, e int
	pop     bool
}

// repeatedCapture reports whether a capturing group of n sits inside a
// quantifier that may repeat it.
func repeatedCapture(n *btNode, inRepeat bool) bool {
	if n == nil {
		return false
	}
	if n.kind == btGroup && n.cap >= 0 && inRepeat {
		return true
	}
	if n.kind == btRepeat && (n.max < 0 || n.max > 1) {
		inRepeat = true
	}
	for _, s := range n.subs {
		if repeatedCapture(s, inRepeat) {
			return true
		}
	}
	return false
}

// captureHistory replays the match at loc (byte offsets, as the Find
// methods return it) and lists each group's captures in order, as byte
// offset pairs. ok is false when the replay does not reproduce loc.
func (re *btRegexp) captureHistory(s string, loc []int) (hist [][][2]int, ok bool) {
	m := newBTMachine(re, s)
	from, at := 0, loc[0]
	find := m.findRunes
	if re.rtl {
		// A right-to-left search starts where the match ends.
		at, find = loc[1], m.findRunesBack
	}
	for from < len(m.in) && m.off[from] < at {
		from++
	}
	got := find(from)
	if got == nil || m.off[got[0]] != loc[0] || m.off[got[1]] != loc[1] {
		return nil, false
	}
	hist = make([][][2]int, len(re.names))
	for _, c := range m.hist {
		if c.pop {
			hist[c.g] = hist[c.g][:len(hist[c.g])-1]
			continue
		}
		hist[c.g] = append(hist[c.g], [2]int{m.off[c.s], m.off[c.e]})
	}
	return hist, true
}

// groupCaptures are the Capture objects of one group's captures.
func groupCaptures(s string, caps [][2]int) []any {
	out := make([]any, len(caps))
	for i, c := range caps {
		o := object.NewObject(CaptureType, "System.Object")
		value := s[c[0]:c[1]]
		o.Add(&object.Member{Name: "Index", Kind: object.Property, Value: utf16Len(s[:c[0]]), Type: "int"})
		o.Add(&object.Member{Name: "Length", Kind: object.Property, Value: utf16Len(value), Type: "int"})
		o.Add(&object.Member{Name: "Value", Kind: object.Property, Value: value, Type: "string"})
		o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return value, nil }})
		out[i] = o
	}
	return out
}

// repeatsCapture is a cheap test before parsing: a pattern without "("
// followed later by a quantifier cannot repeat a capture.
func repeatsCapture(pattern string, opts RegexOptions) bool {
	open := strings.IndexByte(pattern, '(')
	if open < 0 || !strings.ContainsAny(pattern[open:], "*+?{") {
		return false
	}
	root, _, err := parseBT(pattern, opts)
	return err == nil && repeatedCapture(root, false)
}

// GroupNumbers lists a pattern's group numbers in order (Regex.
// GetGroupNumbers): 0..n-1, except that explicitly numbered groups such
// as (?<5>…) leave gaps.
func GroupNumbers(re Matcher) []int {
	bt, ok := re.(*btRegexp)
	if !ok {
		out := make([]int, len(groupOrder(re)))
		for i := range out {
			out[i] = i
		}
		return out
	}
	used := make([]bool, len(bt.names))
	used[0] = true
	var walk func(n *btNode)
	walk = func(n *btNode) {
		if n.kind == btGroup && n.cap >= 0 && n.cap < len(used) {
			used[n.cap] = true
		}
		for _, s := range n.subs {
			walk(s)
		}
	}
	walk(bt.root)
	var out []int
	for i, u := range used {
		if u {
			out = append(out, i)
		}
	}
	return out
}
