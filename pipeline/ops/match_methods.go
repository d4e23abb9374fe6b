package ops

import (
	"strings"

	"cspsh/pipeline/object"
)

// addMatchMethods gives a Match its methods that need the pattern and
// the input: NextMatch (the match after this one, or a failed match) and
// Result (the replacement pattern expanded for this match, as
// Regex.Replace would substitute it).
func addMatchMethods(m *object.PSObject, re Matcher, s string, loc []int) {
	m.Add(&object.Member{Name: "NextMatch", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, matchMethodArgs("NextMatch", len(args))
		}
		return nextMatch(re, s, loc), nil
	}})
	m.Add(&object.Member{Name: "Result", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, matchMethodArgs("Result", len(args))
		}
		if args[0] == nil {
			return nil, object.NewException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: replacement")
		}
		r := newReplacer(re, stringOperand(args[0]), nil)
		var b strings.Builder
		r.expand(&b, s, loc)
		return b.String(), nil
	}})
}

// nextMatch finds the match that follows the one at loc in the same
// sequence Regex.Matches yields, so anchors and look-behind still see
// the whole input.
func nextMatch(re Matcher, s string, loc []int) *object.PSObject {
	all := re.FindAllStringSubmatchIndex(s, -1)
	for i, l := range all {
		if l[0] == loc[0] && l[1] == loc[1] {
			if i+1 < len(all) {
				return NewMatch(re, s, all[i+1])
			}
			return FailedMatch()
		}
	}
	for _, l := range all {
		if l[0] >= loc[1] && l[0] > loc[0] || l[0] == loc[1] && l[1] > l[0] {
			return NewMatch(re, s, l)
		}
	}
	return FailedMatch()
}

func matchMethodArgs(name string, n int) error {
	return object.NewException("System.Management.Automation.MethodException",
		"Cannot find an overload for \"%s\" and the argument count: \"%d\".", name, n)
}

// addFailedMatchMethods gives Match.Empty its methods: NextMatch is
// Match.Empty again, and Result throws, as .NET's do.
func addFailedMatchMethods(m *object.PSObject) {
	m.Add(&object.Member{Name: "NextMatch", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, matchMethodArgs("NextMatch", len(args))
		}
		return FailedMatch(), nil
	}})
	m.Add(&object.Member{Name: "Result", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, matchMethodArgs("Result", len(args))
		}
		return nil, object.NewException("System.NotSupportedException", "Result cannot be called on a failed Match.")
	}})
}
