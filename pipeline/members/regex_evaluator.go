package members

import (
	"slices"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/ops"
)

// matchEvaluatorType is the delegate a script block becomes when it is
// passed as Regex.Replace's replacement: PowerShell converts it, and .NET
// calls it once per match with the Match as its only argument.
const matchEvaluatorType = "System.Text.RegularExpressions.MatchEvaluator"

// regexReplaceEvaluator serves Regex.Replace(input, evaluator[, count])
// and the static [regex]::Replace(input, pattern, evaluator[, options]).
// ok is false when repl is not a script block or delegate, so the caller
// treats it as a replacement pattern. count < 0 replaces every match, as
// .NET's -1 does.
func regexReplaceEvaluator(re ops.Matcher, input string, repl any, count int) (any, bool, error) {
	if _, ok := asDelegate(repl, matchEvaluatorType); !ok {
		return nil, false, nil
	}
	return evaluateMatches(re, input, repl, re.FindAllStringSubmatchIndex(input, count))
}

// evaluateMatches replaces the given matches of input by what the
// evaluator repl returns for each; ok is false when repl is not one.
func evaluateMatches(re ops.Matcher, input string, repl any, matches [][]int) (any, bool, error) {
	d, ok := asDelegate(repl, matchEvaluatorType)
	if !ok {
		return nil, false, nil
	}
	// The evaluator sees the matches in the order found (last first
	// under RightToLeft); the text is put together left to right.
	out := make([]string, len(matches))
	for i, loc := range matches {
		r, err := invokeDelegate(d, []any{ops.NewMatch(re, input, loc)})
		if err != nil {
			return nil, true, err
		}
		// The evaluator returns String: PowerShell converts whatever the
		// script block emits (nothing is the empty string).
		if r != nil {
			out[i] = dotnet.ToString(r)
		}
	}
	if ops.RightToLeftMatcher(re) {
		slices.Reverse(matches)
		slices.Reverse(out)
	}
	var b strings.Builder
	last := 0
	for i, loc := range matches {
		b.WriteString(input[last:loc[0]])
		b.WriteString(out[i])
		last = loc[1]
	}
	b.WriteString(input[last:])
	return b.String(), true, nil
}
