package items

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// listOptions are Get-ChildItem's filters.
type listOptions struct {
	recurse, files, dirs, force, names bool
	depth                              int // -1: unlimited
	filter                             *wildcard.Pattern
	include, exclude                   []*wildcard.Pattern
	// hidden, readOnly, system are -Hidden, -ReadOnly and -System.
	hidden, readOnly, system bool
	// attrs is -Attributes, nil when not given.
	attrs attrExpr
	// sep joins -Name results below the path: \ on the lab's drives,
	// / on host folders.
	sep string
}

// joinRel joins a -Name result's folder and name.
func (o *listOptions) joinRel(rel, name string) string {
	if rel == "" {
		return name
	}
	return rel + o.sep + name
}

func compileAll(c *pipeline.Call, name string) ([]*wildcard.Pattern, error) {
	var out []*wildcard.Pattern
	for _, s := range c.Strings(name) {
		p, err := wildcard.Compile(s, false)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func anyMatch(ps []*wildcard.Pattern, name string) bool {
	for _, p := range ps {
		if p.Match(name) {
			return true
		}
	}
	return false
}

// keep applies -Filter, -Include, -Exclude, -File, -Directory and hidden
// files (shown only with -Force).
func (o *listOptions) keep(fi os.FileInfo) bool {
	name := fi.Name()
	switch {
	case !o.force && !o.hidden && !o.attrs.wantsHidden() && strings.HasPrefix(name, "."):
		return false
	case o.attrs != nil && !o.attrs.match(fi):
		return false
	case o.hidden && !strings.HasPrefix(name, "."),
		o.readOnly && (fi.IsDir() || fi.Mode().Perm()&0o200 != 0),
		o.system:
		// Hidden items are dot files here; nothing carries the system
		// attribute.
		return false
	case o.files && fi.IsDir(), o.dirs && !fi.IsDir():
		return false
	case o.filter != nil && !o.filter.Match(name):
		return false
	case len(o.include) > 0 && !anyMatch(o.include, name):
		return false
	case anyMatch(o.exclude, name):
		return false
	}
	return true
}

// walk emits the children of dir (and their children with -Recurse),
// one directory at a time as PowerShell lists them.
func (o *listOptions) walk(c *pipeline.Call, dir, rel string, level int) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return c.WriteError(ioError(c, "DirUnauthorizedAccessError", "PermissionDenied", paths.Display(c.Rt.Session(), dir), err))
	}
	var subdirs []string
	for _, fi := range listInfos(dir, ents) {
		e := fi
		full := filepath.Join(dir, e.Name())
		if o.keep(fi) {
			var v any
			if o.names {
				v = o.joinRel(rel, e.Name())
			} else {
				v = enumeratedItem(c.Rt.Session(), full, fi)
			}
			if err := c.Out(v); err != nil {
				return err
			}
		}
		if o.recurse && fi.IsDir() && fi.Mode()&os.ModeSymlink == 0 && (o.force || !strings.HasPrefix(e.Name(), ".")) && (o.depth < 0 || level < o.depth) {
			subdirs = append(subdirs, e.Name())
		}
	}
	for _, s := range subdirs {
		if err := o.walk(c, filepath.Join(dir, s), o.joinRel(rel, s), level+1); err != nil {
			return err
		}
	}
	return nil
}

// providerItems applies -Filter, -Include, -Exclude and -Name to the
// items of a provider drive, by their child name (PSChildName).
func (o *listOptions) providerItems(items []any) []any {
	out := items[:0:0]
	for _, it := range items {
		v, _ := members.Get(it, "PSChildName")
		if v == nil {
			v, _ = members.Get(it, "Name")
		}
		name := dotnet.ToString(v)
		switch {
		case o.filter != nil && !o.filter.Match(name),
			len(o.include) > 0 && !anyMatch(o.include, name),
			anyMatch(o.exclude, name):
			continue
		}
		if o.names {
			out = append(out, name)
			continue
		}
		out = append(out, it)
	}
	return out
}

// sortEntries orders a folder as the FileSystem provider lists it:
// folders first, then files, each by name without case.
func sortEntries(ents []os.DirEntry) {
	sort.SliceStable(ents, func(i, j int) bool {
		if di, dj := ents[i].IsDir(), ents[j].IsDir(); di != dj {
			return di
		}
		return strings.ToLower(ents[i].Name()) < strings.ToLower(ents[j].Name())
	})
}

func getChildItem(c *pipeline.Call) error {
	o := &listOptions{recurse: c.Switch("Recurse") || c.Has("Depth"), files: c.Switch("File"), dirs: c.Switch("Directory"),
		force: c.Switch("Force"), names: c.Switch("Name"), depth: -1,
		hidden: c.Switch("Hidden"), readOnly: c.Switch("ReadOnly"), system: c.Switch("System")}
	if d, ok := intParam(c, "Depth"); ok {
		o.depth = d
	}
	var err error
	if c.Has("Attributes") {
		var ex *object.Exception
		if o.attrs, ex = parseAttributes(strings.Join(c.Strings("Attributes"), ",")); ex != nil {
			return c.Fail(ex, "CannotConvertArgumentNoMessage", "InvalidArgument", strings.Join(c.Strings("Attributes"), ","))
		}
	}
	if f := c.String("Filter"); f != "" {
		if o.filter, err = wildcard.Compile(f, false); err != nil {
			return err
		}
	}
	if o.include, err = compileAll(c, "Include"); err != nil {
		return err
	}
	if o.exclude, err = compileAll(c, "Exclude"); err != nil {
		return err
	}
	given, literal := pathArgs(c, ".")
	for _, g := range given {
		if prov, rest, ok := splitDrive(g); ok {
			items, err := o.providerChildren(c, prov, rest)
			if err != nil {
				if werr := c.WriteError(asRecord(c, err, g)); werr != nil {
					return werr
				}
				continue
			}
			items = filterProviderItems(c, prov, items)
			if err := c.OutAll(o.providerItems(items)); err != nil {
				return err
			}
			continue
		}
		if o.recurse && !literal && (leafWildcard(g) || len(o.include) > 0 || len(o.exclude) > 0) {
			// PowerShell recurses through the folders itself here
			// (ProcessPathItems): each folder's subfolders first, then
			// the folder's own matches (Get-ChildItem reference,
			// Example 3).
			if err := o.recursePost(c, g); err != nil {
				return err
			}
			continue
		}
		targets, err := expand(c, g, literal)
		if err != nil {
			return err
		}
		wild := !literal && wildcard.HasWildcard(g)
		if len(targets) == 0 && !wild {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
		for _, t := range targets {
			fi, err := os.Stat(t.host)
			if err != nil {
				if werr := c.WriteError(notFound(c, t.given)); werr != nil {
					return werr
				}
				continue
			}
			if !fi.IsDir() {
				if lfi, err := os.Lstat(t.host); err == nil {
					fi = lfi // a symbolic link shows as the link
				}
				if o.keep(fi) || !wild {
					var v any = itemObject(c.Rt.Session(), t.host, fi)
					if o.names {
						v = fi.Name()
					}
					if err := c.Out(v); err != nil {
						return err
					}
				}
				continue
			}
			if wild && !o.recurse {
				// A wildcard naming directories lists them, not their content.
				if o.keep(fi) {
					if err := c.Out(itemObject(c.Rt.Session(), t.host, fi)); err != nil {
						return err
					}
				}
				continue
			}
			if len(o.include) > 0 && !o.recurse {
				// -Include filters the path's own items: without a
				// wildcard (C:\Test\*) or -Recurse a folder lists
				// nothing (Get-ChildItem reference, Example 4).
				continue
			}
			o.sep = "/"
			if paths.IsLabPath(paths.Display(c.Rt.Session(), t.host)) {
				o.sep = `\`
			}
			if err := o.walk(c, t.host, "", 0); err != nil {
				return err
			}
		}
	}
	return nil
}

func getItem(c *pipeline.Call) error {
	given, literal := pathArgs(c, "")
	for _, g := range given {
		if prov, rest, ok := splitDrive(g); ok {
			if _, session := prov.(*sessionProvider); session && !literal && wildcard.HasWildcard(rest) {
				// A wildcard names every matching item; none is no error.
				if err := providerMatches(c, prov, rest); err != nil {
					return err
				}
				continue
			}
			item, rec := providerItem(c, prov, rest, g)
			if rec != nil {
				if werr := c.WriteError(rec); werr != nil {
					return werr
				}
				continue
			}
			if err := c.Out(item); err != nil {
				return err
			}
			continue
		}
		targets, err := expandFiltered(c, g, literal)
		if err != nil {
			return err
		}
		if len(targets) == 0 && mustExist(c, g) && !c.Has("Filter") {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
		for _, t := range targets {
			fi, err := itemInfo(t.host)
			if err != nil {
				if werr := c.WriteError(notFound(c, t.given)); werr != nil {
					return werr
				}
				continue
			}
			if err := c.Out(itemObject(c.Rt.Session(), t.host, fi)); err != nil {
				return err
			}
		}
	}
	return nil
}

func childItemCmdlets() []*pipeline.CommandInfo {
	pathParams := func() []*pipeline.ParamDecl {
		return []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").At("Items", 0).FromPipeline(true, true).Describe("The folders or files; wildcards allowed. C:\\ paths are the lab's drives."),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralItems", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The paths, taken literally (no wildcards)."),
		}
	}
	gci := &pipeline.CommandInfo{
		Name: "Get-ChildItem", Module: management, DefaultSet: "Items",
		Synopsis:    "Gets the files and folders in a location, or the items of a provider drive.",
		Description: "Lists the items in one or more locations: host folders, the lab's simulated drives (C:\\…), and provider drives such as Cert:\\LocalMachine\\My and Env:.",
		Examples: []pipeline.Example{
			{Code: `Get-ChildItem C:\Certificates`, Remarks: "Lists the lab's certificate files."},
			{Code: `Get-ChildItem Cert:\LocalMachine\My`, Remarks: "Lists the certificates in this computer's personal store."},
			{Code: `Get-ChildItem -Path C:\ -Filter *.pfx -Recurse`, Remarks: "Finds every PFX file on the lab's C: drive."},
		},
		Params: append(append(pathParams(),
			pipeline.NewParam("Filter", "string").At(pipeline.AllSets, 1).Describe("A wildcard the names must match."),
			pipeline.NewParam("Include", "string[]").Describe("Wildcards of names to include."),
			pipeline.NewParam("Exclude", "string[]").Describe("Wildcards of names to leave out."),
			pipeline.NewParam("Recurse", "switch").Alias("s").Describe("Lists subfolders too."),
			pipeline.NewParam("Depth", "uint32").Describe("How many levels to recurse."),
			pipeline.NewParam("Force", "switch").Describe("Includes hidden items."),
			pipeline.NewParam("Name", "switch").Describe("Returns names only."),
			pipeline.NewParam("Attributes", "string[]").Describe("Lists items with these attributes: ! is NOT, + is AND, a comma is OR (Directory, !Directory+Hidden, ReadOnly,Archive)."),
			pipeline.NewParam("File", "switch").Describe("Lists files only."),
			pipeline.NewParam("Directory", "switch").Alias("ad", "d").Describe("Lists folders only."),
			pipeline.NewParam("Hidden", "switch").Alias("ah", "h").Describe("Lists hidden items only (names starting with a dot)."),
			pipeline.NewParam("ReadOnly", "switch").Alias("ar").Describe("Lists read-only files only."),
			pipeline.NewParam("System", "switch").Alias("as").Describe("Lists system items only (there are none outside Windows)."),
		), certificateParams()...),
		Process: getChildItem,
	}
	gi := &pipeline.CommandInfo{
		Name: "Get-Item", Module: management, DefaultSet: "Items",
		Synopsis:    "Gets the item at a location.",
		Description: "Returns the file, folder or provider item at each path (wildcards allowed).",
		Examples:    []pipeline.Example{{Code: `Get-Item C:\Certificates\ServerToServerAuth.pfx`, Remarks: "Shows the PFX file of the documentation."}},
		Params: append(append(pathParams(), filterParams()...),
			pipeline.NewParam("Force", "switch").Describe("Includes hidden items."),
		),
		Process: getItem,
	}
	gi.Params[0].Sets[0].Mandatory = true
	return []*pipeline.CommandInfo{gci, gi}
}
