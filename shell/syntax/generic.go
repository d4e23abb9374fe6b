package syntax

import "strings"

// genericMethodArgs parses the type arguments of a generic method call,
// $x.Method[T1,T2](args) (PowerShell 7.3), at the '[' after the method
// name. It consumes them only when the matching ']' is directly followed
// by '(' (or ends the text, an incomplete call); otherwise `[…]` is an
// index on the property and nothing is consumed (nil).
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
	if end < 0 {
		return nil
	}
	inner := src[start+1 : end]
	if end+1 >= len(src) {
		// $x.Method[string] at the end of the text: the call's '(' may
		// still come (the REPL reads on), unless the bracket holds an
		// index rather than type names.
		if !looksLikeTypeArgs(inner) {
			return nil
		}
		targs := splitGenericArgs(inner, start)
		p.setPos(end + 1)
		p.errorAt(end+1, end+1, "MissingOpenParenthesisInMethodCall", "Missing '(' after the type arguments of a generic method call.", true)
		return targs
	}
	if src[end+1] != '(' {
		return nil
	}
	targs := splitGenericArgs(inner, start)
	if targs != nil {
		p.setPos(end + 1)
	}
	return targs
}

// looksLikeTypeArgs reports whether s can be a list of type names
// (string, System.Collections.Generic.List[int], string[]) rather than an
// index expression.
func looksLikeTypeArgs(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !(s[0] == '_' || s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	for _, c := range s {
		switch {
		case c == '_' || c == '.' || c == '`' || c == '[' || c == ']' || c == ',' || c == ' ',
			c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return true
}

// splitGenericArgs splits the text between the brackets (which starts
// after the '[' at start) into type names at top-level commas; nil when a
// name is empty.
func splitGenericArgs(inner string, start int) []*TypeName {
	var out []*TypeName
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
	return out
}
