package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// genericArgs splits the type arguments of a constructed generic type
// name ("System.Collections.Generic.Dictionary`2[System.String,System.Int32]"
// gives System.String and System.Int32); nil for other types.
func genericArgs(full string) []string {
	tick := strings.IndexByte(full, '`')
	if tick < 0 {
		return nil
	}
	open := strings.IndexByte(full[tick:], '[')
	if open < 0 || !strings.HasSuffix(full, "]") {
		return nil
	}
	return splitTypeArgs(full[tick+open+1 : len(full)-1])
}

// splitTypeArgs splits a generic type's argument list at its top-level
// commas ("System.String,System.Collections.Generic.List`1[System.Int32]"
// gives two names).
func splitTypeArgs(inner string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '[':
			depth++
		case ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(inner[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(inner[start:]))
}

// genericArgTypes is Type.GetGenericArguments(): the type arguments as
// type objects ([List[int]] gives [int]).
func genericArgTypes(t *object.TypeValue) []any {
	names := genericArgs(t.FullName)
	out := make([]any, 0, len(names))
	for _, n := range names {
		if strings.HasPrefix(n, "[") && strings.HasSuffix(n, "]") {
			// [System.Int32, mscorlib, …]: an assembly-qualified argument.
			n = n[1 : len(n)-1]
			if i := strings.IndexByte(n, ','); i >= 0 && !strings.Contains(n[:i], "`") {
				n = n[:i]
			}
		}
		if tv, ok := dotnet.ResolveType(n); ok {
			out = append(out, tv)
			continue
		}
		out = append(out, &object.TypeValue{FullName: n, Name: dotnet.ShortName(n)})
	}
	return out
}
