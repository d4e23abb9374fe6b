package items

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// fsItem is the state the .NET methods of one FileInfo or DirectoryInfo
// share: MoveTo changes the path the later calls act on, as it changes
// FullPath in .NET.
type fsItem struct {
	s    *pipeline.Session
	o    *object.PSObject
	host string
	full string
}

// method adds a .NET method with its Get-Member overload list.
func (it *fsItem) method(name, def string, call func([]any) (any, error)) {
	it.o.Add(&object.Member{Name: name, Kind: object.Method, Type: def, Call: call})
}

// addFileMethods gives a FileInfo its .NET methods and the Directory
// property, a DirectoryInfo of its folder (System.IO.FileInfo).
func addFileMethods(s *pipeline.Session, o *object.PSObject, hostPath, full string) {
	it := &fsItem{s: s, o: o, host: hostPath, full: full}
	if m := o.Member("Directory"); m != nil {
		m.Value = nil
		m.Type = "System.IO.DirectoryInfo"
		m.Get = func() any { return it.dirObject(filepath.Dir(it.host), parentOf(it.full)) }
	}
	it.method("CopyTo", "System.IO.FileInfo CopyTo(string destFileName), System.IO.FileInfo CopyTo(string destFileName, bool overwrite)", it.copyTo)
	it.method("MoveTo", "void MoveTo(string destFileName)", it.moveTo)
	it.method("Delete", "void Delete()", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		if err := os.Remove(it.host); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, it.accessError(err)
		}
		return object.Null, nil
	})
	it.method("Refresh", "void Refresh()", it.refresh)
}

// resolveHost maps a path a .NET method was given to a host path, as the
// [System.IO.File] methods do: C:\… inside the lab, other paths relative
// to the location.
func resolveHost(s *pipeline.Session, p string) (string, error) {
	if paths.DriveLetter(p) == 0 && strings.Contains(p, `\`) {
		if _, _, isDrive := paths.SplitDrive(p); !isDrive {
			p = strings.ReplaceAll(p, `\`, "/")
		}
	}
	return paths.Resolve(s, p)
}

// pathArg is a method's path argument: .NET rejects $null and blanks.
func pathArg(args []any, i int, param string) (string, error) {
	if args[i] == nil {
		return "", &object.Exception{Type: "System.ArgumentNullException",
			Message: "Value cannot be null.\r\nParameter name: " + param}
	}
	p := dotnet.ToString(args[i])
	if strings.TrimSpace(p) == "" {
		return "", &object.Exception{Type: "System.ArgumentException", Message: "The path is not of a legal form."}
	}
	return p, nil
}

// dirObject is the DirectoryInfo of host, whose ToString is shown.
func (it *fsItem) dirObject(host, shown string) any {
	fi, err := os.Stat(host)
	if err != nil || !fi.IsDir() {
		return shown
	}
	d := itemObject(it.s, host, fi)
	d.Add(&object.Member{Name: "ToString", Kind: object.Method, Type: "string ToString()", Call: func([]any) (any, error) { return shown, nil }})
	return d
}

// fresh is the FileInfo or DirectoryInfo .NET returns for a path a
// method just made.
func (it *fsItem) fresh(host string) (any, error) {
	fi, err := itemInfo(host)
	if err != nil {
		return nil, it.accessError(err)
	}
	return itemObject(it.s, host, fi), nil
}

// accessError is a failure .NET reports with the item's full path.
func (it *fsItem) accessError(err error) *object.Exception {
	if errors.Is(err, fs.ErrPermission) {
		return &object.Exception{Type: "System.UnauthorizedAccessException", Message: "Access to the path '" + it.full + "' is denied."}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path '" + it.full + "'."}
	}
	return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
}

// copyTo is FileInfo.CopyTo: the new file's FileInfo. As File.Copy in
// .NET Framework, a missing source names the source's full path; a
// missing folder or an existing file names the destination as given.
func (it *fsItem) copyTo(args []any) (any, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, members.ErrNoOverload
	}
	given, err := pathArg(args, 0, "destFileName")
	if err != nil {
		return nil, err
	}
	overwrite := len(args) == 2 && dotnet.ToBool(args[1])
	dst, err := resolveHost(it.s, given)
	if err != nil {
		return nil, err
	}
	src, err := os.Open(it.host)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &object.Exception{Type: "System.IO.FileNotFoundException", Message: "Could not find file '" + it.full + "'.", Props: map[string]any{"FileName": it.full}}
		}
		return nil, it.accessError(err)
	}
	defer src.Close()
	if st, err := os.Stat(dst); err == nil {
		if st.IsDir() {
			return nil, &object.Exception{Type: "System.IO.IOException", Message: "The target file '" + given + "' is a directory, not a file."}
		}
		if !overwrite {
			return nil, &object.Exception{Type: "System.IO.IOException", Message: "The file '" + given + "' already exists."}
		}
	}
	if err := copyFile(src, dst); err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return nil, &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path '" + given + "'."}
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, &object.Exception{Type: "System.UnauthorizedAccessException", Message: "Access to the path '" + given + "' is denied."}
		}
		return nil, &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
	}
	return it.fresh(dst)
}

// copyFile writes src's bytes to dst, keeping its mode.
func copyFile(src *os.File, dst string) error {
	st, err := src.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, st.Mode().Perm()|0o200)
	if err != nil {
		return err
	}
	if _, err := out.ReadFrom(src); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chtimes(dst, st.ModTime(), st.ModTime())
}

// moveTo is FileInfo.MoveTo and DirectoryInfo.MoveTo. .NET Framework's
// Win32 errors here name no path. Afterwards the object is the item at
// its new place (Name, FullName, …), as .NET updates FullPath; the
// provider's notes (PSPath) keep the old place, as in PowerShell.
func (it *fsItem) moveTo(args []any) (any, error) {
	if len(args) != 1 {
		return nil, members.ErrNoOverload
	}
	given, err := pathArg(args, 0, "destFileName")
	if err != nil {
		return nil, err
	}
	dst, err := resolveHost(it.s, given)
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(it.host); err != nil {
		if it.o.TypeName() == "System.IO.DirectoryInfo" {
			return nil, &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path '" + it.full + "'."}
		}
		return nil, &object.Exception{Type: "System.IO.FileNotFoundException", Message: "Unable to find the specified file."}
	}
	if _, err := os.Lstat(dst); err == nil {
		return nil, &object.Exception{Type: "System.IO.IOException", Message: "Cannot create a file when that file already exists."}
	}
	if err := os.Rename(it.host, dst); err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return nil, &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path."}
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, &object.Exception{Type: "System.UnauthorizedAccessException", Message: "Access to the path is denied."}
		}
		return nil, &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
	}
	it.host = dst
	it.full = paths.Display(it.s, dst)
	name := leafOf(it.full)
	ext := filepath.Ext(name)
	set := func(member string, v any) {
		if m := it.o.Member(member); m != nil && m.Get == nil {
			m.Value = v
		}
	}
	set("Name", name)
	set("FullName", it.full)
	set("Extension", ext)
	set("BaseName", strings.TrimSuffix(name, ext))
	set("DirectoryName", parentOf(it.full))
	set("__hostpath", dst)
	full := it.full
	it.o.Add(&object.Member{Name: "ToString", Kind: object.Method, Type: "string ToString()", Call: func([]any) (any, error) { return full, nil }})
	return object.Null, nil
}

// refresh is FileSystemInfo.Refresh: Exists and Length are read again
// (.NET caches them when the object is made).
func (it *fsItem) refresh(args []any) (any, error) {
	if len(args) != 0 {
		return nil, members.ErrNoOverload
	}
	fi, err := os.Stat(it.host)
	dir := it.o.TypeName() == "System.IO.DirectoryInfo"
	exists := err == nil && fi.IsDir() == dir
	if m := it.o.Member("Exists"); m != nil {
		m.Value = exists
	}
	if m := it.o.Member("Length"); m != nil && exists {
		m.Value = fi.Size()
	}
	return object.Null, nil
}
