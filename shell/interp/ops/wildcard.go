package ops

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// PowerShell wildcards (about_Wildcards): * any run, ? one character,
// [abc] and [a-z] sets, and the backtick escaping the next character.

type wtok struct {
	op     byte // '*', '?', 'c' (literal), '[' (set)
	r      rune
	ranges []rune // pairs lo, hi
}

// Wildcard is a compiled wildcard pattern.
type Wildcard struct {
	toks []wtok
	cs   bool
}

// wildcardCache keeps compiled patterns, bounded like regexCache.
var wildcardCache = struct {
	sync.RWMutex
	m map[string]*Wildcard
}{m: map[string]*Wildcard{}}

// CompileWildcard parses a wildcard pattern; an unterminated set is
// WildcardPatternException.
func CompileWildcard(pattern string, caseSensitive bool) (*Wildcard, error) {
	key := "i" + pattern
	if caseSensitive {
		key = "c" + pattern
	}
	wildcardCache.RLock()
	w, ok := wildcardCache.m[key]
	wildcardCache.RUnlock()
	if ok {
		return w, nil
	}
	w = &Wildcard{cs: caseSensitive}
	rs := []rune(pattern)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '*':
			if n := len(w.toks); n == 0 || w.toks[n-1].op != '*' {
				w.toks = append(w.toks, wtok{op: '*'})
			}
		case '?':
			w.toks = append(w.toks, wtok{op: '?'})
		case '`':
			if i+1 < len(rs) {
				i++
			}
			w.toks = append(w.toks, wtok{op: 'c', r: rs[i]})
		case '[':
			j := i + 1
			var ranges []rune
			closed := false
			for j < len(rs) {
				if rs[j] == ']' && j > i+1 {
					closed = true
					break
				}
				lo := rs[j]
				if lo == '`' && j+1 < len(rs) {
					j++
					lo = rs[j]
				}
				hi := lo
				if j+2 < len(rs) && rs[j+1] == '-' && rs[j+2] != ']' {
					hi = rs[j+2]
					j += 2
				}
				ranges = append(ranges, lo, hi)
				j++
			}
			if !closed {
				ex := object.NewException("System.Management.Automation.WildcardPatternException",
					"The specified wildcard character pattern is not valid: %s", pattern)
				return nil, object.NewError(ex, "RuntimeException", "NotSpecified", nil)
			}
			w.toks = append(w.toks, wtok{op: '[', ranges: ranges})
			i = j
		default:
			w.toks = append(w.toks, wtok{op: 'c', r: c})
		}
	}
	wildcardCache.Lock()
	if len(wildcardCache.m) >= regexCacheLimit {
		wildcardCache.m = map[string]*Wildcard{}
	}
	wildcardCache.m[key] = w
	wildcardCache.Unlock()
	return w, nil
}

// WildcardMatch reports whether s matches pattern (whole string).
func WildcardMatch(pattern, s string, caseSensitive bool) (bool, error) {
	w, err := CompileWildcard(pattern, caseSensitive)
	if err != nil {
		return false, err
	}
	return w.Match(s), nil
}

// HasWildcard reports whether s contains wildcard characters, so that a
// cmdlet knows whether a -Name is a pattern or a literal.
func HasWildcard(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '?', '[':
			return true
		case '`':
			i++
		}
	}
	return false
}

func (w *Wildcard) one(t wtok, r rune) bool {
	switch t.op {
	case '?':
		return true
	case 'c':
		return t.r == r || !w.cs && foldEq(t.r, r)
	}
	for i := 0; i < len(t.ranges); i += 2 {
		lo, hi := t.ranges[i], t.ranges[i+1]
		if lo <= r && r <= hi {
			return true
		}
		if !w.cs {
			lr, ur := unicode.ToLower(r), unicode.ToUpper(r)
			if lo <= lr && lr <= hi || lo <= ur && ur <= hi {
				return true
			}
		}
	}
	return false
}

func foldEq(a, b rune) bool {
	return unicode.ToLower(a) == unicode.ToLower(b) || unicode.ToUpper(a) == unicode.ToUpper(b)
}

// Match runs the classic backtracking-on-last-star algorithm: linear for
// patterns with one star, never exponential.
func (w *Wildcard) Match(s string) bool {
	ti, si := 0, 0
	starT, starS := -1, 0
	for si < len(s) {
		r, n := utf8.DecodeRuneInString(s[si:])
		if ti < len(w.toks) {
			t := w.toks[ti]
			if t.op == '*' {
				starT, starS = ti, si
				ti++
				continue
			}
			if w.one(t, r) {
				ti++
				si += n
				continue
			}
		}
		if starT < 0 {
			return false
		}
		// Let the last star absorb one more character.
		_, n0 := utf8.DecodeRuneInString(s[starS:])
		starS += n0
		si = starS
		ti = starT + 1
	}
	for ti < len(w.toks) && w.toks[ti].op == '*' {
		ti++
	}
	return ti == len(w.toks)
}

// likeOp builds -like/-notlike and their case-sensitive forms.
func likeOp(cs, negate bool) Func {
	return func(x, y any, _ Env) (any, error) {
		w, err := CompileWildcard(stringOperand(y), cs)
		if err != nil {
			return nil, err
		}
		if items, ok := collection(x); ok {
			// A collection filters, returning each kept member as the
			// string it was compared as (about_Comparison_Operators).
			out := make([]any, 0)
			for _, e := range items {
				if s := likeString(e); w.Match(s) != negate {
					out = append(out, s)
				}
			}
			return out, nil
		}
		return w.Match(likeString(x)) != negate, nil
	}
}

func likeString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if isNull(v) {
		return ""
	}
	return dotnet.ToString(v)
}
