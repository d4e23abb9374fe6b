package items

import (
	"os"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// attributesMember is FileSystemInfo.Attributes: the FileAttributes the
// host file system can tell (ReadOnly from the write bit, Hidden for a
// dot name, Directory or Archive), settable as in .NET: setting it
// applies ReadOnly to the file's write permission, the one attribute a
// Linux file system keeps.
func attributesMember(hostPath string, fi os.FileInfo) *object.Member {
	m := &object.Member{Name: "Attributes", Kind: object.Property, Type: "System.IO.FileAttributes",
		Value: fileAttributes(fi.Mode().Perm()&0o200 == 0, strings.HasPrefix(fi.Name(), "."), fi.IsDir())}
	m.Set = func(v any) error {
		e, err := dotnet.Convert(v, "System.IO.FileAttributes")
		if err != nil {
			return err
		}
		ro := false
		if en, ok := e.(dotnet.Enum); ok {
			ro = en.Value&1 != 0
		}
		st, err := os.Stat(hostPath)
		if err != nil {
			return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
		}
		perm := st.Mode().Perm() | 0o200
		if ro {
			perm &^= 0o222
		}
		if err := os.Chmod(hostPath, perm); err != nil {
			return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
		}
		m.Value = fileAttributes(ro, strings.HasPrefix(st.Name(), "."), st.IsDir())
		return nil
	}
	return m
}

// fileAttributes is the FileAttributes value of a file or directory,
// as an enum value when the type is known (it shows as "ReadOnly,
// Archive").
func fileAttributes(readOnly, hidden, dir bool) any {
	var parts []string
	if readOnly {
		parts = append(parts, "ReadOnly")
	}
	if hidden {
		parts = append(parts, "Hidden")
	}
	if dir {
		parts = append(parts, "Directory")
	} else {
		parts = append(parts, "Archive")
	}
	s := strings.Join(parts, ", ")
	if e, err := dotnet.Convert(s, "System.IO.FileAttributes"); err == nil {
		return e
	}
	return s
}
