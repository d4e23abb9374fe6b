package ops

// Balancing groups, (?<name-other>…) and (?<-other>…): when the body
// has matched, the last capture of "other" is taken off its stack (the
// match backtracks when it has none) and "name", if given, captures the
// text between that capture and this one. A pattern can so count nested
// brackets (.NET "Grouping Constructs", Balancing Group Definitions).

// hasBalancing reports whether n holds a balancing group.
func hasBalancing(n *btNode) bool {
	if n.balName != "" {
		return true
	}
	for _, s := range n.subs {
		if hasBalancing(s) {
			return true
		}
	}
	return false
}

// balance finishes a balancing group whose body matched from i to j
// (j < i when matching right to left), then continues with k.
func (m *btMachine) balance(n *btNode, i, j int, k func(int) bool) bool {
	start, end := i, j
	if end < start {
		start, end = end, start
	}
	b := n.bal
	start2, end2 := m.caps[2*b], m.caps[2*b+1]
	if start2 < 0 {
		return false // nothing to balance: backtrack
	}
	// The new capture is the interval between the two, or their
	// overlap (RegexRunner.TransferCapture); it never runs backwards.
	switch {
	case start >= end2:
		start, end = end2, start
	case end <= start2:
		start = start2
		if end < start {
			end = start
		}
	default:
		end = min(end, end2)
		start = max(start, start2)
	}
	saved := append([]int(nil), m.caps...)
	h := len(m.hist)
	m.hist = append(m.hist, btCapture{g: b, pop: true})
	m.caps[2*b], m.caps[2*b+1] = m.top(b)
	if c := n.cap; c >= 0 {
		m.caps[2*c], m.caps[2*c+1] = start, end
		m.hist = append(m.hist, btCapture{g: c, s: start, e: end})
	}
	if k(j) {
		return true
	}
	m.hist = m.hist[:h]
	copy(m.caps, saved)
	return false
}

// top is group g's last capture that no balancing group has popped,
// from the capture history; -1, -1 when there is none.
func (m *btMachine) top(g int) (int, int) {
	skip := 0
	for x := len(m.hist) - 1; x >= 0; x-- {
		c := m.hist[x]
		switch {
		case c.g != g:
		case c.pop:
			skip++
		case skip > 0:
			skip--
		default:
			return c.s, c.e
		}
	}
	return -1, -1
}

// findRunesBack is findRunes for RightToLeft: the first match found
// starting at from and moving left; the match ends where it started.
func (m *btMachine) findRunesBack(from int) []int {
	m.steps = 0
	m.start = from
	for st := from; st >= 0; st-- {
		m.hist = m.hist[:0]
		for i := range m.caps {
			m.caps[i] = -1
		}
		begin := -1
		if m.match(m.re.root, st, func(e int) bool { begin = e; return true }) {
			loc := append([]int(nil), m.caps...)
			loc[0], loc[1] = begin, st
			return loc
		}
		if m.steps > btStepLimit {
			return nil
		}
	}
	return nil
}

// findAllBack is Matches under RightToLeft: matches in the order found,
// from the end of the input; after an empty match the next search
// starts one character further left.
func (m *btMachine) findAllBack(pos, n int) [][]int {
	var out [][]int
	for pos >= 0 && (n < 0 || len(out) < n) {
		loc := m.findRunesBack(pos)
		if loc == nil {
			break
		}
		out = append(out, m.toBytes(loc))
		if loc[1] == loc[0] {
			pos = loc[0] - 1
		} else {
			pos = loc[0]
		}
	}
	return out
}

// RightToLeftMatcher reports whether re searches right to left, so that
// its matches come last first.
func RightToLeftMatcher(re Matcher) bool {
	bt, ok := re.(*btRegexp)
	return ok && bt.rtl
}
