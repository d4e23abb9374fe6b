package format

import (
	"strconv"
	"time"
)

// groupingWindow is how long Out-Default collects the rows of a table
// whose view does not fix its column widths before it settles them
// (OutCommandInner enables group caching for 300 ms).
const groupingWindow = 300 * time.Millisecond

// outputter is OutCommandInner: it turns packets into lines for a
// screen of a given width.
type outputter struct {
	width int
	line  func(string)
	now   func() time.Time

	start *startInfo
	// Autosize cache: rows of a group are held until the group ends (or
	// the grouping window passes) so column widths can fit them.
	caching  bool
	timed    bool
	holding  bool
	since    time.Time
	queue    []*packet
	hint     []int
	wideHint int

	table   *tableLayout
	wideBuf []string
	wideN   int

	// rawWhole hands a string's text to line in one piece, line breaks
	// and all, as StreamingTextWriter does for Out-String -Stream.
	rawWhole bool
}

func newOutputter(width int, line func(string)) *outputter {
	if width <= 0 {
		width = defaultErrorWidth
	}
	return &outputter{width: width, line: line, now: time.Now}
}

// add takes one packet through the autosize cache.
func (o *outputter) add(p *packet) {
	if p.kind == pkStart {
		o.caching, o.timed = false, false
		si := p.start
		switch {
		case si.autoSize && (si.shape == TableKind || si.shape == WideKind):
			o.caching = true
		case si.shape == TableKind && len(si.cols) > 0 && si.cols[0].width == 0:
			o.caching, o.timed = true, true
		}
	}
	if !o.caching {
		o.process(p)
		return
	}
	if !o.holding && p.kind == pkGroupStart {
		o.holding = true
		o.since = o.now()
		o.queue = append(o.queue[:0], p)
		return
	}
	if o.holding && (p.kind == pkGroupEnd || p.kind == pkEnd || (o.timed && o.now().Sub(o.since) > groupingWindow)) {
		o.queue = append(o.queue, p)
		o.notify()
		o.holding = false
		q := o.queue
		o.queue = nil
		for _, x := range q {
			o.process(x)
		}
		return
	}
	if o.holding {
		o.queue = append(o.queue, p)
		return
	}
	o.process(p)
}

// flush empties the cache (end of output without a closing packet).
func (o *outputter) flush() {
	if o.holding {
		o.notify()
		o.holding = false
		q := o.queue
		o.queue = nil
		for _, x := range q {
			o.process(x)
		}
	}
}

// notify computes the width hint from the cached rows.
func (o *outputter) notify() {
	if o.start == nil {
		return
	}
	switch o.start.shape {
	case TableKind:
		w := make([]int, len(o.start.cols))
		for k, c := range o.start.cols {
			w[k] = cellLen(c.label)
		}
		for _, p := range o.queue {
			if p.kind != pkEntry || p.outOfBand || p.entry == nil {
				continue
			}
			for k, c := range p.entry.cells {
				if k < len(w) {
					if n := cellLen(c); n > w[k] {
						w[k] = n
					}
				}
			}
		}
		o.hint = w
	case WideKind:
		m := 0
		for _, p := range o.queue {
			if p.kind == pkEntry && !p.outOfBand && p.entry != nil {
				if n := cellLen(p.entry.text); n > m {
					m = n
				}
			}
		}
		o.wideHint = m
	}
}

// process renders one packet.
func (o *outputter) process(p *packet) {
	switch p.kind {
	case pkStart:
		o.start = p.start
		o.line("")
	case pkGroupStart:
		if p.header != nil {
			o.line("")
			for _, l := range p.header {
				o.line(l)
			}
			o.line("")
		}
		o.groupStart()
	case pkEntry:
		if p.outOfBand || o.start == nil {
			o.outOfBand(p.entry)
			return
		}
		o.payload(p.entry)
	case pkGroupEnd:
		if o.start != nil && o.start.shape == WideKind {
			o.flushWide()
		}
		o.line("")
	case pkEnd:
		o.line("")
		o.start = nil
		o.table = nil
	}
}

// groupStart initialises the group's layout and writes its header.
func (o *outputter) groupStart() {
	si := o.start
	if si == nil {
		return
	}
	switch si.shape {
	case TableKind:
		n := len(si.cols)
		if n == 0 {
			o.table = nil
			return
		}
		widths := make([]int, n)
		aligns := make([]Align, n)
		labels := make([]string, n)
		for k, c := range si.cols {
			widths[k] = c.width
			aligns[k] = c.align
			labels[k] = c.label
		}
		if o.hint != nil && len(o.hint) == n {
			copy(widths, o.hint)
		}
		o.hint = nil
		o.table = newTableLayout(o.width, widths, aligns, si.hideHeader)
		if si.autoSize {
			o.droppedWarning(labels)
		}
		for _, l := range o.table.header(labels) {
			o.line(l)
		}
	case ListKind:
		o.line("")
	case WideKind:
		per := 2
		if o.wideHint > 0 {
			per = wideFit(o.wideHint, o.width)
		} else if si.wideCols > 0 {
			per = si.wideCols
		}
		o.wideHint = 0
		o.line("")
		o.wideN = per
		o.wideBuf = o.wideBuf[:0]
		o.table = newTableLayout(o.width, make([]int, per), make([]Align, per), false)
	}
}

// wideFit is how many items of width n fit on a line
// (ComputeWideViewBestItemsPerRowFit).
func wideFit(n, screen int) int {
	if n <= 0 || screen < 1 || n >= screen {
		return 1
	}
	cols := 1
	for {
		next := cols + 1
		if n*next+(next-1) >= screen {
			return cols
		}
		cols++
	}
}

// payload renders one object inside the current document.
func (o *outputter) payload(e *entry) {
	switch o.start.shape {
	case TableKind:
		if o.table == nil {
			return
		}
		for _, l := range o.table.rowLines(e.cells, o.start.wrap) {
			o.line(l)
		}
	case ListKind:
		for _, l := range listLines(e.labels, e.values, o.width) {
			o.line(l)
		}
		o.line("")
	case WideKind:
		o.wideBuf = append(o.wideBuf, e.text)
		if len(o.wideBuf) == o.wideN {
			o.flushWide()
		}
	case CustomKind:
		for _, l := range e.lines {
			o.line(l)
		}
	}
}

func (o *outputter) flushWide() {
	if len(o.wideBuf) == 0 || o.table == nil {
		return
	}
	vals := make([]string, o.wideN)
	copy(vals, o.wideBuf)
	o.line(o.table.row(vals))
	o.wideBuf = o.wideBuf[:0]
}

// outOfBand renders an entry that stands alone: raw text as is, a list
// between blank lines.
func (o *outputter) outOfBand(e *entry) {
	if e == nil {
		return
	}
	if e.raw {
		// The text is written as one WriteLine: a trailing newline
		// ("abc`n", Out-String's result) shows as an empty line.
		if o.rawWhole {
			o.line(e.text)
			return
		}
		for _, l := range splitLines(e.text) {
			o.line(l)
		}
		return
	}
	if e.lines != nil {
		for _, l := range e.lines {
			o.line(l)
		}
		return
	}
	o.line("")
	for _, l := range listLines(e.labels, e.values, o.width) {
		o.line(l)
	}
	o.line("")
}

// droppedWarning tells, before an -AutoSize table, which columns did not
// fit on the screen (Format-Table's "WARNING: column "Name" does not fit
// into the display and was removed.", or how many did), then a blank line.
func (o *outputter) droppedWarning(labels []string) {
	if o.table == nil || o.table.disabled {
		return
	}
	var dropped []string
	for k, w := range o.table.widths {
		if w <= 0 && k < len(labels) {
			dropped = append(dropped, labels[k])
		}
	}
	switch len(dropped) {
	case 0:
		return
	case 1:
		o.line("WARNING: column \"" + dropped[0] + "\" does not fit into the display and was removed.")
	default:
		o.line("WARNING: " + strconv.Itoa(len(dropped)) + " columns do not fit into the display and were removed.")
	}
	o.line("")
}
