package pipeline

import (
	"strings"
	"unicode"
)

// HasWildcard reports whether s contains a PowerShell wildcard character
// (*, ?, [) not escaped with a backtick.
func HasWildcard(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`':
			i++
		case '*', '?', '[':
			return true
		}
	}
	return false
}

// WildcardMatch matches s against a PowerShell wildcard pattern, without
// case: * any run, ? one character, [abc] and [a-z] one of a set, and `
// escaping the next character.
func WildcardMatch(pattern, s string) bool {
	return wildMatch([]rune(pattern), []rune(s))
}

func wildMatch(p, s []rune) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if len(p) == 0 {
				return true
			}
			for i := 0; i <= len(s); i++ {
				if wildMatch(p, s[i:]) {
					return true
				}
			}
			return false
		case '?':
			if len(s) == 0 {
				return false
			}
			p, s = p[1:], s[1:]
		case '[':
			end := -1
			for i := 1; i < len(p); i++ {
				if p[i] == ']' {
					end = i
					break
				}
			}
			if end < 0 {
				if len(s) == 0 || !foldEq(p[0], s[0]) {
					return false
				}
				p, s = p[1:], s[1:]
				continue
			}
			if len(s) == 0 || !inClass(p[1:end], s[0]) {
				return false
			}
			p, s = p[end+1:], s[1:]
		case '`':
			if len(p) > 1 {
				p = p[1:]
			}
			fallthrough
		default:
			if len(s) == 0 || !foldEq(p[0], s[0]) {
				return false
			}
			p, s = p[1:], s[1:]
		}
	}
	return len(s) == 0
}

func inClass(class []rune, c rune) bool {
	for i := 0; i < len(class); i++ {
		if i+2 < len(class) && class[i+1] == '-' {
			lo, hi := unicode.ToLower(class[i]), unicode.ToLower(class[i+2])
			lc := unicode.ToLower(c)
			if lc >= lo && lc <= hi {
				return true
			}
			i += 2
			continue
		}
		if foldEq(class[i], c) {
			return true
		}
	}
	return false
}

func foldEq(a, b rune) bool {
	return a == b || unicode.ToLower(a) == unicode.ToLower(b) || strings.EqualFold(string(a), string(b))
}
