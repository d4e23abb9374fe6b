package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/wildcard"
)

// providerResolved resolves a path on a provider drive (Cert:, Env:,
// Variable:, …) as Resolve-Path and Join-Path -Resolve do: a wildcard in
// the last part names every child of its parent that matches; otherwise
// the item must exist. ok is false when p is not on a provider drive.
func providerResolved(c *pipeline.Call, p string, literal bool) (out []string, ok bool) {
	prov, rest, ok := splitDrive(p)
	if !ok {
		return nil, false
	}
	drive := p[:strings.Index(p, ":")]
	if i := strings.LastIndex(drive, `\`); i >= 0 {
		drive = drive[i+1:]
	}
	rest = strings.TrimRight(rest, `\`)
	if rest == "" {
		return []string{drive + `:\`}, true
	}
	parent, leaf := "", rest
	if i := strings.LastIndex(rest, `\`); i >= 0 {
		parent, leaf = rest[:i], rest[i+1:]
	}
	if literal || !wildcard.HasWildcard(leaf) {
		if _, found, err := prov.Item(c, rest); err == nil && found {
			out = append(out, drive+`:\`+rest)
		}
		return out, true
	}
	items, err := prov.ChildItems(c, parent, false)
	if err != nil {
		return nil, true
	}
	pat, err := wildcard.Compile(leaf, false)
	if err != nil {
		return nil, true
	}
	for _, it := range items {
		v, _ := members.Get(it, "PSChildName")
		if v == nil {
			v, _ = members.Get(it, "Name")
		}
		name := dotnet.ToString(v)
		if !pat.Match(name) {
			continue
		}
		full := drive + `:\` + name
		if parent != "" {
			full = drive + `:\` + parent + `\` + name
		}
		out = append(out, full)
	}
	return out, true
}
