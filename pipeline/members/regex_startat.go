package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/ops"
)

// Regex.Replace(input, replacement, count, startat) and
// Regex.Split(input, count, startat): the search starts at startat (and,
// right to left, moves left from there) but sees the whole input, and
// the text outside the matches is kept whole.

// startAndCount reads the count and startat arguments.
func startAndCount(s string, c, st any) (count, start int, err error) {
	if count, err = argInt(c); err != nil {
		return 0, 0, err
	}
	if start, err = argInt(st); err != nil {
		return 0, 0, err
	}
	if start < 0 || start > len(s) {
		return 0, 0, argOutOfRange("startat", "Start index cannot be less than 0 or greater than input length.")
	}
	if count < -1 {
		return 0, 0, argOutOfRange("count", "Count cannot be less than -1.")
	}
	return count, start, nil
}

// replaceFrom is Replace(input, replacement or evaluator, count, startat):
// count matches (-1 all) from startat are replaced.
func replaceFrom(re ops.Matcher, pat string, opts ops.RegexOptions, args []any) (any, bool, error) {
	s := argString(args[0])
	count, start, err := startAndCount(s, args[2], args[3])
	if err != nil {
		return nil, true, err
	}
	if count == 0 {
		return s, true, nil
	}
	matches := ops.FindAllAt(ops.WholeInput(re, pat, opts), s, start, count)
	if r, ok, err := evaluateMatches(re, s, args[1], matches); ok {
		return r, true, err
	}
	return ops.ReplaceMatches(re, s, argString(args[1]), matches), true, nil
}

// splitFrom is Split(input, count, startat): at most count pieces (0 is
// no limit), cut at the matches found from startat.
func splitFrom(re ops.Matcher, pat string, opts ops.RegexOptions, args []any) (any, bool, error) {
	s := argString(args[0])
	count, start, err := startAndCount(s, args[1], args[2])
	if err != nil {
		return nil, true, err
	}
	if count < 0 {
		return nil, true, argOutOfRange("count", "Count cannot be less than -1.")
	}
	if count == 1 {
		return dotnet.StringArray([]any{s}), true, nil
	}
	matches := ops.FindAllAt(ops.WholeInput(re, pat, opts), s, start, count-1)
	return dotnet.StringArray(ops.SplitMatches(re, s, matches)), true, nil
}
