package core

import (
	"slices"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// staticDefinitions is what Get-Member -Static lists for a value: the
// static members of its type (of the type itself for a type literal),
// as the members package implements them, sorted like the instance
// members (member type, then name). A type whose statics are not
// catalogued lists nothing.
func staticDefinitions(base any, typeName string) []memberDef {
	tv, ok := base.(*object.TypeValue)
	if !ok {
		if tv, ok = dotnet.ResolveType(typeName); !ok {
			return nil
		}
	}
	list, _ := members.StaticMembers(tv)
	defs := make([]memberDef, 0, len(list))
	for _, m := range list {
		defs = append(defs, memberDef{m.Name, m.Kind.String(), m.Definition})
	}
	slices.SortStableFunc(defs, func(a, b memberDef) int {
		if c := strings.Compare(strings.ToLower(a.kind), strings.ToLower(b.kind)); c != 0 {
			return c
		}
		return objutil.CompareStrings(a.name, b.name, true)
	})
	return defs
}
