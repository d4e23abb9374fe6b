package session

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// outputTypes is CommandInfo.OutputType: a PSTypeName (Name, Type) per
// type the command declares with [OutputType()]. A name no type answers
// to keeps its text and a null Type, as PSTypeName does.
func outputTypes(ci *pipeline.CommandInfo) []any {
	names := ci.OutputTypes
	if len(names) == 0 && ci.Outputs != "" {
		names = []string{ci.Outputs}
	}
	out := []any{}
	for _, n := range names {
		var typ any
		if t, ok := dotnet.ResolveType(n); ok {
			n, typ = t.FullName, t
		}
		o := newObject([]string{"System.Management.Automation.PSTypeName", "System.Object"},
			prop{"Name", n}, prop{"Type", typ})
		name := n
		o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
			Call: func([]any) (any, error) { return name, nil }})
		out = append(out, o)
	}
	return out
}
