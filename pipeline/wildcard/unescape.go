package wildcard

import "strings"

// Unescape removes the backticks that escape wildcard characters (*, ?,
// [, ] and the backtick itself), as WildcardPattern.Unescape does: a
// -Path value without unescaped wildcards names the item whose name is
// the unescaped text ('file`[1`].txt' is file[1].txt).
func Unescape(s string) string {
	if !strings.Contains(s, "`") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '`' && i+1 < len(s) {
			switch s[i+1] {
			case '*', '?', '[', ']', '`':
				i++
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
