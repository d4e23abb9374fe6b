package format

import "strings"

// Table layout, after PowerShell's TableWriter and ColumnWidthManager:
// one space between columns, the last column never padded, cells cut
// with "..." when wider than their column, and columns dropped from the
// right when the screen is too narrow.

const (
	minColumnWidth = 1
	minScreenWidth = 5
)

// tableLayout is an initialised TableWriter.
type tableLayout struct {
	widths     []int // <= 0: hidden
	aligns     []Align
	hideHeader bool
	disabled   bool
}

// newTableLayout fits the requested widths (0 = share what is left) into
// the screen.
func newTableLayout(screen int, widths []int, aligns []Align, hideHeader bool) *tableLayout {
	t := &tableLayout{aligns: aligns, hideHeader: hideHeader}
	if screen < minScreenWidth || len(widths) == 0 {
		t.disabled = true
		return t
	}
	w := append([]int(nil), widths...)
	if !assignWidths(w, screen) {
		trimToFit(w, screen)
	}
	visible := false
	for _, x := range w {
		if x >= minColumnWidth {
			visible = true
		}
	}
	t.disabled = !visible
	t.widths = w
	return t
}

// assignWidths gives unassigned (0) columns the room that is left, one
// cell at a time from the left; false means the columns do not fit.
func assignWidths(w []int, screen int) bool {
	all := true
	sum := 0
	for _, x := range w {
		if x <= 0 {
			all = false
			break
		}
		sum += x
	}
	if all {
		return sum+len(w)-1 <= screen
	}
	fixed := make([]bool, len(w))
	for k := range w {
		fixed[k] = w[k] > 0
		if w[k] == 0 {
			w[k] = minColumnWidth
		}
	}
	avail := screen - tableWidth(w)
	if avail < 0 {
		return false
	}
	for avail > 0 {
		for k := range w {
			if fixed[k] {
				continue
			}
			w[k]++
			avail--
			if avail == 0 {
				break
			}
		}
	}
	return true
}

// trimToFit shrinks, then hides, the last visible column until the
// table fits.
func trimToFit(w []int, screen int) {
	for {
		excess := tableWidth(w) - screen
		if excess <= 0 {
			return
		}
		last := len(w) - 1
		for k := range w {
			if w[k] < 0 {
				last = k - 1
				break
			}
		}
		if last < 0 {
			return
		}
		if nw := w[last] - excess; nw < minColumnWidth {
			w[last] = -1
		} else {
			w[last] = nw
		}
	}
}

func tableWidth(w []int) int {
	sum, n := 0, 0
	for _, x := range w {
		if x > 0 {
			sum += x
			n++
		}
	}
	return sum + n - 1
}

// header returns the label row(s) and the dashes under them.
func (t *tableLayout) header(labels []string) []string {
	if t.disabled || t.hideHeader {
		return nil
	}
	lines := t.rowLines(labels, true)
	dashes := make([]string, len(labels))
	for k := range labels {
		if t.widths[k] <= 0 {
			continue
		}
		n := t.widths[k]
		if l := cellLen(labels[k]); labels[k] != "" && l < n {
			n = l
		}
		dashes[k] = strings.Repeat("-", n)
	}
	return append(lines, t.row(dashes))
}

// rowLines renders one row, wrapped (multiLine) or cut to one line.
func (t *tableLayout) rowLines(values []string, multiLine bool) []string {
	if t.disabled {
		return nil
	}
	if !multiLine {
		return []string{t.row(values)}
	}
	return t.wrappedRow(values)
}

// row renders values on one line (TableWriter.GenerateRow).
func (t *tableLayout) row(values []string) string {
	var sb strings.Builder
	last := len(t.widths) - 1
	for last >= 0 && t.widths[last] <= 0 {
		last-- // columns dropped from the right leave a new last column
	}
	for k := 0; k <= last; k++ {
		if t.widths[k] <= 0 {
			continue
		}
		if k > 0 {
			sb.WriteByte(' ')
		}
		v := ""
		if k < len(values) {
			v = values[k]
		}
		sb.WriteString(fitField(v, t.widths[k], t.align(k), k < last))
	}
	return sb.String()
}

func (t *tableLayout) align(k int) Align {
	if k < len(t.aligns) {
		return t.aligns[k]
	}
	return AlignLeft
}

// fitField pads or cuts one cell (TableWriter.GenerateRowField).
func fitField(v string, width int, align Align, addPadding bool) string {
	s := truncateAtNewLine(v)
	l := cellLen(s)
	switch {
	case l < width:
		n := width - l
		switch align {
		case AlignRight:
			s = pad(n) + s
		case AlignCenter:
			s = pad(n/2) + s
			if addPadding {
				s += pad(n - n/2)
			}
		default:
			if addPadding {
				s += pad(n)
			}
		}
		return s
	case l > width:
		keep := width - len(ellipsis)
		if keep > 0 {
			if align == AlignRight {
				s = ellipsis + tailCells(s, keep)
			} else {
				s = headCells(s, keep) + ellipsis
			}
		} else if align == AlignRight {
			s = tailCells(s, width)
		} else {
			s = headCells(s, width)
		}
	}
	if cellLen(s) < width {
		// a wide character was cut in half
		if align == AlignRight {
			s = " " + s
		} else if addPadding {
			s += " "
		}
	}
	return s
}

// wrappedRow renders a row whose cells wrap onto several lines
// (TableWriter.GenerateTableRow).
func (t *tableLayout) wrappedRow(values []string) []string {
	var cols []int
	for k := range t.widths {
		if t.widths[k] > 0 {
			cols = append(cols, k)
		}
	}
	if len(cols) == 0 {
		return nil
	}
	cells := make([][]string, len(cols))
	for i, k := range cols {
		last := i == len(cols)-1
		v := ""
		if k < len(values) {
			v = values[k]
		}
		w := t.widths[k]
		lines := wrapLines(v, w, w)
		for j, ln := range lines {
			if cellLen(ln) < w && (!last || t.align(k) == AlignRight || t.align(k) == AlignCenter) {
				ln = fitField(ln, w, t.align(k), !last)
			}
			if i > 0 {
				ln = " " + ln
			}
			lines[j] = ln
		}
		cells[i] = lines
	}
	rows := 0
	for _, c := range cells {
		if len(c) > rows {
			rows = len(c)
		}
	}
	lastWith := make([]int, rows)
	for r := 0; r < rows; r++ {
		for i, c := range cells {
			if len(c) > r {
				lastWith[r] = i
			}
		}
	}
	for i, k := range cols {
		blank := 0
		if i < len(cols)-1 {
			blank = t.widths[k]
			if i > 0 {
				blank++
			}
		}
		for r := len(cells[i]); r < rows; r++ {
			if i > lastWith[r] {
				cells[i] = append(cells[i], "")
			} else {
				cells[i] = append(cells[i], pad(blank))
			}
		}
	}
	out := make([]string, rows)
	for r := 0; r < rows; r++ {
		var sb strings.Builder
		for i := range cells {
			v := cells[i][r]
			if i == lastWith[r] && rows > 1 {
				v = strings.TrimRight(v, " ")
			}
			sb.WriteString(v)
		}
		out[r] = sb.String()
	}
	return out
}
