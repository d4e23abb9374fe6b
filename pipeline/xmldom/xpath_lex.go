package xmldom

import (
	"strings"
	"unicode"
)

// XPathError is System.Xml.XPath.XPathException.
type XPathError struct{ Msg string }

func (e *XPathError) Error() string { return e.Msg }

func invalidToken(expr string) error {
	return &XPathError{Msg: "'" + expr + "' has an invalid token."}
}

// NamespaceError is the error for a prefix no namespace manager binds.
var NamespaceError = &XPathError{Msg: "Namespace Manager or XsltContext needed. This query has a prefix, variable, or user-defined function."}

// tokKind classifies XPath tokens.
type tokKind int

const (
	tEOF tokKind = iota
	tName
	tNumber
	tString
	tOp // / // [ ] ( ) @ , | . .. :: = != < <= > >= + - * and or div mod
	tVar
)

type xtok struct {
	kind tokKind
	s    string
}

// lexXPath splits an expression into tokens, applying XPath 1.0's rule
// that * and the operator names are operators only after an operand.
func lexXPath(expr string) ([]xtok, error) {
	var toks []xtok
	operand := func() bool {
		if len(toks) == 0 {
			return false
		}
		t := toks[len(toks)-1]
		switch t.kind {
		case tName, tNumber, tString, tVar:
			return true
		case tOp:
			return t.s == ")" || t.s == "]" || t.s == "." || t.s == ".." || t.s == "*" && len(toks) > 1 && !isOperatorTok(toks[len(toks)-2])
		}
		return false
	}
	i := 0
	for i < len(expr) {
		c := expr[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"' || c == '\'':
			j := strings.IndexByte(expr[i+1:], c)
			if j < 0 {
				return nil, &XPathError{Msg: "'" + expr + "' has an invalid token."}
			}
			toks = append(toks, xtok{tString, expr[i+1 : i+1+j]})
			i += j + 2
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(expr) && expr[i+1] >= '0' && expr[i+1] <= '9':
			j := i
			for j < len(expr) && (expr[j] >= '0' && expr[j] <= '9' || expr[j] == '.') {
				j++
			}
			toks = append(toks, xtok{tNumber, expr[i:j]})
			i = j
		case c == '.':
			if strings.HasPrefix(expr[i:], "..") {
				toks = append(toks, xtok{tOp, ".."})
				i += 2
			} else {
				toks = append(toks, xtok{tOp, "."})
				i++
			}
		case c == '/':
			if strings.HasPrefix(expr[i:], "//") {
				toks = append(toks, xtok{tOp, "//"})
				i += 2
			} else {
				toks = append(toks, xtok{tOp, "/"})
				i++
			}
		case c == '!' || c == '<' || c == '>':
			if i+1 < len(expr) && expr[i+1] == '=' {
				toks = append(toks, xtok{tOp, expr[i : i+2]})
				i += 2
			} else if c == '!' {
				return nil, invalidToken(expr)
			} else {
				toks = append(toks, xtok{tOp, string(c)})
				i++
			}
		case c == ':' && i+1 < len(expr) && expr[i+1] == ':':
			toks = append(toks, xtok{tOp, "::"})
			i += 2
		case strings.IndexByte("[]()@,|=+-", c) >= 0:
			toks = append(toks, xtok{tOp, string(c)})
			i++
		case c == '*':
			if operand() {
				toks = append(toks, xtok{tOp, "mul"})
			} else {
				toks = append(toks, xtok{tName, "*"})
			}
			i++
		case c == '$':
			j := i + 1
			for j < len(expr) && isNameChar(rune(expr[j])) {
				j++
			}
			toks = append(toks, xtok{tVar, expr[i+1 : j]})
			i = j
		default:
			r := rune(c)
			if c >= 0x80 {
				r = []rune(expr[i:])[0]
			}
			if !isNameStart(r) {
				return nil, invalidToken(expr)
			}
			j := i
			for j < len(expr) {
				r := rune(expr[j])
				if expr[j] >= 0x80 {
					r = []rune(expr[j:])[0]
				}
				if !isNameChar(r) {
					break
				}
				j += len(string(r))
			}
			name := expr[i:j]
			// A QName's prefix: p:local or p:*.
			if j < len(expr) && expr[j] == ':' && (j+1 >= len(expr) || expr[j+1] != ':') {
				k := j + 1
				if k < len(expr) && expr[k] == '*' {
					k++
				} else {
					for k < len(expr) && isNameChar(rune(expr[k])) {
						k++
					}
				}
				name = expr[i:k]
				j = k
			}
			if operand() && (name == "and" || name == "or" || name == "div" || name == "mod") {
				toks = append(toks, xtok{tOp, name})
			} else {
				toks = append(toks, xtok{tName, name})
			}
			i = j
		}
	}
	return toks, nil
}

func isOperatorTok(t xtok) bool {
	if t.kind != tOp {
		return false
	}
	switch t.s {
	case ")", "]", ".", "..":
		return false
	}
	return true
}

func isNameStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }

func isNameChar(r rune) bool {
	return r == '_' || r == '-' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)
}
