package items

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// fileItemType reads New-Item -ItemType for the FileSystem provider: any
// leading part of File, Directory, SymbolicLink, Junction or HardLink
// (no type is a file; Container is a directory, as the provider
// takes the generic name too).
func fileItemType(t string) (string, bool) {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "" {
		return "file", true
	}
	if t == "container" {
		return "directory", true
	}
	for _, k := range []string{"file", "directory", "symboliclink", "junction", "hardlink"} {
		if strings.HasPrefix(k, t) {
			return k, true
		}
	}
	return "", false
}

// newItemPaths are the paths New-Item creates: with -Name, each -Path is
// a parent folder, and a wildcard in it names every folder it matches
// (New-Item reference, Example 6); without -Name the paths are taken
// as they are.
func newItemPaths(c *pipeline.Call, given []string) []string {
	name := c.String("Name")
	if name == "" {
		return given
	}
	var out []string
	for _, g := range given {
		if !wildcard.HasWildcard(g) {
			out = append(out, joinPath(g, name))
			continue
		}
		targets, err := expand(c, g, false)
		if err != nil {
			continue
		}
		for _, t := range targets {
			if fi, err := os.Stat(t.host); err == nil && fi.IsDir() {
				out = append(out, joinPath(paths.Display(c.Rt.Session(), t.host), name))
			}
		}
	}
	return out
}

// newLink is New-Item -ItemType SymbolicLink, Junction or HardLink at
// the host path h, to the item -Value (-Target) names. A relative
// target is kept relative, so the link's Target shows it as given.
func newLink(c *pipeline.Call, kind, h string) error {
	s := c.Rt.Session()
	target := dotnet.ToString(c.Get("Value"))
	disp := paths.Display(s, h)
	if !c.ShouldProcess("Destination: "+disp, "Create "+map[string]string{"symboliclink": "Symbolic Link", "junction": "Junction", "hardlink": "Hard Link"}[kind]) {
		return nil
	}
	th, err := paths.Resolve(s, target)
	if err != nil {
		return err
	}
	if _, err := os.Stat(th); err != nil {
		return c.WriteError(notFound(c, target))
	}
	if _, err := os.Lstat(h); err == nil {
		if !c.Switch("Force") {
			ex := object.NewException("System.IO.IOException", "An item with the specified name %s already exists.", disp)
			return c.WriteError(object.NewError(ex, "SymLinkExists,"+commandClass(c), "ResourceExists", disp))
		}
		os.Remove(h)
	}
	link := th
	if !isRooted(target) && kind != "hardlink" {
		if rel, err := filepath.Rel(filepath.Dir(h), th); err == nil {
			link = rel
			if strings.HasPrefix(target, `.\`) || strings.HasPrefix(target, "./") {
				link = "./" + rel
			}
		}
	}
	if kind == "hardlink" {
		err = os.Link(th, h)
	} else {
		err = os.Symlink(link, h)
	}
	if err != nil {
		return c.WriteError(ioError(c, "NewItemIOError", "WriteError", disp, err))
	}
	fi, err := os.Lstat(h)
	if err != nil {
		return nil
	}
	return c.Out(itemObject(s, h, fi))
}

// linkMembers are the LinkType and Target code properties of an item:
// a symbolic link's type and target (as the link holds it, in the form
// the user sees: C:\… inside the lab, backslashes on the lab's drives).
func linkMembers(s *pipeline.Session, hostPath string, fi os.FileInfo) (linkType any, target []any) {
	if fi.Mode()&os.ModeSymlink == 0 {
		return nil, []any{}
	}
	dest, err := os.Readlink(hostPath)
	if err != nil {
		return "SymbolicLink", []any{}
	}
	if filepath.IsAbs(dest) {
		dest = paths.Display(s, dest)
	} else if paths.IsLabPath(paths.Display(s, hostPath)) {
		dest = strings.ReplaceAll(dest, "/", `\`)
	}
	return "SymbolicLink", []any{dest}
}
