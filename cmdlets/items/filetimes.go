package items

import (
	"os"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// fileTimeMember is one of a file item's time properties. Assigning it
// ((Get-Item f).LastWriteTime = '2/13/2019 08:55') changes the file's
// time as FileSystemInfo's setters do; the host keeps one modification
// time, so every time property reads it.
func fileTimeMember(hostPath, name string, t time.Time) *object.Member {
	utc := strings.HasSuffix(name, "Utc")
	m := &object.Member{Name: name, Kind: object.Property, Type: "datetime"}
	m.Value = t
	if utc {
		m.Value = t.UTC()
	}
	m.Set = func(v any) error {
		c, err := dotnet.Convert(v, "System.DateTime")
		if err != nil {
			return err
		}
		nt := c.(time.Time)
		if err := os.Chtimes(hostPath, nt, nt); err != nil {
			return &object.Exception{Type: "System.IO.IOException", Message: err.Error()}
		}
		m.Value = nt.Local()
		if utc {
			m.Value = nt.UTC()
		}
		return nil
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
