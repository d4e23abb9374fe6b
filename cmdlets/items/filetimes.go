package items

import (
	"os"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// fileTimes holds a file item's times as FileSystemInfo caches them:
// read from the stat the item was made from, and read again after one of
// them is assigned, so the others show the file as it now is.
type fileTimes struct {
	hostPath              string
	link                  bool
	access, write, change time.Time
	birth                 time.Time
	hasBirth, birthRead   bool
}

func newFileTimes(hostPath string, fi os.FileInfo) *fileTimes {
	ft := &fileTimes{hostPath: hostPath, link: fi.Mode()&os.ModeSymlink != 0}
	ft.access, ft.write, ft.change = hostStamps(fi)
	return ft
}

// creation is CreationTime: a time set through CreationTime when one
// was, else as .NET reads it on Linux: the birth time when the file
// system keeps one, else the older of the status-change and write times.
// It costs system calls, so it is read only when asked for (a directory
// listing shows LastWriteTime alone).
func (ft *fileTimes) creation() time.Time {
	if !ft.birthRead {
		ft.birth, ft.hasBirth = storedCreation(ft.hostPath)
		if !ft.hasBirth {
			ft.birth, ft.hasBirth = birthTime(ft.hostPath, ft.link)
		}
		ft.birthRead = true
	}
	if ft.hasBirth {
		return ft.birth
	}
	if ft.write.Before(ft.change) {
		return ft.write
	}
	return ft.change
}

func (ft *fileTimes) get(base string) time.Time {
	switch base {
	case "CreationTime":
		return ft.creation()
	case "LastAccessTime":
		return ft.access
	}
	return ft.write
}

// set changes one time on the file. Linux has no call that sets a birth
// time: CreationTime is kept in an extended attribute, or, where the
// file system has none, written to the write time as .NET does there.
func (ft *fileTimes) set(base string, t time.Time) error {
	if base == "CreationTime" && storeCreation(ft.hostPath, t) == nil {
		ft.birthRead = false
		return nil
	}
	var atime, mtime time.Time // a zero time is left as it is
	if base == "LastAccessTime" {
		atime = t
	} else {
		mtime = t
	}
	if err := os.Chtimes(ft.hostPath, atime, mtime); err != nil {
		return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
	}
	if fi, err := os.Lstat(ft.hostPath); err == nil {
		ft.access, ft.write, ft.change = hostStamps(fi)
	}
	ft.birthRead = false
	return nil
}

// fileTimeMembers are a file item's six time properties, CreationTime
// to LastWriteTimeUtc. Assigning one ((Get-Item f).LastAccessTime =
// '2/13/2019 08:55', Set-ItemProperty f LastWriteTime …) changes that
// time on the file as FileSystemInfo's setters do.
func fileTimeMembers(hostPath string, fi os.FileInfo) []*object.Member {
	ft := newFileTimes(hostPath, fi)
	var out []*object.Member
	for _, base := range []string{"CreationTime", "LastAccessTime", "LastWriteTime"} {
		for _, utc := range []bool{false, true} {
			out = append(out, fileTimeMember(ft, base, utc))
		}
	}
	return out
}

func fileTimeMember(ft *fileTimes, base string, utc bool) *object.Member {
	name := base
	if utc {
		name += "Utc"
	}
	m := &object.Member{Name: name, Kind: object.Property, Type: "datetime"}
	m.Get = func() any {
		if utc {
			return ft.get(base).UTC()
		}
		return ft.get(base).Local()
	}
	m.Set = func(v any) error {
		c, err := dotnet.Convert(v, "System.DateTime")
		if err != nil {
			return err
		}
		t := c.(time.Time)
		if utc && t.Location() != time.UTC && t.Location() != time.Local {
			// An Unspecified DateTime given to a ...Utc setter is taken
			// as UTC (its wall clock), as FileSystemInfo does.
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
		}
		return ft.set(base, t)
	}
	return m
}

// readOnlyMember is a file's IsReadOnly: assigning it sets or clears the
// write permission, as FileInfo.IsReadOnly sets the read-only attribute.
func readOnlyMember(hostPath string, ro bool) *object.Member {
	m := &object.Member{Name: "IsReadOnly", Kind: object.Property, Type: "bool", Value: ro}
	m.Set = func(v any) error {
		want := dotnet.ToBool(v)
		fi, err := os.Stat(hostPath)
		if err != nil {
			return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
		}
		perm := fi.Mode().Perm() | 0o200
		if want {
			perm &^= 0o222
		}
		if err := os.Chmod(hostPath, perm); err != nil {
			return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
		}
		m.Value = want
		return nil
	}
	return m
}

// fileVersionInfo is a file's VersionInfo: a FileVersionInfo for a file
// without version resources (every file of the lab), whose text lists
// the empty fields as FileVersionInfo.ToString() does.
func fileVersionInfo(full string) *object.PSObject {
	o := object.NewObject("System.Diagnostics.FileVersionInfo", "System.Object")
	o.SetProp("FileName", full)
	for _, n := range []string{"InternalName", "OriginalFilename", "FileVersion", "FileDescription", "Product", "ProductVersion"} {
		o.SetProp(n, nil)
	}
	for _, n := range []string{"IsDebug", "IsPatched", "IsPreRelease", "IsPrivateBuild", "IsSpecialBuild"} {
		o.SetProp(n, false)
	}
	o.SetProp("Language", nil)
	rows := [][2]string{
		{"File:", full}, {"InternalName:", ""}, {"OriginalFilename:", ""}, {"FileVersion:", ""},
		{"FileDescription:", ""}, {"Product:", ""}, {"ProductVersion:", ""}, {"Debug:", "False"},
		{"Patched:", "False"}, {"PreRelease:", "False"}, {"PrivateBuild:", "False"},
		{"SpecialBuild:", "False"}, {"Language:", ""},
	}
	var sb strings.Builder
	for i, r := range rows {
		if i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(r[0] + strings.Repeat(" ", 18-len(r[0])) + r[1])
	}
	text := sb.String()
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o
}
