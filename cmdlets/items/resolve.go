package items

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/paths"
)

// resolvedPaths returns the display paths of the existing items that p
// (wildcards allowed) names, writing PowerShell's ItemNotFound error
// when a path without wildcards names nothing.
func resolvedPaths(c *pipeline.Call, p string) ([]string, error) {
	s := c.Rt.Session()
	if out, ok := providerResolved(c, providerRelative(s, p), false); ok {
		if len(out) == 0 && mustExist(c, p) {
			return nil, c.WriteError(notFound(c, p))
		}
		return out, nil
	}
	targets, err := expand(c, providerRelative(s, p), false)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, t := range targets {
		if _, err := os.Stat(t.host); err == nil {
			out = append(out, paths.Display(s, t.host))
		}
	}
	if len(out) == 0 && mustExist(c, p) {
		return nil, c.WriteError(notFound(c, p))
	}
	return out, nil
}

// outResolved writes the paths p resolves to (Join-Path -Resolve).
func outResolved(c *pipeline.Call, p string) error {
	ps, err := resolvedPaths(c, p)
	if err != nil {
		return err
	}
	for _, r := range ps {
		if err := c.Out(r); err != nil {
			return err
		}
	}
	return nil
}

// relativePath is Resolve-Path -Relative: target relative to the
// location (".\x", "..\..\y"), or target itself when it is on another
// drive.
func relativePath(loc, target string) string {
	if paths.DriveLetter(loc) == 0 && paths.DriveLetter(target) == 0 {
		if strings.HasPrefix(loc, "/") && strings.HasPrefix(target, "/") {
			if r, err := filepath.Rel(loc, target); err == nil {
				if !strings.HasPrefix(r, "..") {
					r = "./" + r
				}
				return r
			}
		}
		return target
	}
	if paths.DriveLetter(loc) != paths.DriveLetter(target) {
		return target
	}
	split := func(p string) []string {
		return strings.FieldsFunc(p[2:], func(r rune) bool { return r == '\\' || r == '/' })
	}
	from, to := split(loc), split(target)
	n := 0
	for n < len(from) && n < len(to) && strings.EqualFold(from[n], to[n]) {
		n++
	}
	var parts []string
	for range from[n:] {
		parts = append(parts, "..")
	}
	parts = append(parts, to[n:]...)
	if len(parts) == 0 || parts[0] != ".." {
		parts = append([]string{"."}, parts...)
	}
	return strings.Join(parts, `\`)
}
