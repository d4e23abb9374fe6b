package items

import (
	"os"
	"path/filepath"
)

// copyTreeKeep copies a file, or a folder with (under -Recurse) its
// content, keeping the files keep accepts (all when keep is nil);
// folders are always created, as the FileSystem provider applies
// -Filter, -Include and -Exclude to the files it copies.
func copyTreeKeep(src, dst string, recurse bool, keep func(os.FileInfo) bool) error {
	fi, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return copyFileBytes(src, dst)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if !recurse {
		return nil
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if keep != nil {
			efi, err := os.Stat(filepath.Join(src, e.Name()))
			if err != nil || !efi.IsDir() && !keep(efi) {
				continue
			}
		}
		if err := copyTreeKeep(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()), true, keep); err != nil {
			return err
		}
	}
	return nil
}

// copyFlat is Copy-Item -Container:$false of a folder: every folder
// below src is created in dst by name, and every file (that keep
// accepts) is copied into dst itself, a later file of the same name
// overwriting an earlier one.
func copyFlat(src, dst string, recurse bool, keep func(os.FileInfo) bool) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	sortEntries(ents)
	var dirs []string
	for _, e := range ents {
		p := filepath.Join(src, e.Name())
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if fi.IsDir() {
			if err := os.MkdirAll(filepath.Join(dst, e.Name()), 0o755); err != nil {
				return err
			}
			dirs = append(dirs, p)
			continue
		}
		if keep(fi) {
			if err := copyTree(p, filepath.Join(dst, e.Name()), false); err != nil {
				return err
			}
		}
	}
	if !recurse {
		return nil
	}
	for _, d := range dirs {
		if err := copyFlat(d, dst, true, keep); err != nil {
			return err
		}
	}
	return nil
}
