package ops

import (
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// replaceOp builds -replace/-creplace: `x -replace pattern[, replacement]`
// where the replacement is a .NET substitution string ($1, ${name}, $0,
// $$, $&, $`, $', $+, $_) or a script block run with $_ as the Match.
func replaceOp(cs bool) Func {
	name := "-ireplace"
	if cs {
		name = "-creplace"
	}
	return func(x, y any, env Env) (any, error) {
		var pat, repl any = y, ""
		if args, ok := object.Elements(y); ok {
			switch len(args) {
			case 1:
				pat = args[0]
			case 2:
				pat, repl = args[0], args[1]
			default:
				return nil, newRuntimeError("BadReplaceArgument", "InvalidOperation",
					"The %s operator allows only two elements to follow it, not %d.", name, len(args))
			}
		}
		re, err := patternOf(pat, cs)
		if err != nil {
			return nil, invalidReplacePattern(pat, err)
		}
		r := newReplacer(re, repl, env)
		if items, ok := object.Elements(x); ok {
			out := make([]any, len(items))
			for i, e := range items {
				s, err := r.replace(likeString(e))
				if err != nil {
					return nil, err
				}
				out[i] = s
			}
			return out, nil
		}
		return r.replace(likeString(x))
	}
}

type replacer struct {
	re    Matcher
	sb    object.ScriptBlock
	parts []replPart
	env   Env
	// limit is how many matches to replace; -1 is all (Regex.Replace's
	// count argument; the operator always replaces all).
	limit int
}

// replPart is a literal (group < 0) or a reference to a group; -2 is $_
// (the whole input), -3 is $` (before the match), -4 is $' (after).
type replPart struct {
	lit   string
	group int
}

const (
	partLiteral = -1
	partInput   = -2
	partBefore  = -3
	partAfter   = -4
)

func newReplacer(re Matcher, repl any, env Env) *replacer {
	r := &replacer{re: re, env: env, limit: -1}
	if sb, ok := repl.(object.ScriptBlock); ok {
		r.sb = sb
		return r
	}
	r.parts = parseSubstitution(re, stringOperand(repl))
	return r
}

// parseSubstitution splits a .NET replacement pattern into literals and
// group references (RE2 indexes). A reference to a group that does not
// exist stays literal text, as in .NET.
func parseSubstitution(re Matcher, s string) []replPart {
	order := groupOrder(re)
	var parts []replPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, replPart{lit: lit.String(), group: partLiteral})
			lit.Reset()
		}
	}
	ref := func(g int) {
		flush()
		parts = append(parts, replPart{group: g})
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			lit.WriteByte(s[i])
			continue
		}
		c := s[i+1]
		switch {
		case c == '$':
			lit.WriteByte('$')
			i++
		case c == '&':
			ref(0)
			i++
		case c == '_':
			ref(partInput)
			i++
		case c == '`':
			ref(partBefore)
			i++
		case c == '\'':
			ref(partAfter)
			i++
		case c == '+':
			ref(order[len(order)-1])
			i++
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			// All the digits are the group number ($11 is group 11, not
			// group 1 and a "1"); a number that names no group leaves
			// the text literal, as .NET's substitution parser does.
			if n, err := strconv.Atoi(s[i+1 : j]); err == nil && n < len(order) {
				ref(order[n])
				i = j - 1
			} else {
				lit.WriteByte('$')
			}
		case c == '{':
			end := strings.IndexByte(s[i+2:], '}')
			if end < 0 {
				lit.WriteByte('$')
				continue
			}
			name := s[i+2 : i+2+end]
			g := -1
			if n, err := strconv.Atoi(name); err == nil {
				if n >= 0 && n < len(order) {
					g = order[n]
				}
			} else if idx := re.SubexpIndex(name); idx > 0 {
				g = idx
			}
			if g < 0 {
				lit.WriteByte('$')
				continue
			}
			ref(g)
			i += 2 + end
		default:
			lit.WriteByte('$')
		}
	}
	flush()
	return parts
}

func (r *replacer) replace(s string) (any, error) {
	return r.replaceWith(s, r.re.FindAllStringSubmatchIndex(s, r.limit))
}

// replaceWith replaces the matches of s, in the order re found them.
func (r *replacer) replaceWith(s string, matches [][]int) (any, error) {
	if matches == nil {
		return s, nil
	}
	if RightToLeftMatcher(r.re) {
		return r.replaceBack(s, matches)
	}
	var b strings.Builder
	last := 0
	for _, loc := range matches {
		b.WriteString(s[last:loc[0]])
		if err := r.one(&b, s, loc); err != nil {
			return nil, err
		}
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String(), nil
}

// one writes the replacement of the match at loc.
func (r *replacer) one(b *strings.Builder, s string, loc []int) error {
	if r.sb == nil {
		r.expand(b, s, loc)
		return nil
	}
	if r.env == nil {
		return newRuntimeError("ScriptBlockReplaceUnavailable", "InvalidOperation", "A script block replacement needs a running script.")
	}
	v, err := r.env.InvokeScriptBlock(r.sb, NewMatch(r.re, s, loc))
	if err != nil {
		return err
	}
	b.WriteString(stringOperand(unwrapSingle(v)))
	return nil
}

// replaceBack is Replace under RightToLeft: the matches come last first
// (an evaluator sees them in that order) and the count limit keeps the
// rightmost ones; the text is then put together left to right.
func (r *replacer) replaceBack(s string, matches [][]int) (any, error) {
	repl := make([]string, len(matches))
	for i, loc := range matches {
		var b strings.Builder
		if err := r.one(&b, s, loc); err != nil {
			return nil, err
		}
		repl[i] = b.String()
	}
	var b strings.Builder
	last := 0
	for i := len(matches) - 1; i >= 0; i-- {
		b.WriteString(s[last:matches[i][0]])
		b.WriteString(repl[i])
		last = matches[i][1]
	}
	b.WriteString(s[last:])
	return b.String(), nil
}

// expand writes the substitution for the match at loc of s.
func (r *replacer) expand(b *strings.Builder, s string, loc []int) {
	for _, p := range r.parts {
		switch p.group {
		case partLiteral:
			b.WriteString(p.lit)
		case partInput:
			b.WriteString(s)
		case partBefore:
			b.WriteString(s[:loc[0]])
		case partAfter:
			b.WriteString(s[loc[1]:])
		default:
			if loc[2*p.group] >= 0 {
				b.WriteString(s[loc[2*p.group]:loc[2*p.group+1]])
			}
		}
	}
}

// unwrapSingle turns a one-element script block result into the element.
func unwrapSingle(v any) any {
	if a, ok := v.([]any); ok && len(a) == 1 {
		return a[0]
	}
	return v
}

// invalidReplacePattern is -replace's error for a bad pattern: a
// RuntimeException (ParserStrings InvalidRegularExpression) around the
// Regex constructor's ArgumentException, targeting the pattern.
func invalidReplacePattern(pat any, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.FullyQualifiedErrorID != "System.ArgumentException" {
		return err
	}
	p := stringOperand(pat)
	ex := &object.Exception{Type: runtimeExceptionType, Message: "The regular expression pattern " + p + " is not valid.", Inner: rec.Exception}
	return object.NewError(ex, "InvalidRegularExpression", "InvalidOperation", p)
}
