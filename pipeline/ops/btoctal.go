package ops

import "strconv"

// octalEscape turns \NN (N > 9, naming no group) into what .NET reads
// there instead: up to three octal digits as one character (the low
// eight bits of the value), then the rest of the digits as literals. So
// \170 is "x" and \18 is U+0001 followed by "8".
func octalEscape(n *btNode) {
	digits := strconv.Itoa(n.cap)
	v, i := 0, 0
	for i < len(digits) && i < 3 && digits[i] <= '7' {
		v = v*8 + int(digits[i]-'0')
		i++
	}
	lits := []*btNode{{kind: btLit, r: rune(v & 0xFF), fold: n.fold}}
	for _, d := range digits[i:] {
		lits = append(lits, &btNode{kind: btLit, r: d, fold: n.fold})
	}
	n.kind, n.cap, n.subs = btConcat, -1, lits
}
