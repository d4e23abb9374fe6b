// Package syntax reads PowerShell text: the two-mode lexer, the parser and
// the syntax tree, with positions and PowerShell's parse error messages.
package syntax

import (
	"sort"
	"strings"
)

// Pos is a byte offset into a File's source. It is 32 bits wide: every
// node holds at least a Span of two, and a script is far below 2 GiB.
type Pos int32

// NoPos marks a node without a position.
const NoPos Pos = -1

// File is one piece of source text: a script file, a -Command string, or
// the lines of one REPL input.
type File struct {
	Name  string // script path, or "" for interactive input
	Src   string // after BOM removal; CRLF kept as written
	lines []Pos  // offsets where each line starts
}

// NewFile returns a File for src, dropping a UTF-8 byte-order mark.
func NewFile(name, src string) *File {
	src = strings.TrimPrefix(src, "\uFEFF")
	// Counted first, so a long script's line table is one allocation of
	// the right size rather than a doubling series.
	lines := make([]Pos, 1, strings.Count(src, "\n")+1)
	for i := strings.IndexByte(src, '\n'); i >= 0; {
		lines = append(lines, Pos(i+1))
		j := strings.IndexByte(src[i+1:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return &File{Name: name, Src: src, lines: lines}
}

// Position returns the 1-based line and the 1-based column (counted in
// characters, as PowerShell counts them) of p.
func (f *File) Position(p Pos) (line, col int) {
	if p < 0 {
		return 0, 0
	}
	if int(p) > len(f.Src) {
		p = Pos(len(f.Src))
	}
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > p }) - 1
	start := f.lines[i]
	return i + 1, len([]rune(f.Src[start:p])) + 1
}

// Line returns the text of the 1-based line n without its line ending.
func (f *File) Line(n int) string {
	if n < 1 || n > len(f.lines) {
		return ""
	}
	start := int(f.lines[n-1])
	end := len(f.Src)
	if n < len(f.lines) {
		end = int(f.lines[n]) - 1
	}
	return strings.TrimRight(f.Src[start:end], "\r")
}

// LineStart returns the offset of the start of the line holding p.
func (f *File) LineStart(p Pos) Pos {
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > p }) - 1
	if i < 0 {
		return 0
	}
	return f.lines[i]
}
