package repl

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chzyer/readline"
)

// completeTimeout bounds one completion even if nobody presses Ctrl+C.
const completeTimeout = 3 * time.Second

// editor performs the key-marker actions on readline's line: completion
// that replaces the word (Tab, a list and cycling on the next Tab,
// Shift+Tab back), Up/Down through the history entries that start with
// the typed prefix, Escape and Delete.
type editor struct {
	complete func(ctx context.Context, line []rune, pos int) Completion
	history  func() []string
	width    func() int
	out      func() io.Writer // writes above the edited line
	search   func() bool      // readline is in Ctrl+R search
	bell     func()

	cycle *cycleState
	hist  *histState

	busy     atomic.Bool
	mu       sync.Mutex
	cancel   context.CancelFunc
	inflight sync.WaitGroup
}

// cycleState remembers the last completion, for the next Tab.
type cycleState struct {
	line           []rune // the line as the last Tab left it
	pos            int
	prefix, suffix []rune
	items          []Candidate
	idx            int // the candidate shown, -1 before cycling
	listed         bool
}

// histState remembers a prefix history search in progress.
type histState struct {
	prefix string
	orig   []rune
	idx    int
	shown  []rune
}

// filterRune maps readline's keys to markers (readline calls it for
// every key before acting on it).
func (e *editor) filterRune(r rune) (rune, bool) {
	if e.search != nil && e.search() {
		if r == keyClear {
			return readline.CharBell, true
		}
		if isKeyMarker(r) {
			return r, false
		}
		return r, true
	}
	switch r {
	case readline.CharTab:
		return keyComplete, true
	case readline.CharPrev:
		return keyHistPrev, true
	case readline.CharNext:
		return keyHistNext, true
	}
	return r, true
}

// OnChange is readline's Listener: it runs after each key.
func (e *editor) OnChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	if !isKeyMarker(key) {
		if key != 0 || line == nil {
			e.cycle, e.hist = nil, nil
		}
		return nil, 0, false
	}
	// Take the marker readline inserted out again.
	base := line
	p := pos
	if p > 0 && p <= len(line) && line[p-1] == key {
		base = append(append([]rune(nil), line[:p-1]...), line[p:]...)
		p--
	}
	switch key {
	case keyComplete, keyCompletePrev:
		e.hist = nil
		dir := 1
		if key == keyCompletePrev {
			dir = -1
		}
		return e.onTab(base, p, dir)
	case keyHistPrev, keyHistNext:
		e.cycle = nil
		dir := -1
		if key == keyHistNext {
			dir = 1
		}
		return e.onHistory(base, p, dir)
	case keyClear:
		e.cycle, e.hist = nil, nil
		return []rune{}, 0, true
	case keyDelete:
		e.cycle, e.hist = nil, nil
		if p < len(base) {
			base = append(base[:p:p], base[p+1:]...)
		}
		return base, p, true
	}
	return base, p, true
}

// onTab completes the word under the cursor. One candidate replaces it;
// several replace it with their common prefix when that is longer, else
// with the first; the next Tab lists them all and moves on to the next.
func (e *editor) onTab(line []rune, pos, dir int) ([]rune, int, bool) {
	if c := e.cycle; c != nil && runesEqual(line, c.line) && pos == c.pos {
		if !c.listed {
			e.printList(c.items)
			c.listed = true
		}
		switch {
		case c.idx < 0 && dir > 0:
			c.idx = 0
		case c.idx < 0:
			c.idx = len(c.items) - 1
		default:
			c.idx = (c.idx + dir + len(c.items)) % len(c.items)
		}
		return e.apply(c, []rune(c.items[c.idx].Text))
	}
	e.cycle = nil
	comp, ok := e.run(line, pos)
	if !ok || len(comp.Items) == 0 {
		if e.bell != nil {
			e.bell()
		}
		return line, pos, true
	}
	c := &cycleState{prefix: append([]rune(nil), line[:comp.Start]...), suffix: append([]rune(nil), line[comp.End:]...), items: comp.Items, idx: -1}
	if len(comp.Items) == 1 {
		nl, np, ok := e.apply(c, []rune(comp.Items[0].Text))
		e.cycle = nil
		return nl, np, ok
	}
	if common := commonPrefixFold(comp.Items); len([]rune(common)) > pos-comp.Start {
		e.cycle = c
		return e.apply(c, []rune(common))
	}
	c.idx = 0
	if dir < 0 {
		c.idx = len(c.items) - 1
	}
	e.cycle = c
	return e.apply(c, []rune(c.items[c.idx].Text))
}

func (e *editor) apply(c *cycleState, word []rune) ([]rune, int, bool) {
	nl := make([]rune, 0, len(c.prefix)+len(word)+len(c.suffix))
	nl = append(append(append(nl, c.prefix...), word...), c.suffix...)
	c.line = nl
	c.pos = len(c.prefix) + len(word)
	return append([]rune(nil), nl...), c.pos, true
}

// run computes a completion off readline's goroutine, so Ctrl+C (seen by
// the input filter) can cancel it and the prompt never hangs.
func (e *editor) run(line []rune, pos int) (Completion, bool) {
	if e.complete == nil {
		return Completion{}, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), completeTimeout)
	defer cancel()
	e.mu.Lock()
	e.cancel = cancel
	e.mu.Unlock()
	e.busy.Store(true)
	defer e.busy.Store(false)
	done := make(chan Completion, 1)
	in := append([]rune(nil), line...)
	e.inflight.Add(1)
	go func() {
		defer e.inflight.Done()
		defer func() {
			if recover() != nil {
				done <- Completion{}
			}
		}()
		done <- e.complete(ctx, in, pos)
	}()
	select {
	case c := <-done:
		return c, ctx.Err() == nil
	case <-ctx.Done():
		return Completion{}, false
	}
}

// interrupt cancels a running completion; it reports whether there was
// one (the Ctrl+C is then used up).
func (e *editor) interrupt() bool {
	if !e.busy.Load() {
		return false
	}
	e.mu.Lock()
	if e.cancel != nil {
		e.cancel()
	}
	e.mu.Unlock()
	return true
}

// printList shows the candidates in columns above the prompt.
func (e *editor) printList(items []Candidate) {
	if e.out == nil {
		return
	}
	const maxShown = 200
	shown := items
	if len(shown) > maxShown {
		shown = shown[:maxShown]
	}
	colw := 0
	for _, it := range shown {
		if w := len([]rune(it.Display)); w > colw {
			colw = w
		}
	}
	colw += 2
	width := 80
	if e.width != nil {
		if w := e.width(); w > 0 {
			width = w
		}
	}
	cols := (width - 1) / colw
	if cols < 1 {
		cols = 1
	}
	rows := (len(shown) + cols - 1) / cols
	var b strings.Builder
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(shown) {
				break
			}
			d := shown[i].Display
			b.WriteString(d)
			if c < cols-1 && i+rows < len(shown) {
				b.WriteString(strings.Repeat(" ", colw-len([]rune(d))))
			}
		}
		b.WriteString("\r\n")
	}
	if len(items) > maxShown {
		fmt.Fprintf(&b, "(%d more)\r\n", len(items)-maxShown)
	}
	io.WriteString(e.out(), b.String())
}

// onHistory moves through the history entries that begin with the text
// before the cursor (all entries when nothing is typed), as PSReadLine's
// HistorySearchBackward/Forward do.
func (e *editor) onHistory(line []rune, pos, dir int) ([]rune, int, bool) {
	if e.history == nil {
		return line, pos, true
	}
	list := e.history()
	h := e.hist
	if h == nil || !runesEqual(line, h.shown) {
		h = &histState{prefix: strings.ToLower(string(line[:pos])), orig: line, idx: len(list)}
		e.hist = h
	}
	for i := h.idx + dir; i >= 0 && i < len(list); i += dir {
		if strings.HasPrefix(strings.ToLower(list[i]), h.prefix) && list[i] != string(h.shown) && list[i] != string(line) {
			h.idx = i
			h.shown = []rune(list[i])
			return append([]rune(nil), h.shown...), len(h.shown), true
		}
	}
	if dir > 0 {
		// Past the newest entry: back to what was typed.
		h.idx = len(list)
		h.shown = h.orig
		return append([]rune(nil), h.orig...), len(h.orig), true
	}
	if e.bell != nil {
		e.bell()
	}
	return line, pos, true
}

func runesEqual(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// commonPrefixFold is the longest prefix the candidates share, compared
// without case, spelled as the first candidate spells it.
func commonPrefixFold(items []Candidate) string {
	first := []rune(items[0].Text)
	n := len(first)
	for _, it := range items[1:] {
		r := []rune(it.Text)
		if len(r) < n {
			n = len(r)
		}
		for i := 0; i < n; i++ {
			if !strings.EqualFold(string(r[i]), string(first[i])) {
				n = i
				break
			}
		}
	}
	return string(first[:n])
}
