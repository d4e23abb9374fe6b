package syntax

import "strings"

// genericMethodArgs parses the type arguments of a generic method call,
// $x.Method[T1,T2](args) (PowerShell 7.3), at the '[' after the method
// name. It consumes them only when the matching ']' is directly followed
// by '('; otherwise `[…]` is an index on the property and nothing is
// consumed (nil).
func (p *parser) genericMethodArgs() []*TypeName {
	src := p.src
	start := p.pos
	depth := 0
	end := -1
scan:
	for i := start; i < len(src); i++ {
		switch src[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				end = i
				break scan
			}
		case '(', ')', '{', '}', '$', '"', '\'', '\n', '\r', ';', '|':
			return nil
		}
	}
	if end < 0 || end+1 >= len(src) || src[end+1] != '(' {
		return nil
	}
	var out []*TypeName
	inner := src[start+1 : end]
	depth, from := 0, 0
	for i := 0; i <= len(inner); i++ {
		if i < len(inner) {
			switch inner[i] {
			case '[':
				depth++
				continue
			case ']':
				depth--
				continue
			case ',':
				if depth != 0 {
					continue
				}
			default:
				continue
			}
		}
		part := inner[from:i]
		lead := len(part) - len(strings.TrimLeft(part, " \t"))
		name := strings.TrimSpace(part)
		if name == "" {
			return nil
		}
		pos := start + 1 + from + lead
		out = append(out, &TypeName{Span: Span{Pos(pos), Pos(pos + len(name))}, Name: name})
		from = i + 1
	}
	p.setPos(end + 1)
	return out
}
