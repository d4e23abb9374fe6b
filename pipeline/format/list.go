package format

// listSeparator sits between a list label and its value.
const listSeparator = " : "

// listLines renders one object as a list (ListWriter): labels padded to
// the longest, " : ", and values wrapped under their first line.
func listLines(labels, values []string, screen int) []string {
	if len(labels) == 0 || screen-len(listSeparator)-2 < 0 {
		return nil
	}
	maxLabel := screen - len(listSeparator) - 1
	width := 0
	for _, l := range labels {
		if n := cellLen(l); n > width {
			width = n
		}
	}
	if width > maxLabel {
		width = maxLabel
	}
	field := screen - width - len(listSeparator)
	indent := pad(width + len(listSeparator))
	var out []string
	for k, l := range labels {
		n := cellLen(l)
		switch {
		case n < width:
			l += pad(width - n)
		case n > width:
			l = headCells(l, width)
		}
		l += listSeparator
		v := ""
		if k < len(values) {
			v = values[k]
		}
		for i, line := range splitLines(v) {
			prefix := l
			if i > 0 {
				prefix = indent
			}
			for j, part := range wrapLines(line, field, field) {
				if j == 0 {
					out = append(out, prefix+part)
				} else {
					out = append(out, indent+part)
				}
			}
		}
	}
	return out
}
