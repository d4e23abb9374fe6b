package repl

import "strings"

// tokenColor is PSReadLine's default colour of a token kind
// (PSConsoleReadLineOptions: Command Yellow, Parameter DarkGray, String
// DarkCyan, Variable Green, Operator DarkGray, Number White, Comment
// DarkGreen, Keyword Green, Type Gray, Member Gray) as the ANSI sequence
// PSReadLine writes for it.
func tokenColor(k TokenKind) (string, bool) {
	switch k {
	case TokCommand:
		return "\x1b[93m", true
	case TokParameter, TokOperator:
		return "\x1b[90m", true
	case TokString:
		return "\x1b[36m", true
	case TokVariable, TokKeyword:
		return "\x1b[92m", true
	case TokNumber:
		return "\x1b[97m", true
	case TokComment:
		return "\x1b[32m", true
	case TokType, TokMember:
		return "\x1b[37m", true
	}
	return "", false
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
	clean := make([]rune, len(line))
	shown := make([]rune, len(line))
	for i, r := range line {
		clean[i], shown[i] = r, r
		switch {
		case isKeyMarker(r):
			clean[i], shown[i] = ' ', ' '
		case r == lineBreak:
			clean[i], shown[i] = '\n', shownBreak
		}
	}
	if !p.Color || len(clean) == 0 {
		return shown
	}
	return []rune(highlight(clean, shown))
}

// Highlight returns src with PSReadLine's colours (for the line editor
// and for echoing the lines of a pasted block).
func Highlight(src []rune) string { return highlight(src, src) }

// highlight colours shown by the tokens of src (the same runes, except
// for how line breaks are drawn).
func highlight(src, shown []rune) string {
	var b strings.Builder
	at := 0
	for _, t := range Tokenize(src) {
		if t.Start < at || t.End > len(src) {
			continue
		}
		b.WriteString(string(shown[at:t.Start]))
		if c, ok := tokenColor(t.Kind); ok {
			b.WriteString(c)
			b.WriteString(string(shown[t.Start:t.End]))
			b.WriteString(colorReset)
		} else {
			b.WriteString(string(shown[t.Start:t.End]))
		}
		at = t.End
	}
	b.WriteString(string(shown[at:]))
	return b.String()
}
