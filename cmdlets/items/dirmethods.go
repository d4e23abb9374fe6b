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

// addDirMethods gives a DirectoryInfo its .NET methods and the Parent and
// Root properties as DirectoryInfo objects. Windows PowerShell 5.1 runs
// on .NET Framework, where Parent shows as the folder's name and Root as
// the drive's root.
func addDirMethods(s *pipeline.Session, o *object.PSObject, hostPath, full string) {
	it := &fsItem{s: s, o: o, host: hostPath, full: full}
	if m := o.Member("Parent"); m != nil {
		m.Type = "System.IO.DirectoryInfo"
		shown, _ := m.Value.(string)
		if full == "/" || paths.DriveLetter(full) != 0 && len(strings.TrimRight(full, `\`)) == 2 {
			shown = "" // a root has no parent
		}
		m.Value = nil
		m.Get = func() any {
			if shown == "" {
				return nil // a root has no parent
			}
			return it.dirObject(filepath.Dir(it.host), shown)
		}
	}
	if m := o.Member("Root"); m != nil {
		m.Type = "System.IO.DirectoryInfo"
		root, _ := m.Value.(string)
		m.Value = nil
		m.Get = func() any {
			h, err := resolveHost(s, root)
			if err != nil {
				return root
			}
			return it.dirObject(h, root)
		}
	}
	list := func(name string, files, dirs bool) {
		kind := "System.IO.FileInfo"
		switch {
		case files && dirs:
			kind = "System.IO.FileSystemInfo"
		case dirs:
			kind = "System.IO.DirectoryInfo"
		}
		ret := kind + "[] "
		if strings.HasPrefix(name, "Enumerate") {
			ret = "System.Collections.Generic.IEnumerable[" + kind + "] "
		}
		def := ret + name + "(), " + ret + name + "(string searchPattern), " + ret + name + "(string searchPattern, System.IO.SearchOption searchOption)"
		it.method(name, def, func(args []any) (any, error) { return it.list(args, files, dirs) })
	}
	list("GetFiles", true, false)
	list("GetDirectories", false, true)
	list("GetFileSystemInfos", true, true)
	list("EnumerateFiles", true, false)
	list("EnumerateDirectories", false, true)
	list("EnumerateFileSystemInfos", true, true)
	it.method("CreateSubdirectory", "System.IO.DirectoryInfo CreateSubdirectory(string path)", it.createSubdirectory)
	it.method("Create", "void Create()", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		if err := os.MkdirAll(it.host, 0o755); err != nil {
			return nil, it.accessError(err)
		}
		return object.Null, nil
	})
	it.method("Delete", "void Delete(), void Delete(bool recursive)", it.deleteDir)
	it.method("MoveTo", "void MoveTo(string destDirName)", it.moveTo)
	it.method("Refresh", "void Refresh()", it.refresh)
}

// list is DirectoryInfo.GetFiles, GetDirectories and GetFileSystemInfos
// (and their Enumerate forms): the entries whose names match the .NET
// search pattern (* and ?), folders before files in each folder, names
// ordered without case as NTFS returns them; AllDirectories searches the
// subfolders too.
func (it *fsItem) list(args []any, files, dirs bool) (any, error) {
	if len(args) > 2 {
		return nil, members.ErrNoOverload
	}
	pattern := "*"
	if len(args) >= 1 {
		p, err := pathArg(args, 0, "searchPattern")
		if err != nil {
			return nil, err
		}
		pattern = p
	}
	all := false
	if len(args) == 2 {
		opt, err := dotnet.Convert(args[1], "System.IO.SearchOption")
		if err != nil {
			return nil, err
		}
		all = dotnet.ToString(opt) == "AllDirectories"
	}
	if st, err := os.Stat(it.host); err != nil || !st.IsDir() {
		return nil, &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path '" + it.full + "'."}
	}
	out := []any{}
	var walk func(host string)
	walk = func(host string) {
		ents, err := os.ReadDir(host)
		if err != nil {
			return
		}
		infos := listInfos(host, ents)
		for _, fi := range infos {
			if (fi.IsDir() && dirs || !fi.IsDir() && files) && dotnetPatternMatch(pattern, fi.Name()) {
				out = append(out, enumeratedItem(it.s, filepath.Join(host, fi.Name()), fi))
			}
		}
		if all {
			for _, fi := range infos {
				if fi.IsDir() {
					walk(filepath.Join(host, fi.Name()))
				}
			}
		}
	}
	walk(it.host)
	return out, nil
}

// dotnetPatternMatch matches a .NET search pattern: * any run, ? one
// character, no case; "*.*" is every name, as on Windows.
func dotnetPatternMatch(pattern, name string) bool {
	if pattern == "*.*" {
		return true
	}
	p, n := []rune(strings.ToLower(pattern)), []rune(strings.ToLower(name))
	var match func(i, j int) bool
	match = func(i, j int) bool {
		for i < len(p) {
			switch p[i] {
			case '*':
				for k := j; k <= len(n); k++ {
					if match(i+1, k) {
						return true
					}
				}
				return false
			case '?':
				if j >= len(n) {
					return false
				}
			default:
				if j >= len(n) || p[i] != n[j] {
					return false
				}
			}
			i++
			j++
		}
		return j == len(n)
	}
	return match(0, 0)
}

// createSubdirectory is DirectoryInfo.CreateSubdirectory: the new (or
// existing) folder's DirectoryInfo.
func (it *fsItem) createSubdirectory(args []any) (any, error) {
	if len(args) != 1 {
		return nil, members.ErrNoOverload
	}
	name, err := pathArg(args, 0, "path")
	if err != nil {
		return nil, err
	}
	if paths.DriveLetter(name) != 0 || strings.HasPrefix(name, `\`) || strings.HasPrefix(name, "/") {
		return nil, &object.Exception{Type: "System.ArgumentException",
			Message: "The directory specified, '" + name + "', is not a subdirectory of '" + it.full + "'.\r\nParameter name: path"}
	}
	host := filepath.Join(it.host, filepath.FromSlash(strings.ReplaceAll(name, `\`, "/")))
	if err := os.MkdirAll(host, 0o755); err != nil {
		if errors.Is(err, syscall.ENOTDIR) || errors.Is(err, fs.ErrExist) {
			return nil, &object.Exception{Type: "System.IO.IOException", Message: "Cannot create '" + paths.Display(it.s, host) + "' because a file or directory with the same name already exists."}
		}
		return nil, it.accessError(err)
	}
	return it.fresh(host)
}

// deleteDir is DirectoryInfo.Delete: a folder with content needs
// recursive $true.
func (it *fsItem) deleteDir(args []any) (any, error) {
	if len(args) > 1 {
		return nil, members.ErrNoOverload
	}
	recursive := len(args) == 1 && dotnet.ToBool(args[0])
	if st, err := os.Stat(it.host); err != nil || !st.IsDir() {
		return nil, &object.Exception{Type: "System.IO.DirectoryNotFoundException", Message: "Could not find a part of the path '" + it.full + "'."}
	}
	var err error
	if recursive {
		err = os.RemoveAll(it.host)
	} else {
		err = os.Remove(it.host)
	}
	if err != nil {
		if errors.Is(err, syscall.ENOTEMPTY) || errors.Is(err, syscall.EEXIST) {
			return nil, &object.Exception{Type: "System.IO.IOException", Message: "The directory is not empty."}
		}
		return nil, it.accessError(err)
	}
	return object.Null, nil
}
