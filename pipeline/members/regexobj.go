package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// objectMethod serves the methods of .NET reference types modelled as
// PSObjects whose behaviour lives here rather than in member closures:
// Regex, Version, Guid.
func objectMethod(o *object.PSObject, name string, args []any) (any, bool, error) {
	if pat, opts, ok := dotnet.RegexPattern(o); ok {
		return regexMethod(pat, ops.RegexOptions(opts), name, args)
	}
	switch o.TypeName() {
	case dotnet.VersionType, dotnet.GuidType:
		switch strings.ToLower(name) {
		case "compareto":
			if len(args) != 1 {
				return nil, true, overload
			}
			c, err := ops.Compare(o, args[0], true)
			return int32(c), true, err
		case "equals":
			if len(args) != 1 {
				return nil, true, overload
			}
			return ops.Equal(o, args[0], true), true, nil
		}
	}
	return nil, false, nil
}

// regexMethod is a Regex instance method; the same code serves the
// static [regex]::Match(input, pattern) forms.
func regexMethod(pat string, opts ops.RegexOptions, name string, args []any) (any, bool, error) {
	re, err := ops.Regex(pat, opts)
	if err != nil {
		return nil, true, regexParseError(pat, err)
	}
	need := func(lo, hi int) error {
		if len(args) < lo || len(args) > hi {
			return overload
		}
		return nil
	}
	switch strings.ToLower(name) {
	case "ismatch":
		if err := need(1, 2); err != nil {
			return nil, true, err
		}
		return re.MatchString(argString(args[0])), true, nil
	case "match":
		if err := need(1, 3); err != nil {
			return nil, true, err
		}
		s := argString(args[0])
		if len(args) == 3 {
			return matchRange(re, s, args[1], args[2])
		}
		start := 0
		if len(args) == 2 {
			if start, err = argInt(args[1]); err != nil {
				return nil, true, err
			}
			if start < 0 || start > len(s) {
				return nil, true, argOutOfRange("startat", "Start index cannot be less than 0 or greater than input length.")
			}
		}
		if start > 0 {
			re = ops.WholeInput(re, pat, opts)
		}
		loc := ops.FindAt(re, s, start, len(args) == 2)
		if loc == nil {
			return ops.FailedMatch(), true, nil
		}
		return ops.NewMatch(re, s, loc), true, nil
	case "matches":
		if err := need(1, 2); err != nil {
			return nil, true, err
		}
		s := argString(args[0])
		var all [][]int
		if len(args) == 2 {
			start, err := argInt(args[1])
			if err != nil {
				return nil, true, err
			}
			if start < 0 || start > len(s) {
				return nil, true, argOutOfRange("startat", "Start index cannot be less than 0 or greater than input length.")
			}
			all = ops.FindAllAt(ops.WholeInput(re, pat, opts), s, start, -1)
		} else {
			all = re.FindAllStringSubmatchIndex(s, -1)
		}
		out := make([]any, len(all))
		for i, loc := range all {
			out[i] = ops.NewMatch(re, s, loc)
		}
		return &object.List{TypeName: ops.MatchCollectionType, Items: out}, true, nil
	case "replace":
		if err := need(2, 4); err != nil {
			return nil, true, err
		}
		if len(args) == 4 {
			return replaceFrom(re, pat, opts, args)
		}
		count := -1
		if len(args) == 3 {
			if count, err = argInt(args[2]); err != nil {
				return nil, true, err
			}
		}
		if r, ok, err := regexReplaceEvaluator(re, argString(args[0]), args[1], count); ok {
			return r, true, err
		}
		if count >= 0 {
			return ops.ReplaceCount(re, argString(args[0]), argString(args[1]), count), true, nil
		}
		r, err := ops.Binary("-creplace", args[0], []any{regexObject(pat, opts), args[1]}, nil)
		return r, true, err
	case "split":
		if err := need(1, 3); err != nil {
			return nil, true, err
		}
		if len(args) == 3 {
			return splitFrom(re, pat, opts, args)
		}
		spec := []any{regexObject(pat, opts)}
		if len(args) == 2 {
			spec = append(spec, args[1])
		}
		r, err := ops.Binary("-csplit", args[0], spec, nil)
		return r, true, err
	case "getgroupnames":
		// Each group's name, or its number when it has none, in number
		// order (unnamed groups first, then named ones).
		names := re.SubexpNames()
		nums := ops.GroupNumbers(re)
		out := make([]any, 0, len(nums))
		if len(nums) == len(names) {
			// No numbering gaps: the unnamed groups count up from 1,
			// then come the names (RE2 indexes are not .NET numbers).
			n := 0
			out = append(out, "0")
			for _, nm := range names[1:] {
				if nm == "" {
					n++
					out = append(out, dotnet.ToString(int32(n)))
				}
			}
			for _, nm := range names[1:] {
				if nm != "" {
					out = append(out, nm)
				}
			}
			return out, true, nil
		}
		for _, g := range nums {
			if names[g] != "" {
				out = append(out, names[g])
			} else {
				out = append(out, dotnet.ToString(int32(g)))
			}
		}
		return out, true, nil
	case "getgroupnumbers":
		// Every group has a number: 0, the unnamed groups, then the
		// named ones, so the numbers run 0..n-1.
		nums := ops.GroupNumbers(re)
		out := make([]any, len(nums))
		for i, g := range nums {
			out[i] = int32(g)
		}
		return out, true, nil
	case "tostring":
		return pat, true, nil
	}
	return nil, false, nil
}

// matchRange is Regex.Match(input, beginning, length): the search sees
// only that part of the input, as if it were the whole input; indexes
// still count from the start of input.
func matchRange(re ops.Matcher, s string, b, l any) (any, bool, error) {
	beginning, err := argInt(b)
	if err != nil {
		return nil, true, err
	}
	length, err := argInt(l)
	if err != nil {
		return nil, true, err
	}
	if beginning < 0 || beginning > len(s) {
		return nil, true, argOutOfRange("beginning", "Start index cannot be less than 0 or greater than input length.")
	}
	if length < 0 || length > len(s)-beginning {
		return nil, true, argOutOfRange("length", "Length cannot be less than 0 or exceed input length.")
	}
	loc := ops.FindAt(re, s[beginning:beginning+length], 0, false)
	if loc == nil {
		return ops.FailedMatch(), true, nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += beginning
		}
	}
	return ops.NewMatch(re, s, loc), true, nil
}

// regexParseError is the Regex constructor's ArgumentException for a
// pattern ops.Regex refused.
func regexParseError(pat string, err error) *object.Exception {
	if rec, ok := err.(*object.ErrorRecord); ok && rec.Exception != nil {
		// ops.Regex already words it as the Regex constructor does.
		return argException("", rec.Exception.Message)
	}
	return argException("", "parsing \""+pat+"\" - "+err.Error())
}

// regexObject wraps a pattern so the operators use its options.
func regexObject(pat string, opts ops.RegexOptions) any {
	r, err := dotnet.NewRegex(pat, int64(opts))
	if err != nil {
		return pat
	}
	return r
}
