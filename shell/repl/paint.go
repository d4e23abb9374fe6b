package repl

import "strings"

// PSReadLine's default token colours (PSConsoleReadLineOptions: Command
// Yellow, Parameter DarkGray, String DarkCyan, Variable Green, Operator
// DarkGray, Number White, Comment DarkGreen, Keyword Green, Type Gray,
// Member Gray) as the ANSI sequences PSReadLine writes for them.
var tokenColors = map[TokenKind]string{
	TokCommand:   "\x1b[93m",
	TokParameter: "\x1b[90m",
	TokString:    "\x1b[36m",
	TokVariable:  "\x1b[92m",
	TokOperator:  "\x1b[90m",
	TokNumber:    "\x1b[97m",
	TokComment:   "\x1b[32m",
	TokKeyword:   "\x1b[92m",
	TokType:      "\x1b[37m",
	TokMember:    "\x1b[37m",
}

const colorReset = "\x1b[0m"

// Painter colours the line being edited (readline's Painter). With Color
// false it only hides the internal key markers.
type Painter struct {
	Color bool
}

// Paint returns the line with colour sequences around each token. It
// keeps every visible rune in place (readline positions the cursor from
// the unpainted line).
func (p *Painter) Paint(line []rune, _ int) []rune {
	clean := line
	for i, r := range line {
		if isKeyMarker(r) {
			if &clean[0] == &line[0] {
				clean = append([]rune(nil), line...)
			}
			clean[i] = ' '
		}
	}
	if !p.Color || len(clean) == 0 {
		return clean
	}
	return []rune(Highlight(clean))
}

// Highlight returns src with PSReadLine's colours (for the line editor
// and for echoing the lines of a pasted block).
func Highlight(src []rune) string {
	var b strings.Builder
	at := 0
	for _, t := range Tokenize(src) {
		if t.Start < at || t.End > len(src) {
			continue
		}
		b.WriteString(string(src[at:t.Start]))
		if c, ok := tokenColors[t.Kind]; ok {
			b.WriteString(c)
			b.WriteString(string(src[t.Start:t.End]))
			b.WriteString(colorReset)
		} else {
			b.WriteString(string(src[t.Start:t.End]))
		}
		at = t.End
	}
	b.WriteString(string(src[at:]))
	return b.String()
}
