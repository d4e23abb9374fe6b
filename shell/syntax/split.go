package syntax

import (
	"runtime"
	"sync"
)

// A long script is parsed in parts on several cores. Building the tree
// is most of the time a large script takes before it runs (allocation
// and fresh memory included), and its top-level statements do not depend
// on one another, so a script of many function definitions can be cut
// between two of them and the parts parsed at the same time.
//
// Only a cut that is certain to fall between two top-level statements
// gives the same tree as one parse, and that is checked rather than
// assumed: a part is cut only before a line that starts with the
// keyword function or filter (a top-level definition as scripts are
// written), the first part must be a plain script body (no begin,
// process or end blocks, after which a statement would be an error), and
// every part must parse without an error. A cut inside a string, a
// here-string, a comment or braces leaves the part before it unfinished,
// which is an error. When any check fails the script is parsed again as
// a whole, so errors are always reported as one parse reports them.

// splitMin is the shortest script worth cutting: below it the parse
// takes about as long as starting the other goroutines.
const splitMin = 32 << 10

// splitPartMin is the shortest part, and maxParts the most parts.
const (
	splitPartMin = 16 << 10
	maxParts     = 8
)

// parseSplit parses a long script in parts, or returns nil when it is
// short, cannot be cut, or a part does not parse cleanly.
func parseSplit(f *File) *ScriptBlock {
	n := len(f.Src)
	if n < splitMin {
		return nil
	}
	parts := min(runtime.GOMAXPROCS(0), n/splitPartMin, maxParts)
	if parts < 2 {
		return nil
	}
	var cuts []int
	for k := 1; k < parts; k++ {
		from := k * n / parts
		if len(cuts) > 0 {
			from = max(from, cuts[len(cuts)-1]+1)
		}
		c := nextDefinitionLine(f.Src, from)
		if c < 0 {
			break
		}
		cuts = append(cuts, c)
	}
	return parseAt(f, cuts)
}

// parseAt parses f cut at the given offsets (increasing line starts),
// or returns nil when the parts do not make the script's one tree.
func parseAt(f *File, cuts []int) *ScriptBlock {
	if len(cuts) == 0 {
		return nil
	}
	type part struct {
		stmts   []Stmt
		traps   []*TrapStmt
		lastEnd int
		ok      bool
	}
	rest := make([]part, len(cuts))
	var wg sync.WaitGroup
	for i, c := range cuts {
		end := len(f.Src)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		wg.Go(func() {
			p := &parser{f: f, src: f.Src[:end], pos: c, lastEnd: c}
			stmts, traps := p.stmtList(tEOF)
			rest[i] = part{stmts, traps, p.lastEnd, len(p.errs) == 0 && p.peek(modeStart).kind == tEOF}
		})
	}
	p := &parser{f: f, src: f.Src[:cuts[0]]}
	sb := p.parseScript()
	wg.Wait()
	if len(p.errs) > 0 || sb.Begin != nil || sb.Process != nil || sb.DynamicParam != nil || sb.End == nil || !sb.End.Unnamed {
		return nil
	}
	stmts, traps := sb.End.Stmts, sb.End.Traps
	lastEnd := 0
	for _, r := range rest {
		if !r.ok {
			return nil
		}
		stmts = append(stmts[:len(stmts):len(stmts)], r.stmts...)
		traps = append(traps[:len(traps):len(traps)], r.traps...)
		lastEnd = r.lastEnd
	}
	// The spans a single parse would give: the body runs to the end of
	// the last token, the script to the end of the text.
	end := sb.End
	end.Stmts, end.Traps = stmts, traps
	end.Stop = max(end.Pos(), Pos(lastEnd))
	sb.Span = Span{0, Pos(len(f.Src))}
	sb.Text = f.Src
	return sb
}

// nextDefinitionLine returns the offset of the first line starting at or
// after from whose text begins with the keyword function or filter
// followed by a blank, or -1.
func nextDefinitionLine(src string, from int) int {
	i := from
	if i > 0 && src[i-1] != '\n' {
		for i < len(src) && src[i] != '\n' {
			i++
		}
		i++
	}
	for i < len(src) {
		if definitionKeyword(src[i:]) {
			return i
		}
		for i < len(src) && src[i] != '\n' {
			i++
		}
		i++
	}
	return -1
}

// definitionKeyword reports whether s starts with function or filter
// (in any case) and a space or tab.
func definitionKeyword(s string) bool {
	for _, kw := range [...]string{"function", "filter"} {
		if len(s) > len(kw) && (s[len(kw)] == ' ' || s[len(kw)] == '\t') && asciiEqualFold(s[:len(kw)], kw) {
			return true
		}
	}
	return false
}

// asciiEqualFold compares s with the lower-case ASCII word kw, ignoring
// the case of s.
func asciiEqualFold(s, kw string) bool {
	for i := 0; i < len(kw); i++ {
		if s[i]|0x20 != kw[i] {
			return false
		}
	}
	return true
}
