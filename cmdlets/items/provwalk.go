package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/wildcard"
)

// providerChildren lists a provider path as Get-ChildItem does: the
// children of a container, or, when the last part holds a wildcard, the
// children of its parent that match; with -Recurse each container is
// followed by everything below it (the provider walks depth first).
func (o *listOptions) providerChildren(c *pipeline.Call, prov pipeline.Provider, rest string) ([]any, error) {
	rest = strings.TrimRight(rest, `\`)
	parent, leaf := "", rest
	if i := strings.LastIndex(rest, `\`); i >= 0 {
		parent, leaf = rest[:i], rest[i+1:]
	}
	if !wildcard.HasWildcard(leaf) {
		if !o.recurse {
			return prov.ChildItems(c, rest, false)
		}
		return o.providerTree(c, prov, rest)
	}
	items, err := prov.ChildItems(c, parent, false)
	if err != nil {
		return nil, err
	}
	pat, err := wildcard.Compile(leaf, false)
	if err != nil {
		return nil, err
	}
	var out []any
	for _, it := range items {
		name := childName(it)
		if !pat.Match(name) {
			continue
		}
		out = append(out, it)
		if o.recurse && isContainer(it) {
			below, err := o.providerTree(c, prov, joinProvider(parent, name))
			if err != nil {
				return nil, err
			}
			out = append(out, below...)
		}
	}
	return out, nil
}

// providerTree is every item below path, each container followed by
// its own content.
func (o *listOptions) providerTree(c *pipeline.Call, prov pipeline.Provider, path string) ([]any, error) {
	items, err := prov.ChildItems(c, path, false)
	if err != nil {
		return nil, err
	}
	var out []any
	for _, it := range items {
		out = append(out, it)
		if isContainer(it) {
			below, err := o.providerTree(c, prov, joinProvider(path, childName(it)))
			if err != nil {
				return nil, err
			}
			out = append(out, below...)
		}
	}
	return out, nil
}

func joinProvider(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + `\` + name
}

// childName is a provider item's PSChildName (its Name when it has
// none).
func childName(it any) string {
	v, _ := members.Get(it, "PSChildName")
	if v == nil {
		v, _ = members.Get(it, "Name")
	}
	return dotnet.ToString(v)
}
