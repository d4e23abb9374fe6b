package items

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// dirLink is a symbolic link (or junction) to a folder: the FileSystem
// provider lists it as a DirectoryInfo with the l mode flag, among the
// folders, and does not follow it when recursing.
type dirLink struct{ os.FileInfo }

func (d dirLink) IsDir() bool       { return true }
func (d dirLink) Mode() fs.FileMode { return d.FileInfo.Mode() | fs.ModeDir }

// listInfos is a folder's entries as the FileSystem provider lists
// them: folders (links to folders included) first, then files, each by
// name without case.
func listInfos(dir string, ents []os.DirEntry) []os.FileInfo {
	out := make([]os.FileInfo, 0, len(ents))
	for _, e := range ents {
		fi, err := e.Info()
		if err != nil {
			continue
		}
		if fi.Mode()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && st.IsDir() {
				fi = dirLink{fi}
			}
		}
		out = append(out, fi)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if di, dj := out[i].IsDir(), out[j].IsDir(); di != dj {
			return di
		}
		return strings.ToLower(out[i].Name()) < strings.ToLower(out[j].Name())
	})
	return out
}

// itemInfo is the file information of the item at host as Get-Item
// shows it: a link is the link (a folder link a folder).
func itemInfo(host string) (os.FileInfo, error) {
	fi, err := os.Lstat(host)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		return fi, err
	}
	st, err := os.Stat(host)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return dirLink{fi}, nil
	}
	return fi, nil
}
