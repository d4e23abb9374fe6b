package data

import "strings"

// PrettyJSON lays out compact JSON text the way Windows PowerShell 5.1's
// ConvertTo-Json does: four spaces per level, two spaces after a colon,
// and a nested object or array indented to start under the column after
// its key ("key":  {), so that its members line up with the brace.
func PrettyJSON(json string) string {
	if !strings.HasPrefix(json, "{") && !strings.HasPrefix(json, "[") {
		return json
	}
	p := &prettifier{s: json}
	p.b.WriteByte(json[0])
	if json[0] == '{' {
		p.dict(1, "", 0)
	} else {
		p.list(1, "", 0)
	}
	return p.b.String()
}

type prettifier struct {
	s string
	b strings.Builder
}

const jsonIndent = "    "

// quoted copies a string literal that starts after index i-1 (the opening
// quote was written) and returns the index of its closing quote.
func (p *prettifier) quoted(i int) int {
	for ; i < len(p.s); i++ {
		p.b.WriteByte(p.s[i])
		if p.s[i] == '"' {
			esc := false
			for j := i - 1; j >= 0 && p.s[j] == '\\'; j-- {
				esc = !esc
			}
			if !esc {
				return i
			}
		}
	}
	return len(p.s) - 1
}

// list lays out an array whose '[' was written; pad is the enclosing
// indentation and extra the key-alignment spaces.
func (p *prettifier) list(i int, pad string, extra int) int {
	p.b.WriteByte('\n')
	inner := pad + strings.Repeat(" ", extra) + jsonIndent
	head := true
	for ; i < len(p.s); i++ {
		c := p.s[i]
		switch c {
		case '{':
			p.b.WriteString(inner)
			p.b.WriteByte(c)
			i = p.dict(i+1, inner, 0)
			head = false
		case '[':
			p.b.WriteString(inner)
			p.b.WriteByte(c)
			i = p.list(i+1, inner, 0)
			head = false
		case ']':
			p.b.WriteByte('\n')
			p.b.WriteString(pad + strings.Repeat(" ", extra))
			p.b.WriteByte(c)
			return i
		case '"':
			if head {
				p.b.WriteString(inner)
			}
			p.b.WriteByte(c)
			i = p.quoted(i + 1)
			head = false
		case ',':
			p.b.WriteString(",\n")
			head = true
		default:
			if head {
				p.b.WriteString(inner)
			}
			p.b.WriteByte(c)
			head = false
		}
	}
	return i
}

// dict lays out an object whose '{' was written.
func (p *prettifier) dict(i int, pad string, extra int) int {
	p.b.WriteByte('\n')
	inner := pad + strings.Repeat(" ", extra) + jsonIndent
	head, beforeColon := true, true
	keyWidth := 0
	for ; i < len(p.s); i++ {
		c := p.s[i]
		switch c {
		case '{':
			p.b.WriteByte(c)
			i = p.dict(i+1, inner, keyWidth)
			head = false
		case '[':
			p.b.WriteByte(c)
			i = p.list(i+1, inner, keyWidth)
			head = false
		case '}':
			p.b.WriteByte('\n')
			p.b.WriteString(pad + strings.Repeat(" ", extra))
			p.b.WriteByte(c)
			return i
		case '"':
			if head {
				p.b.WriteString(inner)
			}
			p.b.WriteByte(c)
			end := p.quoted(i + 1)
			if beforeColon {
				keyWidth = len([]rune(p.s[i : end+1]))
			}
			i = end
			head = false
		case ':':
			p.b.WriteString(":  ")
			keyWidth += 3
			beforeColon, head = false, false
		case ',':
			p.b.WriteString(",\n")
			head, beforeColon = true, true
			keyWidth = 0
		default:
			if head {
				p.b.WriteString(inner)
			}
			p.b.WriteByte(c)
			head = false
		}
	}
	return i
}
