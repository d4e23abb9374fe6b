package core

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// memberViews reads Get-Member -View (PSMemberViewTypes): the default
// is Adapted and Extended, which together are every member cspsh
// models; All adds Base, which here is the same members as Adapted.
func memberViews(c *pipeline.Call) map[string]bool {
	if !c.Has("View") {
		return map[string]bool{"adapted": true, "extended": true}
	}
	views := map[string]bool{}
	var names []string
	if items, ok := dotnet.Enumerate(c.Get("View")); ok {
		for _, it := range items {
			names = append(names, dotnet.ToString(it))
		}
	} else {
		names = strings.Split(dotnet.ToString(c.Get("View")), ",")
	}
	for _, n := range names {
		switch n = strings.ToLower(strings.TrimSpace(n)); n {
		case "all":
			views["adapted"], views["extended"] = true, true
		case "base":
			views["adapted"] = true
		default:
			views[n] = true
		}
	}
	return views
}

// viewOf says which view a member kind belongs to: members added by
// Add-Member or a types.ps1xml file (notes, aliases, script and code
// members, member sets) are Extended; the .NET type's own properties,
// methods and events are Adapted (and Base).
func viewOf(kind string) string {
	switch kind {
	case "Property", "Method", "ParameterizedProperty", "Event":
		return "adapted"
	}
	return "extended"
}
