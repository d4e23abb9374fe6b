package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// resolveMemberWildcard resolves a ForEach-Object -MemberName pattern
// such as *Name against the members of in, as Windows PowerShell does
// before reading or calling: one match gives that member's name, none
// gives the pattern back (the member is then missing), and several are
// an AmbiguousPropertyOrMethodName error listing the matches in member
// order.
func resolveMemberWildcard(c *pipeline.Call, in any, pattern string) (string, *object.ErrorRecord) {
	if !objutil.HasWildcard(pattern) {
		return pattern, nil
	}
	w := objutil.CompileWildcard(pattern, false)
	var matches []string
	for _, n := range memberNamesInOrder(in) {
		if w.Match(n) {
			matches = append(matches, n)
		}
	}
	switch len(matches) {
	case 0:
		return pattern, nil
	case 1:
		return matches[0], nil
	}
	var list strings.Builder
	for _, m := range matches {
		list.WriteString(" " + m)
	}
	ex := object.NewException("System.Management.Automation.PSArgumentException",
		"Input name \"%s\" is ambiguous. It can be resolved to multiple matched members. Possible matches include:%s.", pattern, list.String())
	return "", c.Fail(ex, "AmbiguousPropertyOrMethodName", "InvalidArgument", in)
}

// memberNamesInOrder lists the visible member names of in once each:
// the object's own members in the order they were added, then its
// properties, then the methods of its .NET type.
func memberNamesInOrder(in any) []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	if o, ok := in.(*object.PSObject); ok {
		for _, m := range o.Members() {
			if !m.Hidden {
				add(m.Name)
			}
		}
	}
	for _, m := range members.Properties(in) {
		if !m.Hidden {
			add(m.Name)
		}
	}
	base := objutil.Base(in)
	if base != nil {
		for _, d := range typeMethods(baseTypeName(base)) {
			add(d.name)
		}
	}
	return names
}
