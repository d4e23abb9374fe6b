package items

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// Type names of file-system items, most derived first, as .NET has them.
var (
	fileTypeNames = []string{"System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"}
	dirTypeNames  = []string{"System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"}
)

const fsProvider = `Microsoft.PowerShell.Core\FileSystem::`

// mode is the Mode column of a directory listing as Windows PowerShell 5.1
// prints it: d (directory), a (archive), r (read-only), h, s, l.
func mode(fi os.FileInfo) string {
	b := []byte("------")
	if fi.IsDir() {
		b[0] = 'd'
	} else {
		b[1] = 'a'
	}
	if fi.Mode().Perm()&0o200 == 0 {
		b[2] = 'r'
	}
	if strings.HasPrefix(fi.Name(), ".") {
		b[3] = 'h'
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		b[5] = 'l'
	}
	return string(b)
}

// itemObject builds the FileInfo or DirectoryInfo object for hostPath,
// showing paths as the user knows them (C:\… inside the lab).
func itemObject(s *pipeline.Session, hostPath string, fi os.FileInfo) *object.PSObject {
	full := paths.Display(s, hostPath)
	parent := parentOf(full)
	names := fileTypeNames
	if fi.IsDir() {
		names = dirTypeNames
	}
	o := object.NewObject(append([]string(nil), names...)...)
	// The provider's notes, then the .NET properties (Get-Member shows
	// them as NoteProperty, CodeProperty, ScriptProperty and Property).
	kind := object.NoteProperty
	add := func(name string, v any) { o.Add(&object.Member{Name: name, Kind: kind, Value: v}) }
	name, md, parentPath := fi.Name(), mode(fi), fsProvider+parent
	if paths.DriveLetter(full) != 0 && len(strings.TrimRight(full, `\`)) == 2 {
		// A drive's root is named C:\, has no parent, and is hidden and
		// system as Windows marks it.
		name, md, parentPath = full, "d--hs-", ""
	}
	if full == "/" {
		// The host's root has no parent either.
		name, parentPath = "/", ""
	}
	// Members in the order Format-List * shows a FileInfo or
	// DirectoryInfo in Windows PowerShell 5.1.
	drive := "/"
	if d := paths.DriveLetter(full); d != 0 {
		drive = string(d)
	}
	add("PSPath", fsProvider+full)
	add("PSParentPath", parentPath)
	add("PSChildName", name)
	// PSDrive and PSProvider are the drive and provider objects (they
	// print as C and Microsoft.PowerShell.Core\FileSystem), so
	// $item.PSProvider.Name and $item.PSDrive.Root work.
	add("PSDrive", fsDriveInfo(drive))
	add("PSProvider", fsProviderInfo.Get())
	add("PSIsContainer", fi.IsDir())
	kind = object.CodeProperty
	add("Mode", md)
	kind = object.ScriptProperty
	if !fi.IsDir() {
		add("VersionInfo", fileVersionInfo(full))
	}
	ext := filepath.Ext(name)
	add("BaseName", strings.TrimSuffix(name, ext))
	// Target and LinkType are types.ps1xml code properties (read-only).
	kind = object.CodeProperty
	lt, targets := linkMembers(s, hostPath, fi)
	add("Target", targets)
	add("LinkType", lt)
	kind = object.Property
	add("Name", name)
	if !fi.IsDir() {
		add("Length", fi.Size())
		add("DirectoryName", parent)
		add("Directory", parent)
		o.Add(readOnlyMember(hostPath, fi.Mode().Perm()&0o200 == 0))
		add("Exists", true)
		add("FullName", full)
	} else {
		add("FullName", full)
		pn := leafOf(parent)
		if strings.HasSuffix(pn, ":") {
			pn += `\` // the parent is a drive's root
		}
		if parent == "/" {
			pn = "/"
		}
		if full == "/" {
			pn = ""
		}
		add("Parent", pn)
		add("Exists", true)
		add("Root", rootOf(full))
	}
	add("Extension", ext)
	for _, m := range fileTimeMembers(hostPath, fi) {
		o.Add(m)
	}
	o.Add(attributesMember(hostPath, fi))
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return full, nil }})
	o.Add(&object.Member{Name: "__hostpath", Kind: object.NoteProperty, Value: hostPath, Hidden: true})
	if fi.IsDir() {
		addDirMethods(s, o, hostPath, full)
	} else {
		addFileMethods(s, o, hostPath, full)
	}
	return o
}

// hostPathOf returns the host path of an item object made by itemObject,
// or "" for any other value.
func hostPathOf(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		if p, ok := o.Prop("__hostpath"); ok {
			s, _ := p.(string)
			return s
		}
	}
	return ""
}

// parentOf and leafOf split a display path (C:\a\b or /a/b).
func parentOf(p string) string {
	i := strings.LastIndexAny(p, `\/`)
	switch {
	case i < 0:
		return ""
	case i == 0:
		return p[:1]
	case i == 2 && p[1] == ':':
		return p[:3]
	}
	return p[:i]
}

func leafOf(p string) string {
	p = strings.TrimRight(p, `\/`)
	if i := strings.LastIndexAny(p, `\/`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func rootOf(p string) string {
	if len(p) >= 2 && p[1] == ':' {
		return p[:2] + `\`
	}
	return "/"
}

// notFound is the error every item cmdlet writes for a missing path.
// PowerShell's globber has made a relative path absolute before it finds
// nothing, so the message and the target name the full path
// (cd not_a_dir in C:\Users\me reports 'C:\Users\me\not_a_dir').
func notFound(c *pipeline.Call, path string) *object.ErrorRecord {
	path = paths.Full(c.Rt.Session(), path)
	ex := object.NewException("System.Management.Automation.ItemNotFoundException",
		"Cannot find path '%s' because it does not exist.", path)
	rec := object.NewError(ex, "PathNotFound,"+commandClass(c), "ObjectNotFound", path)
	rec.TargetName = path
	rec.TargetType = "String"
	return rec
}

// commandClass is the .NET class name of a cmdlet, used in
// FullyQualifiedErrorId ("Microsoft.PowerShell.Commands.GetChildItemCommand").
func commandClass(c *pipeline.Call) string {
	return "Microsoft.PowerShell.Commands." + strings.ReplaceAll(c.Info.Name, "-", "") + "Command"
}

// ioError wraps an OS error in PowerShell's words.
func ioError(c *pipeline.Call, id, category, path string, err error) *object.ErrorRecord {
	msg := err.Error()
	typ := "System.IO.IOException"
	var pe *os.PathError
	shown := path
	if errors.As(err, &pe) {
		// Name the path as the user knows it, never the lab's host folder.
		shown = paths.Display(c.Rt.Session(), pe.Path)
		msg = strings.ReplaceAll(msg, pe.Path, shown)
	}
	switch {
	case errors.Is(err, syscall.EISDIR):
		// .NET opens no folder as a file: UnauthorizedAccessException.
		typ = "System.UnauthorizedAccessException"
		msg = "Access to the path '" + shown + "' is denied."
		category = "PermissionDenied"
		id = strings.Replace(id, "IOError", "UnauthorizedAccessError", 1)
	case errors.Is(err, syscall.ENOTDIR):
		// A file where a folder should be: the path is not found.
		typ = "System.IO.DirectoryNotFoundException"
		msg = "Could not find a part of the path '" + path + "'."
	case os.IsNotExist(err):
		typ = "System.IO.DirectoryNotFoundException"
		msg = "Could not find a part of the path '" + shown + "'."
	case os.IsPermission(err):
		typ = "System.UnauthorizedAccessException"
		msg = "Access to the path '" + path + "' is denied."
		category = "PermissionDenied"
	case os.IsExist(err):
		msg = "The file '" + path + "' already exists."
		category = "ResourceExists"
	}
	rec := object.NewError(object.NewException(typ, "%s", msg), id+","+commandClass(c), category, path)
	rec.TargetName = path
	rec.TargetType = "String"
	return rec
}

// target is one resolved path argument: what the user wrote (for errors),
// the host path, and its display form.
type target struct {
	given string
	host  string
}

// expand resolves path arguments, expanding wildcards in the last
// components (and, as PowerShell does, in directory components too). A
// literal path is returned even when it does not exist, so each cmdlet can
// say what it does then. A wildcard that matches nothing yields nothing.
func expand(c *pipeline.Call, given string, literal bool) ([]target, error) {
	if rec := checkDrive(c, given); rec != nil {
		return nil, rec
	}
	given = driveRelative(c.Rt.Session(), given)
	if literal || !wildcard.HasWildcard(given) {
		if !literal {
			// Escaped wildcard characters name themselves.
			given = wildcard.Unescape(given)
		}
		h, err := paths.Resolve(c.Rt.Session(), given)
		if err != nil {
			return nil, err
		}
		return []target{{given: given, host: h}}, nil
	}
	// Resolve the part before the first wildcard component, then walk.
	sep := strings.IndexAny(given, `*?[`)
	cut := strings.LastIndexAny(given[:sep], `\/`)
	base, rest := ".", given
	if cut >= 0 {
		base, rest = given[:cut+1], given[cut+1:]
	}
	h, err := paths.Resolve(c.Rt.Session(), base)
	if err != nil {
		return nil, err
	}
	matches := []string{h}
	for _, comp := range strings.FieldsFunc(rest, func(r rune) bool { return r == '\\' || r == '/' }) {
		var next []string
		for _, dir := range matches {
			if !wildcard.HasWildcard(comp) {
				if real, ok := matchName(dir, wildcard.Unescape(comp)); ok {
					next = append(next, filepath.Join(dir, real))
				}
				continue
			}
			pat, err := wildcard.Compile(comp, false)
			if err != nil {
				return nil, err
			}
			ents, _ := os.ReadDir(dir)
			for _, e := range ents {
				if pat.Match(e.Name()) {
					next = append(next, filepath.Join(dir, e.Name()))
				}
			}
		}
		matches = next
	}
	sortMatches(matches)
	out := make([]target, len(matches))
	for i, m := range matches {
		out[i] = target{given: given, host: m}
	}
	return out, nil
}

// matchName finds name in dir, without case inside the lab's drives.
func matchName(dir, name string) (string, bool) {
	if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
		return name, true
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.EqualFold(e.Name(), name) {
			return e.Name(), true
		}
	}
	return "", false
}

// pathArgs returns the -Path or -LiteralPath values and whether they are
// literal.
func pathArgs(c *pipeline.Call, def string) ([]string, bool) {
	literal := c.Has("LiteralPath")
	var ps []string
	if literal {
		ps = append([]string(nil), c.Strings("LiteralPath")...)
	} else {
		ps = append([]string(nil), c.Strings("Path")...)
		if len(ps) == 0 && def != "" {
			ps = []string{def}
		}
	}
	s := c.Rt.Session()
	for i, p := range ps {
		ps[i] = providerRelative(s, p)
	}
	return ps, literal
}

// splitDrive reports a non-file provider drive (Env:, Cert:, …) in p and
// the path inside it.
func splitDrive(p string) (pipeline.Provider, string, bool) {
	if prov, rest, ok := providerQualified(p); ok {
		return prov, rest, true
	}
	p = strings.TrimPrefix(p, `Microsoft.PowerShell.Core\`)
	i := strings.Index(p, ":")
	if i < 2 {
		return nil, "", false
	}
	prov, ok := pipeline.ProviderFor(p[:i])
	if !ok {
		return nil, "", false
	}
	rest := strings.TrimLeft(strings.ReplaceAll(p[i+1:], "/", `\`), `\`)
	return prov, rest, true
}

// providerQualified splits a provider-qualified path such as an item's
// PSPath (Microsoft.PowerShell.Security\Certificate::LocalMachine\My\<thumbprint>),
// which Remove-Item and Get-Item receive when certificates are piped to
// them, into the registered provider of that name and its own path.
func providerQualified(p string) (pipeline.Provider, string, bool) {
	i := strings.Index(p, "::")
	if i <= 0 {
		return nil, "", false
	}
	name := p[:i]
	if j := strings.LastIndexByte(name, '\\'); j >= 0 {
		name = name[j+1:]
	}
	for _, prov := range pipeline.Providers() {
		if strings.EqualFold(prov.Name(), name) {
			return prov, strings.TrimLeft(strings.ReplaceAll(p[i+2:], "/", `\`), `\`), true
		}
	}
	return nil, "", false
}

// sortMatches orders wildcard matches as the FileSystem provider lists a
// folder: by folder, then folders before files, each without case.
func sortMatches(ms []string) {
	type key struct {
		parent, name string
		file         bool
	}
	keys := make(map[string]key, len(ms))
	for _, m := range ms {
		fi, err := os.Stat(m)
		keys[m] = key{strings.ToLower(filepath.Dir(m)), strings.ToLower(filepath.Base(m)), err != nil || !fi.IsDir()}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := keys[ms[i]], keys[ms[j]]
		if a.parent != b.parent {
			return a.parent < b.parent
		}
		if a.file != b.file {
			return b.file
		}
		return a.name < b.name
	})
}

// filterParams declares -Filter, -Include and -Exclude, which the item
// cmdlets share and honour through the same matching as Get-ChildItem.
func filterParams() []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		pipeline.NewParam("Filter", "string").Describe("A wildcard the names must match."),
		pipeline.NewParam("Include", "string[]").Describe("Wildcards of names to include."),
		pipeline.NewParam("Exclude", "string[]").Describe("Wildcards of names to leave out."),
	}
}
