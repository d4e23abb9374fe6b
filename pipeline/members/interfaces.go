package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// interfaceTypes is Type.GetInterfaces() / ImplementedInterfaces: the
// interfaces the type table records for t, as type objects.
func interfaceTypes(t *object.TypeValue) []any {
	names := dotnet.Interfaces(t.FullName)
	out := make([]any, 0, len(names))
	for _, n := range names {
		if tv, ok := dotnet.ResolveType(n); ok {
			out = append(out, tv)
			continue
		}
		out = append(out, &object.TypeValue{FullName: n, Name: dotnet.ShortName(n)})
	}
	return out
}
