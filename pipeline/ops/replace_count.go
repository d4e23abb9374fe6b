package ops

// ReplaceCount is Regex.Replace(input, replacement, count): the first
// count matches of re in s are replaced by the .NET substitution pattern
// replacement; a negative count replaces them all and 0 none, as in .NET.
func ReplaceCount(re Matcher, s, replacement string, count int) string {
	r := newReplacer(re, replacement, nil)
	r.limit = count
	out, _ := r.replace(s)
	return out.(string)
}
