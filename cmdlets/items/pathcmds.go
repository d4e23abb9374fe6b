package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

func testPath(c *pipeline.Call) error {
	given, literal := pathArgs(c, "")
	kind := strings.ToLower(c.String("PathType"))
	for _, g := range given {
		if c.Switch("IsValid") {
			if err := c.Out(validPath(c, g)); err != nil {
				return err
			}
			continue
		}
		if strings.TrimSpace(g) == "" {
			// Windows PowerShell finds a blank path (Test-Path
			// reference, Example 8): the current location.
			g = "."
		}
		found := false
		if prov, rest, ok := splitDrive(g); ok {
			if rest == "" {
				found = kind != "leaf"
			} else if item, ok, _ := prov.Item(c, rest); ok {
				leaf := !isContainer(item)
				found = kind == "" || kind == "any" || (kind == "leaf") == leaf
			}
		} else if targets, err := expand(c, g, literal); err == nil {
			keep, err := testFilter(c)
			if err != nil {
				return err
			}
			for _, t := range targets {
				if fi, err := os.Stat(t.host); err == nil && keep(fi) {
					found = kind == "" || kind == "any" || (kind == "container") == fi.IsDir()
					if found {
						break
					}
				}
			}
		}
		if err := c.Out(found); err != nil {
			return err
		}
	}
	return nil
}

// validPath is Test-Path -IsValid: the path has no character a path
// cannot hold, and its drive, if it names one, is a drive of the session
// (a letter the lab has, or a provider drive). A FileSystem::
// qualified path needs no drive (Test-Path reference, Example 9).
func validPath(c *pipeline.Call, p string) bool {
	if strings.ContainsAny(p, "\x00<>|\"") {
		return false
	}
	if strings.Contains(p, "::") {
		return true
	}
	name, _, ok := paths.SplitDrive(p)
	if !ok {
		return true
	}
	if len(name) > 1 {
		_, ok := pipeline.ProviderFor(name)
		return ok
	}
	for _, d := range drives(c) {
		if n, _ := d.Prop("Name"); strings.EqualFold(n.(string), name) {
			return true
		}
	}
	return false
}

// isContainer reports a provider item's PSIsContainer.
func isContainer(v any) bool {
	if o, ok := v.(*object.PSObject); ok {
		if b, ok := o.Prop("PSIsContainer"); ok {
			t, _ := b.(bool)
			return t
		}
	}
	return false
}

// joinPath joins with the separator of the path's kind: backslash for
// drive paths, slash for host paths, as pwsh does on each system.
func joinPath(parent, child string) string {
	sep := "/"
	if paths.DriveLetter(parent) != 0 || strings.Contains(parent, `\`) || strings.HasSuffix(parent, ":") {
		sep = `\`
	}
	if parent == "." {
		sep = "/" // ./name: a host-relative path that paths.Resolve reads
	}
	if parent == "" {
		return child
	}
	if child == "" {
		return parent
	}
	return strings.TrimRight(parent, `\/`) + sep + strings.TrimLeft(child, `\/`)
}

func splitPath(c *pipeline.Call, p string) any {
	switch {
	case c.Switch("Leaf"):
		return leafOf(p)
	case c.Switch("LeafBase"):
		l := leafOf(p)
		if i := strings.LastIndex(l, "."); i > 0 {
			return l[:i]
		}
		return l
	case c.Switch("Extension"):
		l := leafOf(p)
		if i := strings.LastIndex(l, "."); i >= 0 {
			return l[i:]
		}
		return ""
	case c.Switch("Qualifier"):
		if i := strings.Index(p, ":"); i > 0 {
			return p[:i+1]
		}
		return ""
	case c.Switch("NoQualifier"):
		if i := strings.Index(p, ":"); i > 0 {
			return p[i+1:]
		}
		return p
	case c.Switch("IsAbsolute"):
		return paths.DriveLetter(p) != 0 || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`)
	}
	return parentOf(strings.TrimRight(p, `\/`))
}

func resolvePath(c *pipeline.Call) error {
	relative := c.Switch("Relative")
	return resolveEach(c, func(loc, disp string) any {
		if relative {
			return relativePath(loc, disp)
		}
		return pathInfo(disp)
	})
}

// resolveEach resolves every -Path/-LiteralPath argument to the existing
// items it names and writes conv(location, path) for each; a path that
// names nothing is a PathNotFound error. Resolve-Path and Convert-Path
// differ only in what they write.
func resolveEach(c *pipeline.Call, conv func(loc, disp string) any) error {
	s := c.Rt.Session()
	given, literal := pathArgs(c, "")
	for _, g := range given {
		if out, ok := providerResolved(c, g, literal); ok {
			for _, r := range out {
				if err := c.Out(conv(Location(s), r)); err != nil {
					return err
				}
			}
			if len(out) == 0 {
				if err := c.WriteError(notFound(c, g)); err != nil {
					return err
				}
			}
			continue
		}
		targets, err := expand(c, g, literal)
		if err != nil {
			return err
		}
		n := 0
		for _, t := range targets {
			if _, err := os.Stat(t.host); err != nil {
				continue
			}
			n++
			if err := c.Out(conv(Location(s), paths.Display(s, t.host))); err != nil {
				return err
			}
		}
		if n == 0 && (literal || mustExist(c, g)) {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
	}
	return nil
}

func pathCmdlets() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		{
			Name: "Test-Path", Module: management, DefaultSet: "Path",
			Synopsis:    "Tells whether a path exists.",
			Description: "Returns $true when the item exists (of the kind -PathType asks for), else $false; never an error.",
			Examples:    []pipeline.Example{{Code: `Test-Path C:\Certificates\ServerToServerAuth.pfx`, Remarks: "True in a fresh lab."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(true, true).Describe("The paths to test; wildcards allowed."),
				pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The paths, taken literally."),
				pipeline.NewParam("PathType", "string").OneOf("Any", "Container", "Leaf").Alias("Type").Describe("Any, Container (a folder) or Leaf (a file)."),
				pipeline.NewParam("IsValid", "switch").Describe("Tests only that the path is well formed."),
				pipeline.NewParam("Filter", "string").Describe("A wildcard the item's name must match."),
				pipeline.NewParam("Include", "string[]").Describe("Wildcards of names that count."),
				pipeline.NewParam("Exclude", "string[]").Describe("Wildcards of names that do not count."),
				pipeline.NewParam("NewerThan", "datetime").Describe("Counts only items changed after this time."),
				pipeline.NewParam("OlderThan", "datetime").Describe("Counts only items changed before this time."),
			},
			Process: testPath,
		},
		{
			Name: "Join-Path", Module: management,
			Synopsis:    "Joins a path and a child path.",
			Description: "Combines the parts with one separator between them.",
			Examples:    []pipeline.Example{{Code: `Join-Path C:\Certificates ServerToServerAuth.pfx`, Remarks: `Returns C:\Certificates\ServerToServerAuth.pfx.`}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string[]").Must(pipeline.AllSets, 0).FromPipeline(true, true).Alias("PSPath").Describe("The parent paths."),
				pipeline.NewParam("ChildPath", "string").Must(pipeline.AllSets, 1).FromPipeline(false, true).Describe("The child path."),
				pipeline.NewParam("Resolve", "switch").Describe("Checks that the result exists."),
			},
			Process: func(c *pipeline.Call) error {
				for _, p := range c.Strings("Path") {
					r := joinPath(p, c.String("ChildPath"))
					if !strings.ContainsAny(p, `\/:`) && !strings.HasPrefix(Location(c.Rt.Session()), "/") {
						// A bare relative name joins with the separator of
						// where we are: \ on the lab's drives.
						r = strings.TrimRight(p, `\/`) + `\` + strings.TrimLeft(c.String("ChildPath"), `\/`)
					}
					if c.Switch("Resolve") {
						// -Resolve returns every existing path the joined
						// (wildcard) path names.
						if err := outResolved(c, r); err != nil {
							return err
						}
						continue
					}
					if err := c.Out(r); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{
			Name: "Split-Path", Module: management, DefaultSet: "ParentSet",
			Synopsis:    "Returns a part of a path.",
			Description: "Returns the parent folder (the default), the leaf, the qualifier (drive) or the rest of each path.",
			Examples:    []pipeline.Example{{Code: `Split-Path C:\Certificates\ServerToServerAuth.pfx -Leaf`, Remarks: "Returns ServerToServerAuth.pfx."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string[]").Must("ParentSet", 0).Must("LeafSet", 0).Must("LeafBaseSet", 0).Must("ExtensionSet", 0).Must("QualifierSet", 0).Must("NoQualifierSet", 0).Must("IsAbsoluteSet", 0).FromPipeline(true, true).Describe("The paths to split."),
				pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPathSet", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The paths to split, taken literally."),
				pipeline.NewParam("Parent", "switch").At("ParentSet", -1).Describe("Returns the parent folder (the default)."),
				pipeline.NewParam("Leaf", "switch").Must("LeafSet", -1).Describe("Returns the last part."),
				pipeline.NewParam("LeafBase", "switch").Must("LeafBaseSet", -1).Describe("Returns the last part without its extension."),
				pipeline.NewParam("Extension", "switch").Must("ExtensionSet", -1).Describe("Returns the extension of the last part."),
				pipeline.NewParam("Qualifier", "switch").Must("QualifierSet", -1).Describe("Returns the drive, such as C:."),
				pipeline.NewParam("NoQualifier", "switch").Must("NoQualifierSet", -1).Describe("Returns the path without its drive."),
				pipeline.NewParam("IsAbsolute", "switch").Must("IsAbsoluteSet", -1).Describe("Tells whether the path is absolute."),
				pipeline.NewParam("Resolve", "switch").Describe("Splits the paths the (wildcard) path resolves to instead of the text given."),
			},
			Process: func(c *pipeline.Call) error {
				given := c.Strings("Path")
				if c.Has("LiteralPath") {
					given = c.Strings("LiteralPath")
				}
				for _, p := range given {
					ps := []string{p}
					if c.Switch("Qualifier") && !strings.Contains(p, ":") {
						// NavigationResources.ParsePathFormatError.
						ex := object.NewException("System.Management.Automation.PSArgumentException",
							"Cannot parse path because path '%s' does not have a qualifier specified.", p)
						rec := object.NewError(ex, "ParsePathFormatError,"+commandClass(c), "InvalidArgument", p)
						rec.TargetName, rec.TargetType = p, "String"
						if err := c.WriteError(rec); err != nil {
							return err
						}
						continue
					}
					if c.Switch("Resolve") {
						var err error
						if ps, err = resolvedPaths(c, p); err != nil {
							return err
						}
					}
					for _, p := range ps {
						if err := c.Out(splitPath(c, p)); err != nil {
							return err
						}
					}
				}
				return nil
			},
		},
		{
			Name: "Resolve-Path", Module: management, DefaultSet: "Path",
			Synopsis:    "Resolves wildcards and relative parts of a path.",
			Description: "Returns the full path of every existing item the path names.",
			Examples:    []pipeline.Example{{Code: `Resolve-Path C:\Cert*\*.pfx`, Remarks: "Lists the full paths of the PFX files."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(true, true).Describe("The paths; wildcards allowed."),
				pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The paths, taken literally."),
				pipeline.NewParam("Relative", "switch").Describe("Returns paths relative to the current location."),
			},
			Process: resolvePath,
		},
		convertPathCmdlet(),
	}
}
