package format

import (
	"strings"
)

// registerFileLists adds FileSystem.format.ps1xml's list views (what
// Format-List shows for Get-Item and Get-ChildItem without -Property):
// the times, Mode, LinkType, Target and, for files, Length and
// VersionInfo.
func registerFileLists(byFolder *Group) {
	prop := func(name string) Column { return Column{Property: name} }
	empty := Column{Label: "LinkType", Expr: func(any) (any, error) { return nil, nil }}
	target := Column{Label: "Target", Expr: func(any) (any, error) { return []any{}, nil }}
	registerView("System.IO.FileInfo", &View{Name: "FileSystemTypes", Kind: ListKind, GroupBy: byFolder, Columns: []Column{
		prop("Name"), prop("Length"), prop("CreationTime"), prop("LastWriteTime"), prop("LastAccessTime"),
		prop("Mode"), empty, target, {Label: "VersionInfo", Expr: versionInfo},
	}})
	registerView("System.IO.DirectoryInfo", &View{Name: "FileSystemTypes", Kind: ListKind, GroupBy: byFolder, Columns: []Column{
		prop("Name"), prop("CreationTime"), prop("LastWriteTime"), prop("LastAccessTime"),
		prop("Mode"), empty, target,
	}})
}

// versionInfo is FileVersionInfo.ToString() for a file without version
// resources (every file of the lab): the labels with empty values.
func versionInfo(v any) (any, error) {
	full, _ := propValue(v, "FullName")
	rows := [][2]string{
		{"File:", toString(full)}, {"InternalName:", ""}, {"OriginalFilename:", ""},
		{"FileVersion:", ""}, {"FileDescription:", ""}, {"Product:", ""}, {"ProductVersion:", ""},
		{"Debug:", "False"}, {"Patched:", "False"}, {"PreRelease:", "False"},
		{"PrivateBuild:", "False"}, {"SpecialBuild:", "False"}, {"Language:", ""},
	}
	var sb strings.Builder
	for i, r := range rows {
		if i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(r[0] + strings.Repeat(" ", 18-len(r[0])) + r[1])
	}
	return sb.String(), nil
}
