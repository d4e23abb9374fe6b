package ops

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// likeOp builds -like/-notlike and their case-sensitive forms.
func likeOp(cs, negate bool) Func {
	return func(x, y any, _ Env) (any, error) {
		w, err := wildcard.Compile(stringOperand(y), cs)
		if err != nil {
			return nil, err
		}
		if items, ok := object.Elements(x); ok {
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
