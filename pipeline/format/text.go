package format

import (
	"strings"
	"unicode/utf8"
)

// cellLen is the number of screen cells s takes (DisplayCells.Length):
// East Asian wide characters take two.
func cellLen(s string) int {
	n := 0
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}

func runeCells(r rune) int {
	if r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe6f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) || (r >= 0x20000 && r <= 0x3fffd)) {
		return 2
	}
	return 1
}

// headCells returns the prefix of s that fits in n cells.
func headCells(s string, n int) string {
	used := 0
	for i, r := range s {
		c := runeCells(r)
		if used+c > n {
			return s[:i]
		}
		used += c
	}
	return s
}

// tailCells returns the suffix of s that fits in n cells.
func tailCells(s string, n int) string {
	used := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		c := runeCells(r)
		if used+c > n {
			return s[i:]
		}
		used += c
		i -= size
	}
	return s
}

// truncateAtNewLine keeps the first line of s, marking the cut with the
// ellipsis (StringManipulationHelper.TruncateAtNewLine).
func truncateAtNewLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i] + ellipsis
	}
	return s
}

// wrapLines splits text into lines of at most first cells (the first
// line) and rest cells (the following ones), breaking at spaces as the
// en-US formatter does (GenerateLinesWithWordWrap); words longer than a
// line are cut.
func wrapLines(s string, first, rest int) []string {
	if s == "" {
		return []string{""}
	}
	var out []string
	for _, line := range splitLines(s) {
		if cellLen(line) <= first {
			out = append(out, line)
			continue
		}
		width := first
		left := width
		firstLine := true
		var cur strings.Builder
		newLine := func() {
			out = append(out, cur.String())
			cur.Reset()
			if firstLine {
				firstLine = false
				width = rest
			}
		}
		for _, word := range words(line) {
			if width <= 0 {
				break
			}
			w := cellLen(word)
			if w > width {
				for _, r := range word {
					c := runeCells(r)
					if c > width {
						r, c = '?', 1
					}
					if c > left {
						newLine()
						left = width
					}
					cur.WriteRune(r)
					left -= c
				}
				continue
			}
			if w > left {
				newLine()
				left = width
			}
			cur.WriteString(word)
			left -= w
		}
		out = append(out, cur.String())
	}
	return out
}

// words splits a line after each space, keeping the space with the word
// before it (GetWords).
func words(line string) []string {
	var out []string
	start := 0
	for i := 0; i < len(line); i++ {
		if line[i] == ' ' {
			out = append(out, line[start:i+1])
			start = i + 1
		}
	}
	return append(out, line[start:])
}

// pad returns n spaces.
func pad(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}
