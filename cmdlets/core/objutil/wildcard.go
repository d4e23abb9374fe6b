package objutil

import (
	"strings"

	"cspsh/pipeline/wildcard"
)

// Wildcard matches names against a PowerShell wildcard pattern; a
// malformed pattern (an unclosed `[`) matches only itself, as a literal
// name would.
type Wildcard struct {
	p       *wildcard.Pattern
	literal string
	cs      bool
}

// HasWildcard reports whether s holds an unescaped wildcard character.
func HasWildcard(s string) bool { return wildcard.HasWildcard(s) }

// CompileWildcard compiles pattern (case-insensitive unless caseSensitive).
func CompileWildcard(pattern string, caseSensitive bool) *Wildcard {
	p, err := wildcard.Compile(pattern, caseSensitive)
	if err != nil {
		return &Wildcard{literal: pattern, cs: caseSensitive}
	}
	return &Wildcard{p: p}
}

// Match reports whether s matches the whole pattern.
func (w *Wildcard) Match(s string) bool {
	if w.p == nil {
		if w.cs {
			return s == w.literal
		}
		return strings.EqualFold(s, w.literal)
	}
	return w.p.Match(s)
}

// Like is `s -like pattern`.
func Like(s, pattern string, caseSensitive bool) bool {
	return CompileWildcard(pattern, caseSensitive).Match(s)
}
