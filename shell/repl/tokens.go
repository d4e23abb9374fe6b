package repl

import (
	"strings"
	"unicode"
)

// TokenKind classifies a piece of the input line for colouring and for
// finding what Tab should complete. The classes are PSReadLine's.
type TokenKind int

// Token kinds, as PSReadLine's colour options name them.
const (
	TokGeneric TokenKind = iota // a bare argument (C:\x.pfx, global)
	TokCommand
	TokParameter
	TokString
	TokVariable
	TokOperator
	TokNumber
	TokComment
	TokKeyword
	TokType
	TokMember
)

// Token is one piece of an input line, in rune offsets.
type Token struct {
	Kind       TokenKind
	Start, End int
	// Cmd is the index of the command token this token belongs to (an
	// argument or parameter of it, or the command itself), -1 outside a
	// command.
	Cmd int
}

// lexState is where the light tokenizer stands: at the start of a
// statement (a bare word is a command), in a command's arguments, or in
// an expression.
type lexState struct {
	cmdPos bool
	argCmd int // index of the command whose arguments follow, -1 in expression mode
}

// isKeyword reports whether word (lower case) is one of the statement
// keywords PSReadLine colours as keywords.
func isKeyword(word string) bool {
	switch word {
	case "begin", "break", "catch", "class", "continue", "data",
		"do", "dynamicparam", "else", "elseif", "end", "enum",
		"exit", "filter", "finally", "for", "foreach", "function",
		"if", "in", "param", "process", "return", "switch",
		"throw", "trap", "try", "until", "while":
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' || r == '\u2015' }

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\f' || r == '\v' }

func isQuote(r rune) (single, double bool) {
	switch r {
	case '\'', '\u2018', '\u2019', '\u201a', '\u201b':
		return true, false
	case '"', '\u201c', '\u201d', '\u201e':
		return false, true
	}
	return false, false
}

// wordEnd reports whether r ends a bare word in argument mode.
func wordEnd(r rune) bool {
	if isSpace(r) || r == '\n' || r == '\r' {
		return true
	}
	switch r {
	case ';', '|', '(', ')', '{', '}', '&', ',':
		return true
	}
	return false
}

func isVarChar(r rune) bool { return r == '_' || r == '?' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// Tokenize splits an input line into tokens with PowerShell's two modes
// approximated: after a command name, words are arguments and -X is a
// parameter; elsewhere -eq is an operator. It never fails: unfinished
// strings and brackets run to the end of the line. The result is for
// colouring and completion only; the parser decides what the line means.
func Tokenize(line []rune) []Token {
	var toks []Token
	stack := []lexState{{cmdPos: true, argCmd: -1}}
	st := &stack[0]
	push := func() {
		stack = append(stack, lexState{cmdPos: true, argCmd: -1})
		st = &stack[len(stack)-1]
	}
	pop := func() {
		if len(stack) > 1 {
			stack = stack[:len(stack)-1]
		}
		st = &stack[len(stack)-1]
		st.cmdPos = false
	}
	add := func(k TokenKind, s, e int) {
		toks = append(toks, Token{Kind: k, Start: s, End: e, Cmd: st.argCmd})
	}
	n := len(line)
	i := 0
	for i < n {
		r := line[i]
		start := i
		switch {
		case isSpace(r):
			i++
			continue
		case r == '\n' || r == '\r' || r == ';':
			i++
			st.cmdPos, st.argCmd = true, -1
			continue
		case r == '#':
			for i < n && line[i] != '\n' {
				i++
			}
			add(TokComment, start, i)
			continue
		case r == '<' && i+1 < n && line[i+1] == '#':
			end := strings.Index(string(line[i+2:]), "#>")
			if end < 0 {
				i = n
			} else {
				i += 2 + len([]rune(string(line[i+2:])[:end])) + 2
			}
			add(TokComment, start, i)
			continue
		case r == '|' || r == '&' && i+1 < n && line[i+1] == '&':
			i++
			if i < n && (line[i] == '|' || line[i] == '&') {
				i++
			}
			add(TokOperator, start, i)
			st.cmdPos, st.argCmd = true, -1
			continue
		case r == '&' && st.cmdPos:
			i++
			add(TokOperator, start, i)
			continue
		case r == '.' && st.cmdPos && i+1 < n && isSpace(line[i+1]):
			i++
			add(TokOperator, start, i)
			continue
		case r == '(' || r == '{':
			i++
			add(TokOperator, start, i)
			push()
			continue
		case (r == '$' || r == '@') && i+1 < n && (line[i+1] == '(' || line[i+1] == '{' && r == '@'):
			i += 2
			add(TokOperator, start, i)
			push()
			continue
		case r == ')' || r == '}':
			i++
			pop()
			add(TokOperator, start, i)
			markMember(line, &i, add)
			continue
		}
		if s, d := isQuote(r); s || d || r == '@' && i+1 < n && (line[i+1] == '\'' || line[i+1] == '"') {
			i = scanString(line, i)
			invoked := st.cmdPos && afterInvoke(line, toks)
			add(TokString, start, i)
			if invoked {
				// & "c:\a b\x.exe" -y: the string names the command.
				st.cmdPos, st.argCmd = false, len(toks)-1
				toks[len(toks)-1].Cmd = len(toks) - 1
				continue
			}
			markMember(line, &i, add)
			st.cmdPos = false
			continue
		}
		if r == '$' {
			i = scanVariable(line, i)
			invoked := st.cmdPos && afterInvoke(line, toks)
			add(TokVariable, start, i)
			if invoked {
				st.cmdPos, st.argCmd = false, len(toks)-1
				toks[len(toks)-1].Cmd = len(toks) - 1
				continue
			}
			markMember(line, &i, add)
			if st.cmdPos {
				st.cmdPos = false
			}
			continue
		}
		if st.argCmd >= 0 {
			// Argument mode.
			if isDash(r) && i+1 < n && (unicode.IsLetter(line[i+1]) || line[i+1] == '_') {
				for i < n && !wordEnd(line[i]) {
					i++
					if line[i-1] == ':' {
						break
					}
				}
				add(TokParameter, start, i)
				continue
			}
			if r == '[' || r == ',' {
				i++
				add(TokOperator, start, i)
				continue
			}
			for i < n && !wordEnd(line[i]) {
				if c := line[i]; c == '$' || c == '\'' || c == '"' {
					break
				}
				i++
			}
			if i == start {
				i++
			}
			if isNumber(string(line[start:i])) {
				add(TokNumber, start, i)
			} else {
				add(TokGeneric, start, i)
			}
			continue
		}
		// Expression mode or statement start.
		if r == '[' {
			j := i + 1
			for j < n && (unicode.IsLetter(line[j]) || unicode.IsDigit(line[j]) || line[j] == '.' || line[j] == '_' || line[j] == '`') {
				j++
			}
			if j > i+1 || j == n {
				// A type literal: [int], [System.IO.Path], also unfinished.
				depth := 0
				for j < n {
					if line[j] == '[' {
						depth++
					} else if line[j] == ']' {
						if depth == 0 {
							j++
							break
						}
						depth--
					} else if !(unicode.IsLetter(line[j]) || unicode.IsDigit(line[j]) || strings.ContainsRune("._`, ", line[j])) {
						break
					}
					j++
				}
				i = j
				add(TokType, start, i)
				markMember(line, &i, add)
				st.cmdPos = false
				continue
			}
			i++
			add(TokOperator, start, i)
			continue
		}
		if unicode.IsDigit(r) || r == '.' && i+1 < n && unicode.IsDigit(line[i+1]) {
			for i < n && (unicode.IsLetter(line[i]) || unicode.IsDigit(line[i]) || line[i] == '.' && !(i+1 < n && line[i+1] == '.')) {
				i++
			}
			if st.cmdPos && !isNumber(string(line[start:i])) {
				for i < n && !wordEnd(line[i]) {
					i++
				}
				add(TokCommand, start, i)
				st.cmdPos, st.argCmd = false, len(toks)-1
				toks[len(toks)-1].Cmd = len(toks) - 1
				continue
			}
			add(TokNumber, start, i)
			st.cmdPos = false
			continue
		}
		if isDash(r) && i+1 < n && unicode.IsLetter(line[i+1]) && !st.cmdPos {
			i++
			for i < n && unicode.IsLetter(line[i]) {
				i++
			}
			add(TokOperator, start, i)
			st.cmdPos = false
			continue
		}
		wildWord := (r == '*' || r == '?') && i+1 < n && !wordEnd(line[i+1]) && line[i+1] != '='
		if st.cmdPos && (r == '%' || r == '?') && (i+1 == n || isSpace(line[i+1]) || line[i+1] == '{') {
			// The ForEach-Object and Where-Object aliases.
			i++
			add(TokCommand, start, i)
			st.cmdPos, st.argCmd = false, len(toks)-1
			toks[len(toks)-1].Cmd = len(toks) - 1
			continue
		}
		if st.cmdPos && (wildWord || !strings.ContainsRune("=+*/%!,<>", r)) && !(isDash(r) && (i+1 >= n || !unicode.IsLetter(line[i+1]))) {
			for i < n && !wordEnd(line[i]) && line[i] != '=' {
				i++
			}
			if i == start {
				i++
			}
			word := strings.ToLower(string(line[start:i]))
			if isKeyword(word) {
				add(TokKeyword, start, i)
				// foreach ($x in …), if (…): the parentheses hold expressions.
				continue
			}
			add(TokCommand, start, i)
			st.cmdPos, st.argCmd = false, len(toks)-1
			toks[len(toks)-1].Cmd = len(toks) - 1
			continue
		}
		if unicode.IsLetter(r) || r == '_' {
			for i < n && (unicode.IsLetter(line[i]) || unicode.IsDigit(line[i]) || line[i] == '_') {
				i++
			}
			if isKeyword(strings.ToLower(string(line[start:i]))) {
				add(TokKeyword, start, i)
				st.cmdPos = true
			} else {
				add(TokGeneric, start, i)
			}
			continue
		}
		// Operators: = += -= .. , ! etc.
		i++
		for i < n && strings.ContainsRune("=+-*/%.>!", line[i]) && !(line[i] == '-' && i+1 < n && unicode.IsLetter(line[i+1])) {
			i++
		}
		add(TokOperator, start, i)
		op := string(line[start:i])
		// The right-hand side of an assignment is a pipeline.
		st.cmdPos = strings.HasSuffix(op, "=") && op != "==" || op == ","
		if op == "," {
			st.cmdPos = false
		}
	}
	return toks
}

// afterInvoke reports whether the last token is the call operator & or
// the dot-source operator, so the next value names a command.
func afterInvoke(line []rune, toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	t := toks[len(toks)-1]
	op := string(line[t.Start:t.End])
	return t.Kind == TokOperator && (op == "&" || op == ".")
}

// markMember colours .Name and ::Name right after a value as a member.
func markMember(line []rune, i *int, add func(TokenKind, int, int)) {
	n := len(line)
	for *i < n {
		j := *i
		switch {
		case line[j] == '.' && j+1 < n && line[j+1] != '.':
			j++
		case line[j] == ':' && j+1 < n && line[j+1] == ':':
			j += 2
		case line[j] == '[':
			// Indexing: leave it to the main loop.
			return
		default:
			return
		}
		add(TokOperator, *i, j)
		s := j
		for j < n && (unicode.IsLetter(line[j]) || unicode.IsDigit(line[j]) || line[j] == '_') {
			j++
		}
		if j > s {
			add(TokMember, s, j)
		}
		*i = j
		if j < n && line[j] == '(' {
			return
		}
		if j == s {
			return
		}
	}
}

// scanString returns the end of the string starting at i (quotes of
// either family, here-strings, doubled quotes and backtick escapes).
func scanString(line []rune, i int) int {
	n := len(line)
	if line[i] == '@' {
		// Here-string: runs to a line starting with the closing quote and @.
		q := line[i+1]
		for j := i + 2; j+1 < n; j++ {
			if line[j] == '\n' && j+2 < n && line[j+1] == q && line[j+2] == '@' {
				return j + 3
			}
		}
		return n
	}
	single, _ := isQuote(line[i])
	j := i + 1
	for j < n {
		c := line[j]
		if !single && c == '`' {
			j += 2
			continue
		}
		if s, d := isQuote(c); s && single || d && !single {
			if j+1 < n {
				if s2, d2 := isQuote(line[j+1]); s2 && single || d2 && !single {
					j += 2
					continue
				}
			}
			return j + 1
		}
		j++
	}
	return n
}

// scanVariable returns the end of the variable starting at line[i]=='$'.
func scanVariable(line []rune, i int) int {
	n := len(line)
	j := i + 1
	if j < n && line[j] == '{' {
		for j < n && line[j] != '}' {
			j++
		}
		if j < n {
			j++
		}
		return j
	}
	if j < n && (line[j] == '$' || line[j] == '^' || line[j] == '?') {
		return j + 1
	}
	for j < n && (isVarChar(line[j]) || line[j] == ':' && j+1 < n && isVarChar(line[j+1]) && line[j+1] != '?') {
		j++
	}
	return j
}

// isNumber reports whether s is a PowerShell numeric literal (1, 0x1F,
// 1.5, 1e3, 10kb, 5L, 2d).
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	t := strings.ToLower(s)
	for _, suf := range []string{"kb", "mb", "gb", "tb", "pb"} {
		t = strings.TrimSuffix(t, suf)
	}
	t = strings.TrimRight(t, "ld")
	if strings.HasPrefix(t, "0x") {
		if len(t) == 2 {
			return false
		}
		for _, c := range t[2:] {
			if !strings.ContainsRune("0123456789abcdef", c) {
				return false
			}
		}
		return true
	}
	digits, dot, exp := 0, false, false
	for k, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && !exp:
			dot = true
		case c == 'e' && !exp && digits > 0:
			exp = true
		case (c == '+' || c == '-') && k > 0 && t[k-1] == 'e':
		default:
			return false
		}
	}
	return digits > 0
}
