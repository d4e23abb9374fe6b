package ops

import (
	"slices"
	"strings"
	"unicode"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// -split and -join (about_Split, about_Join).

type splitSpec struct {
	re     Matcher
	sb     object.ScriptBlock
	max    int
	simple string // SimpleMatch delimiter
	isSimp bool
	cs     bool
	env    Env
}

// splitOp builds binary -split/-csplit: `x -split delimiter[, max[, options]]`.
func splitOp(cs bool) Func {
	return func(x, y any, env Env) (any, error) {
		spec, err := parseSplit(y, cs, env)
		if err != nil {
			return nil, err
		}
		// The result is a String[] (about_Split); split reserves the
		// slot StringArray marks, so marking allocates nothing.
		var out []any
		if items, ok := object.Elements(x); ok {
			for _, e := range items {
				if out, err = spec.split(likeString(e), out); err != nil {
					return nil, err
				}
			}
			return dotnet.StringArray(out), nil
		}
		if out, err = spec.split(likeString(x), out); err != nil {
			return nil, err
		}
		return dotnet.StringArray(out), nil
	}
}

func parseSplit(y any, cs bool, env Env) (*splitSpec, error) {
	spec := &splitSpec{cs: cs, env: env}
	delim := y
	var opts any
	if args, ok := object.Elements(y); ok {
		if len(args) == 0 || len(args) > 3 {
			return nil, newRuntimeError("BadOperatorArgument", "InvalidOperation",
				"The -split operator allows only three elements to follow it, not %d.", len(args))
		}
		delim = args[0]
		if len(args) > 1 {
			m, err := operand(args[1], kInt32)
			if err != nil {
				return nil, err
			}
			spec.max = int(m.float())
		}
		if len(args) > 2 {
			opts = args[2]
		}
	}
	sb, isSB := delim.(object.ScriptBlock)
	ro := RegexOptions(0)
	if !cs {
		ro = IgnoreCase
	}
	// others records an option besides SimpleMatch and IgnoreCase: with
	// SimpleMatch it makes the combination invalid, as in 5.1's ParserOps.
	others := false
	if s, isStr := opts.(string); opts != nil && !(isStr && s == "") {
		names := strings.ToLower(stringOperand(opts))
		if e, ok := opts.(dotnet.Enum); ok {
			// An enum (SplitOptions or RegexOptions) counts by its names.
			names = strings.ToLower(e.String())
		} else if n, ok := toNum(opts); ok {
			names = splitOptionNames(n.i)
		}
		for _, part := range strings.Split(names, ",") {
			switch strings.TrimSpace(part) {
			case "simplematch":
				spec.isSimp = true
			case "", "none":
			case "regexmatch", "cultureinvariant":
				others = true
			case "ignorecase":
				ro |= IgnoreCase
			case "multiline":
				ro |= Multiline
				others = true
			case "singleline":
				ro |= Singleline
				others = true
			case "explicitcapture":
				ro |= ExplicitCapture
				others = true
			case "ignorepatternwhitespace":
				ro |= IgnorePatternWhitespace
				others = true
			default:
				return nil, newRuntimeError("InvalidCastFromStringToEnum", "InvalidArgument",
					"Cannot convert value \"%s\" to type \"System.Management.Automation.SplitOptions\". Error: \"Unable to match the identifier name %s to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture\"",
					stringOperand(opts), strings.TrimSpace(part))
			}
		}
		if isSB {
			return nil, splitParseError("InvalidSplitOptionWithPredicate",
				"Options are not allowed on the -split operator with a predicate.")
		}
		if spec.isSimp && others {
			return nil, splitParseError("InvalidSplitOptionCombination",
				"The combination of options with the -split operator is not valid.")
		}
		// Singleline and Multiline exclude each other (5.1's
		// SplitOperatorImpl refuses them together with the same error).
		if ro&Singleline != 0 && ro&Multiline != 0 {
			return nil, splitParseError("InvalidSplitOptionCombination",
				"The combination of options with the -split operator is not valid.")
		}
	}
	if isSB {
		spec.sb = sb
		return spec, nil
	}
	if spec.isSimp {
		spec.simple = stringOperand(delim)
		if ro&IgnoreCase != 0 {
			spec.cs = false
		}
		return spec, nil
	}
	if _, _, ok := dotnet.RegexPattern(delim); ok {
		re, err := patternOf(delim, cs)
		spec.re = re
		return spec, err
	}
	re, err := Regex(stringOperand(delim), ro)
	if err != nil {
		return nil, err
	}
	spec.re = re
	return spec, nil
}

// splitParseError is the ParseException 5.1 throws at run time for
// options -split cannot use (ParserStrings).
func splitParseError(id, msg string) error {
	ex := object.NewException("System.Management.Automation.ParseException", "%s", msg)
	return object.NewError(ex, id, "ParserError", nil)
}

// splitOptionNames names SplitOptions flags given as a number.
func splitOptionNames(v int64) string {
	names := []string{"simplematch", "regexmatch", "cultureinvariant", "ignorepatternwhitespace", "multiline", "singleline", "ignorecase", "explicitcapture"}
	var out []string
	for i, n := range names {
		if v&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, ",")
}

// cut is where a split cuts the input: the delimiter's span and the
// groups it captured, which the pieces include.
type cut struct {
	start, end int
	caps       []string
}

// split appends the pieces of s to out. A positive max caps the number of
// pieces (the last holds the rest); a negative max counts from the end.
func (sp *splitSpec) split(s string, out []any) ([]any, error) {
	var cuts []cut
	switch {
	case sp.sb != nil:
		if sp.env == nil {
			return nil, newRuntimeError("ScriptBlockSplitUnavailable", "InvalidOperation", "A script block delimiter needs a running script.")
		}
		for i, r := range s {
			// $_ is the character as a one-character string.
			v, err := sp.env.InvokeScriptBlock(sp.sb, string(r))
			if err != nil {
				return nil, err
			}
			if dotnet.ToBool(v) {
				cuts = append(cuts, cut{start: i, end: i + len(string(r))})
			}
		}
	case sp.isSimp:
		if sp.simple == "" {
			for i, r := range s {
				if i > 0 {
					cuts = append(cuts, cut{start: i, end: i})
				}
				_ = r
			}
			break
		}
		hay, needle := s, sp.simple
		if !sp.cs {
			hay, needle = foldString(s), foldString(sp.simple)
		}
		for off := 0; ; {
			j := strings.Index(hay[off:], needle)
			if j < 0 {
				break
			}
			cuts = append(cuts, cut{start: off + j, end: off + j + len(needle)})
			off += j + len(needle)
		}
	default:
		order := groupOrder(sp.re)
		for _, loc := range sp.re.FindAllStringSubmatchIndex(s, -1) {
			c := cut{start: loc[0], end: loc[1]}
			for _, g := range order[1:] {
				if loc[2*g] >= 0 {
					c.caps = append(c.caps, s[loc[2*g]:loc[2*g+1]])
				}
			}
			cuts = append(cuts, c)
		}
		if RightToLeftMatcher(sp.re) {
			cuts = rightToLeftCuts(cuts, sp.max)
		}
	}
	if sp.max > 0 && len(cuts) > sp.max-1 {
		cuts = cuts[:sp.max-1]
	}
	if sp.max < 0 {
		keep := -sp.max - 1
		if len(cuts) > keep {
			cuts = cuts[len(cuts)-keep:]
		}
	}
	pieces := len(cuts) + 1
	for _, c := range cuts {
		pieces += len(c.caps)
	}
	// One more than the pieces: the slot dotnet.StringArray marks.
	out = slices.Grow(out, pieces+1)
	last := 0
	for _, c := range cuts {
		out = append(out, s[last:c.start])
		for _, cp := range c.caps {
			out = append(out, cp)
		}
		last = c.end
	}
	return append(out, s[last:]), nil
}

// foldString lower-cases ASCII letters only, so byte offsets stay valid.
func foldString(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// unarySplit is `-split x`: split on runs of white space after trimming.
func unarySplit(x any, _ Env) (any, error) {
	out := make([]any, 0, 4)
	// Each string is trimmed, then split on runs of white space
	// (PowerShell's UnarySplitOperator), so "" gives one empty string.
	each := func(s string) {
		s = strings.TrimFunc(s, unicode.IsSpace)
		if s == "" {
			out = append(out, "")
			return
		}
		fields := strings.FieldsFunc(s, unicode.IsSpace)
		out = slices.Grow(out, len(fields)+1)
		for _, f := range fields {
			out = append(out, f)
		}
	}
	if items, ok := object.Elements(x); ok {
		for _, e := range items {
			each(likeString(e))
		}
		return dotnet.StringArray(out), nil
	}
	each(likeString(x))
	return dotnet.StringArray(out), nil
}

// joinOp is binary -join: the elements converted to strings, separated
// by the right operand.
func joinOp(x, y any, env Env) (any, error) {
	return join(x, stringOperand(y), env), nil
}

// unaryJoin is `-join x`.
func unaryJoin(x any, env Env) (any, error) { return join(x, "", env), nil }

func join(x any, sep string, env Env) string {
	items, ok := object.Elements(x)
	if e, isEnum := x.(*object.Enumerator); isEnum {
		// An enumerator ($input) is enumerated, as GetEnumerable does.
		items, ok = e.Drain(), true
	}
	if !ok {
		if isNull(x) {
			return ""
		}
		items = []any{x}
	}
	ofs := " "
	if env != nil {
		ofs = env.OFS()
	}
	var b strings.Builder
	for i, e := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		if s, ok := e.(string); ok {
			b.WriteString(s)
		} else if !isNull(e) {
			b.WriteString(dotnet.ToStringOFS(e, ofs))
		}
	}
	return b.String()
}

// rightToLeftCuts orders the cuts of a RightToLeft split, found last
// first, from the left. Regex.Split then keeps the rightmost max-1 cuts
// (the rest of the input stays in the first piece), and because it
// reverses its whole list at the end each cut's groups come out last
// group first.
func rightToLeftCuts(cuts []cut, max int) []cut {
	if max > 0 && len(cuts) > max-1 {
		cuts = cuts[:max-1]
	}
	slices.Reverse(cuts)
	for _, c := range cuts {
		slices.Reverse(c.caps)
	}
	return cuts
}
