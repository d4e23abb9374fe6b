package ops

import "unicode"

// Matcher is what the operators need from a compiled regular
// expression; *regexp.Regexp (RE2) and the backtracking engine both
// provide it. Indexes are byte offsets, as in package regexp, and groups
// come in .NET's numbering.
type Matcher interface {
	MatchString(s string) bool
	FindStringSubmatchIndex(s string) []int
	FindAllStringSubmatchIndex(s string, n int) [][]int
	SubexpNames() []string
	SubexpIndex(name string) int
}

// btRegexp is a pattern compiled for the backtracking engine.
type btRegexp struct {
	root  *btNode
	names []string
	// repCap: a capturing group sits inside a quantifier, or a
	// balancing group pops captures, so a group's Captures are more than
	// its last capture and only the capture history shows them.
	repCap bool
	// rtl: RegexOptions.RightToLeft; the search starts at the end of
	// the input and the pattern is matched backwards.
	rtl bool
}

// btStepLimit bounds the work one match attempt may do, so that a
// pathological pattern fails instead of hanging the shell.
const btStepLimit = 20_000_000

func compileBT(pattern string, opts RegexOptions) (*btRegexp, error) {
	root, names, err := parseBT(pattern, opts)
	if err != nil {
		return nil, err
	}
	return &btRegexp{root: root, names: names, repCap: repeatedCapture(root, false) || hasBalancing(root),
		rtl: opts&RightToLeft != 0}, nil
}

func (re *btRegexp) SubexpNames() []string { return re.names }

func (re *btRegexp) SubexpIndex(name string) int {
	for i, n := range re.names {
		if n != "" && n == name {
			return i
		}
	}
	return -1
}

func (re *btRegexp) MatchString(s string) bool { return re.FindStringSubmatchIndex(s) != nil }

func (re *btRegexp) FindStringSubmatchIndex(s string) []int {
	m := newBTMachine(re, s)
	if re.rtl {
		return m.find(len(m.in))
	}
	return m.find(0)
}

// FindAllStringSubmatchIndex scans like .NET's Matches: after an empty
// match the next attempt starts one character later.
func (re *btRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	m := newBTMachine(re, s)
	if re.rtl {
		return m.findAllBack(len(m.in), n)
	}
	return m.findAll(0, n)
}

// findAll lists the matches from rune pos on, in the search direction
// (from pos leftwards under RightToLeft).
func (m *btMachine) findAll(pos, n int) [][]int {
	if m.re.rtl {
		return m.findAllBack(pos, n)
	}
	var out [][]int
	for pos <= len(m.in) && (n < 0 || len(out) < n) {
		loc := m.findRunes(pos)
		if loc == nil {
			break
		}
		out = append(out, m.toBytes(loc))
		if loc[1] == loc[0] {
			pos = loc[1] + 1
		} else {
			pos = loc[1]
		}
	}
	return out
}

type btMachine struct {
	re *btRegexp
	// back: the node being matched runs right to left (the whole
	// pattern under RightToLeft, and every look-behind).
	back  bool
	in    []rune
	off   []int // byte offset of rune i; off[len(in)] = len(s)
	caps  []int
	steps int
	start int // the rune index the current search began at (\G)
	hist  []btCapture
}

func newBTMachine(re *btRegexp, s string) *btMachine {
	m := &btMachine{re: re, in: make([]rune, 0, len(s)), off: make([]int, 0, len(s)+1)}
	for i, r := range s {
		m.in = append(m.in, r)
		m.off = append(m.off, i)
	}
	m.off = append(m.off, len(s))
	m.caps = make([]int, 2*len(re.names))
	m.back = re.rtl
	return m
}

func (m *btMachine) find(from int) []int {
	find := m.findRunes
	if m.re.rtl {
		find = m.findRunesBack
	}
	loc := find(from)
	if loc == nil {
		return nil
	}
	return m.toBytes(loc)
}

func (m *btMachine) toBytes(loc []int) []int {
	out := make([]int, len(loc))
	for i, v := range loc {
		if v < 0 {
			out[i] = -1
		} else {
			out[i] = m.off[v]
		}
	}
	return out
}

// findRunes returns the group positions (rune indexes) of the first
// match starting at or after from.
func (m *btMachine) findRunes(from int) []int {
	m.steps = 0
	m.start = from
	for st := from; st <= len(m.in); st++ {
		m.hist = m.hist[:0]
		for i := range m.caps {
			m.caps[i] = -1
		}
		end := -1
		if m.match(m.re.root, st, func(e int) bool { end = e; return true }) {
			loc := append([]int(nil), m.caps...)
			loc[0], loc[1] = st, end
			return loc
		}
		if m.steps > btStepLimit {
			return nil
		}
	}
	return nil
}

func (m *btMachine) word(i int) bool { return i >= 0 && i < len(m.in) && isWordRune(m.in[i]) }

func runeEq(a, b rune, fold bool) bool {
	if a == b {
		return true
	}
	if !fold {
		return false
	}
	return unicode.ToLower(a) == unicode.ToLower(b) || unicode.ToUpper(a) == unicode.ToUpper(b)
}

func (m *btMachine) match(n *btNode, i int, k func(int) bool) bool {
	m.steps++
	if m.steps > btStepLimit {
		return false
	}
	in := m.in
	switch n.kind {
	case btEmpty:
		return k(i)
	case btCond:
		var yes bool
		if n.cap >= 0 {
			yes = 2*n.cap+1 < len(m.caps) && m.caps[2*n.cap] >= 0
		} else {
			// The expression is a zero-width lookahead whose captures
			// do not survive it.
			saved, h := append([]int(nil), m.caps...), len(m.hist)
			back := m.back
			m.back = false
			yes = m.match(n.subs[0], i, func(int) bool { return true })
			m.back = back
			copy(m.caps, saved)
			m.hist = m.hist[:h]
		}
		if yes {
			return m.match(n.subs[1], i, k)
		}
		return m.match(n.subs[2], i, k)
	case btLit:
		if m.back {
			return i > 0 && runeEq(in[i-1], n.r, n.fold) && k(i-1)
		}
		return i < len(in) && runeEq(in[i], n.r, n.fold) && k(i+1)
	case btAny:
		if m.back {
			return i > 0 && (n.multi || in[i-1] != '\n') && k(i-1)
		}
		return i < len(in) && (n.multi || in[i] != '\n') && k(i+1)
	case btClass:
		if m.back {
			return i > 0 && n.class.has(in[i-1]) && k(i-1)
		}
		return i < len(in) && n.class.has(in[i]) && k(i+1)
	case btBegin:
		return (i == 0 || n.multi && in[i-1] == '\n') && k(i)
	case btEnd:
		if n.multi {
			return (i == len(in) || in[i] == '\n') && k(i)
		}
		return (i == len(in) || i == len(in)-1 && in[i] == '\n') && k(i)
	case btStartText:
		return i == 0 && k(i)
	case btStartMatch:
		// \G: where this search began, that is where the previous
		// match of Matches/Replace/Split ended.
		return i == m.start && k(i)
	case btEndText:
		return i == len(in) && k(i)
	case btEndTextNL:
		return (i == len(in) || i == len(in)-1 && in[i] == '\n') && k(i)
	case btWordB:
		return m.word(i-1) != m.word(i) && k(i)
	case btNotWordB:
		return m.word(i-1) == m.word(i) && k(i)
	case btGroup:
		if n.balName != "" {
			return m.match(n.subs[0], i, func(j int) bool { return m.balance(n, i, j, k) })
		}
		if n.cap < 0 {
			return m.match(n.subs[0], i, k)
		}
		c := n.cap
		return m.match(n.subs[0], i, func(j int) bool {
			o0, o1 := m.caps[2*c], m.caps[2*c+1]
			lo, hi := i, j
			if lo > hi {
				lo, hi = hi, lo // matched right to left
			}
			m.caps[2*c], m.caps[2*c+1] = lo, hi
			h := len(m.hist)
			m.hist = append(m.hist, btCapture{g: c, s: lo, e: hi})
			if k(j) {
				return true
			}
			m.hist = m.hist[:h]
			m.caps[2*c], m.caps[2*c+1] = o0, o1
			return false
		})
	case btConcat:
		if m.back {
			return m.seqBack(n.subs, i, k)
		}
		return m.seq(n.subs, i, k)
	case btAlt:
		for _, s := range n.subs {
			if m.match(s, i, k) {
				return true
			}
		}
		return false
	case btRepeat:
		return m.repeat(n, 0, i, k)
	case btBackref:
		c := n.cap
		if 2*c+1 >= len(m.caps) || m.caps[2*c] < 0 {
			return false
		}
		sub := in[m.caps[2*c]:m.caps[2*c+1]]
		if m.back {
			if i-len(sub) < 0 {
				return false
			}
			for j, r := range sub {
				if !runeEq(in[i-len(sub)+j], r, n.fold) {
					return false
				}
			}
			return k(i - len(sub))
		}
		if i+len(sub) > len(in) {
			return false
		}
		for j, r := range sub {
			if !runeEq(in[i+j], r, n.fold) {
				return false
			}
		}
		return k(i + len(sub))
	case btLook:
		saved, h := append([]int(nil), m.caps...), len(m.hist)
		// A look-behind matches right to left from here, a look-ahead
		// left to right, whichever way the pattern around them runs.
		back := m.back
		m.back = n.behind
		ok := m.match(n.subs[0], i, func(int) bool { return true })
		m.back = back
		if ok == n.negate {
			copy(m.caps, saved)
			m.hist = m.hist[:h]
			return false
		}
		if n.negate {
			copy(m.caps, saved)
			m.hist = m.hist[:h]
		}
		if k(i) {
			return true
		}
		copy(m.caps, saved)
		m.hist = m.hist[:h]
		return false
	case btAtomic:
		saved, h := append([]int(nil), m.caps...), len(m.hist)
		end := -1
		if !m.match(n.subs[0], i, func(e int) bool { end = e; return true }) {
			return false
		}
		if k(end) {
			return true
		}
		copy(m.caps, saved)
		m.hist = m.hist[:h]
		return false
	}
	return false
}

func (m *btMachine) seq(subs []*btNode, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return m.match(subs[0], i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

// seqBack matches a sequence right to left: its last item first.
func (m *btMachine) seqBack(subs []*btNode, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	last := len(subs) - 1
	return m.match(subs[last], i, func(j int) bool { return m.seqBack(subs[:last], j, k) })
}

func (m *btMachine) repeat(n *btNode, count, i int, k func(int) bool) bool {
	canMore := n.max < 0 || count < n.max
	if n.lazy {
		if count >= n.min && k(i) {
			return true
		}
		return canMore && m.match(n.subs[0], i, func(j int) bool {
			return j != i && m.repeat(n, count+1, j, k)
		})
	}
	if canMore && m.match(n.subs[0], i, func(j int) bool {
		if j == i && count >= n.min {
			return false // an empty iteration cannot make progress
		}
		return m.repeat(n, count+1, j, k)
	}) {
		return true
	}
	return count >= n.min && k(i)
}
