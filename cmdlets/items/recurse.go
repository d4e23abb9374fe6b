package items

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// leafWildcard reports a path whose last part is a wildcard
// (C:\Test\*.txt).
func leafWildcard(p string) bool {
	return wildcard.HasWildcard(leafOf(p))
}

// recursePost is Get-ChildItem -Recurse with a wildcard leaf, -Include or
// -Exclude: the leaf becomes a name pattern, and each folder lists its
// subfolders' matches before its own.
func (o *listOptions) recursePost(c *pipeline.Call, given string) error {
	base, leaf := given, ""
	if leafWildcard(given) {
		base, leaf = parentOf(strings.TrimRight(given, `\/`)), leafOf(given)
		if base == "" {
			base = "."
		}
	}
	var pat *wildcard.Pattern
	if leaf != "" {
		var err error
		if pat, err = wildcard.Compile(leaf, false); err != nil {
			return err
		}
	}
	targets, err := expand(c, base, false)
	if err != nil {
		return err
	}
	if len(targets) == 0 {
		return c.WriteError(notFound(c, given))
	}
	for _, t := range targets {
		fi, err := os.Stat(t.host)
		if err != nil || !fi.IsDir() {
			continue
		}
		o.sep = "/"
		if paths.IsLabPath(paths.Display(c.Rt.Session(), t.host)) {
			o.sep = `\`
		}
		if err := o.postWalk(c, t.host, "", 0, pat); err != nil {
			return err
		}
	}
	return nil
}

func (o *listOptions) postWalk(c *pipeline.Call, dir, rel string, level int, pat *wildcard.Pattern) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return c.WriteError(ioError(c, "DirUnauthorizedAccessError", "PermissionDenied", paths.Display(c.Rt.Session(), dir), err))
	}
	sortEntries(ents)
	if o.depth < 0 || level < o.depth {
		for _, e := range ents {
			if e.IsDir() && (o.force || !strings.HasPrefix(e.Name(), ".")) {
				if err := o.postWalk(c, filepath.Join(dir, e.Name()), o.joinRel(rel, e.Name()), level+1, pat); err != nil {
					return err
				}
			}
		}
	}
	for _, e := range ents {
		fi, err := e.Info()
		if err != nil || !o.keep(fi) || pat != nil && !pat.Match(e.Name()) {
			continue
		}
		var v any = enumeratedItem(c.Rt.Session(), filepath.Join(dir, e.Name()), fi)
		if o.names {
			v = o.joinRel(rel, e.Name())
		}
		if err := c.Out(v); err != nil {
			return err
		}
	}
	return nil
}
