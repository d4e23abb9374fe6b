package items

import (
	"io/fs"
	"os"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// RegisterExtensions makes New-Object System.IO.FileInfo $path and
// [System.IO.DirectoryInfo]::new build the same objects Get-Item returns.
// As in .NET the path need not exist: Exists is then $false.
// cmdlets.Registry hands it to dotnet.AddExtensions.
func RegisterExtensions() {
	members.RegisterConstructor("System.IO.FileInfo", func(args []any) (any, error) { return newFSInfo(args, false) })
	members.RegisterConstructor("System.IO.DirectoryInfo", func(args []any) (any, error) { return newFSInfo(args, true) })
	// [System.IO.FileInfo]'C:\x' and [IO.DirectoryInfo]$path convert
	// through the same constructors, as PowerShell does for a type with a
	// one-argument constructor.
	dotnet.RegisterConversion("System.IO.FileInfo", func(v any) (any, error) { return newFSInfo([]any{v}, false) })
	dotnet.RegisterConversion("System.IO.DirectoryInfo", func(v any) (any, error) { return newFSInfo([]any{v}, true) })
}

func newFSInfo(args []any, dir bool) (any, error) {
	if len(args) != 1 {
		return nil, members.ErrNoOverload
	}
	param := "fileName"
	if dir {
		param = "path"
	}
	p, err := pathArg(args, 0, param)
	if err != nil {
		return nil, err
	}
	host, err := members.ResolvePath(p)
	if err != nil {
		return nil, err
	}
	if fi, err := itemInfo(host); err == nil && fi.IsDir() == dir {
		return originalPath(itemObject(nil, host, fi), p), nil
	}
	// A path with nothing there (or an item of the other kind).
	o := itemObject(nil, host, missingInfo{name: leafOf(paths.Display(nil, host)), dir: dir})
	if m := o.Member("Exists"); m != nil {
		m.Value = false
	}
	if !dir {
		// FileInfo.Length of a missing file throws; there is no length
		// to show.
		o.Remove("Length")
	}
	return originalPath(o, p), nil
}

// originalPath makes o stringify as the path it was built from: .NET's
// FileSystemInfo.ToString returns that OriginalPath, so
// [System.IO.FileInfo]::new('abc') is "abc" as a string.
func originalPath(o *object.PSObject, p string) *object.PSObject {
	if m := o.Member("ToString"); m != nil {
		m.Call = func([]any) (any, error) { return p, nil }
	}
	return o
}

// missingInfo describes an item that does not exist, for the objects
// .NET makes from a path alone.
type missingInfo struct {
	name string
	dir  bool
}

func (m missingInfo) Name() string { return m.name }
func (m missingInfo) Size() int64  { return 0 }
func (m missingInfo) Mode() fs.FileMode {
	if m.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}

// ModTime is .NET's time for an item that is not there: 12:00 midnight,
// January 1, 1601 UTC.
func (m missingInfo) ModTime() time.Time { return time.Date(1601, 1, 1, 0, 0, 0, 0, time.UTC) }
func (m missingInfo) IsDir() bool        { return m.dir }
func (m missingInfo) Sys() any           { return nil }

var _ os.FileInfo = missingInfo{}
