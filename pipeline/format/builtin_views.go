package format

import (
	"fmt"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Views that Windows PowerShell 5.1 ships in its *.format.ps1xml files
// for the types cspsh produces. Cmdlet families register the views of
// their own types (certificate assignments) with RegisterView. They are
// registered when the view table is first used (loadViews).
func registerBuiltinViews() {
	registerView("System.DateTime", &View{Name: "DateTime", Kind: CustomKind, Render: func(v any) string {
		if t, ok := v.(time.Time); ok {
			return dotnet.FormatDateDefault(t)
		}
		return toString(v)
	}})
	registerView("System.Collections.DictionaryEntry", &View{Name: "Dictionary", Kind: TableKind, Columns: []Column{
		{Label: "Name", Property: "Name", Width: 30},
		{Label: "Value", Property: "Value"},
	}})
	// Format-List of dictionary entries shows Name and Value only (the
	// DictionaryEntry list view), not the Key property as well.
	registerView("System.Collections.DictionaryEntry", &View{Name: "System.Collections.DictionaryEntry", Kind: ListKind, Columns: []Column{
		{Property: "Name"}, {Property: "Value"},
	}})
	// PowerShellCore.format.ps1xml shows a PathInfo by its Path alone.
	registerView("System.Management.Automation.PathInfo", &View{Name: "PathInfo", Kind: TableKind, Columns: []Column{
		{Label: "Path", Property: "Path"},
	}})
	// PowerShellCore.format.ps1xml shows a method ('abc'.ToUpper) as its
	// overloads, one per line.
	registerView("System.Management.Automation.PSMethod", &View{Name: "System.Management.Automation.PSMethod", Kind: TableKind, Wrap: true, Columns: []Column{
		{Label: "OverloadDefinitions", Expr: func(v any) (any, error) {
			o, ok := v.(*object.PSObject)
			if !ok {
				return nil, nil
			}
			defs, _ := o.Prop("OverloadDefinitions")
			return dotnet.ToStringOFS(defs, "\n"), nil
		}},
	}})
	// DotNetTypes.format.ps1xml's CultureInfo table: [cultureinfo]'de-DE'
	// and 1031 -as [cultureinfo] show as Get-Culture does.
	registerView("System.Globalization.CultureInfo", &View{Name: "CultureInfo", Kind: TableKind, Columns: []Column{
		{Property: "LCID", Width: 16, Align: AlignLeft},
		{Property: "Name", Width: 16, Align: AlignLeft},
		{Property: "DisplayName", Align: AlignLeft},
	}})
	registerView("System.TimeSpan", &View{Name: "System.TimeSpan", Kind: ListKind, Columns: timeSpanColumns()})
	registerView("System.RuntimeType", &View{Name: "System.RuntimeType", Kind: TableKind, Columns: []Column{
		{Label: "IsPublic", Width: 8, Expr: func(any) (any, error) { return true, nil }},
		{Label: "IsSerial", Width: 8, Expr: func(any) (any, error) { return true, nil }},
		{Label: "Name", Width: 40, Expr: func(v any) (any, error) { return typeField(v, false), nil }},
		{Label: "BaseType", Expr: func(v any) (any, error) { return typeField(v, true), nil }},
	}})
	registerView("System.Security.Cryptography.X509Certificates.X509Certificate2", &View{
		Name: "ThumbprintTable", Kind: TableKind,
		GroupBy: &Group{Column: Column{Property: "PSParentPath"}},
		Columns: []Column{
			{Label: "Thumbprint", Property: "Thumbprint", Width: 41},
			{Label: "Subject", Property: "Subject"},
		},
	})
	// Certificate.format.ps1xml's list view, for Format-List.
	registerView("System.Security.Cryptography.X509Certificates.X509Certificate2", &View{
		Name: "ThumbprintList", Kind: ListKind,
		Columns: []Column{
			{Property: "Subject"}, {Property: "Issuer"}, {Property: "Thumbprint"}, {Property: "FriendlyName"},
			{Property: "NotBefore"}, {Property: "NotAfter"},
			// $_.Extensions | ForEach-Object Oid: shown as
			// {System.Security.Cryptography.Oid, …} in 5.1.
			{Label: "Extensions", Expr: extensionOids},
		},
	})
	registerView("System.Security.Cryptography.X509Certificates.X509Certificate2", &View{
		Name: "ThumbprintWide", Kind: WideKind, Columns: []Column{{Property: "Thumbprint"}},
	})
	// FileSystem.format.ps1xml groups every view of files by folder.
	byFolder := &Group{Column: Column{Property: "PSParentPath"}, Header: func(parent string) string {
		return "    Directory: " + strings.TrimPrefix(parent, "Microsoft.PowerShell.Core\\FileSystem::") + "\n"
	}}
	fileView := &View{
		Name: "children", Kind: TableKind,
		GroupBy: byFolder,
		Columns: []Column{
			{Label: "Mode", Property: "Mode", Width: 7, Align: AlignLeft},
			{Label: "LastWriteTime", Width: 25, Align: AlignRight, Expr: lastWriteTime},
			{Label: "Length", Property: "Length", Width: 14, Align: AlignRight},
			{Label: "Name", Property: "Name"},
		},
	}
	registerView("System.IO.FileInfo", fileView)
	registerView("System.IO.DirectoryInfo", fileView)
	// The wide view shows directories in brackets.
	fileWide := &View{Name: "children", Kind: WideKind, Columns: []Column{{Label: "Name", Expr: func(v any) (any, error) {
		name, _ := propValue(v, "Name")
		for _, t := range typeNames(v) {
			if t == "System.IO.DirectoryInfo" {
				return "[" + toString(name) + "]", nil
			}
		}
		return name, nil
	}}}}
	fileWide.GroupBy = byFolder
	registerView("System.IO.FileInfo", fileWide)
	registerView("System.IO.DirectoryInfo", fileWide)
	registerFileLists(byFolder)
	registerView("Microsoft.PowerShell.Commands.MatchInfo", &View{Name: "MatchInfo", Kind: CustomKind, Render: matchInfoText})
	registerView("Microsoft.PowerShell.Commands.GroupInfo", &View{Name: "GroupInfo", Kind: TableKind, Columns: []Column{
		{Label: "Count", Property: "Count", Width: 5, Align: AlignRight},
		{Label: "Name", Property: "Name", Width: 25},
		{Label: "Group", Property: "Group"},
	}})
	// DotNetTypes.format.ps1xml: a version is a four-column table of fixed
	// widths ($PSVersionTable.PSVersion's familiar look), not a list.
	registerView("System.Version", &View{Name: "System.Version", Kind: TableKind, Columns: []Column{
		{Label: "Major", Property: "Major", Width: 6},
		{Label: "Minor", Property: "Minor", Width: 6},
		{Label: "Build", Property: "Build", Width: 6},
		{Label: "Revision", Property: "Revision", Width: 8},
	}})
	registerView("Microsoft.PowerShell.Commands.GenericMeasureInfo", &View{Name: "GenericMeasureInfo", Kind: ListKind, Columns: []Column{
		{Property: "Count"}, {Property: "Average"}, {Property: "Sum"},
		{Property: "Maximum"}, {Property: "Minimum"}, {Property: "Property"},
	}})
	for _, r := range []struct{ typ, prefix string }{
		{"System.Management.Automation.WarningRecord", "WARNING: "},
		{"System.Management.Automation.VerboseRecord", "VERBOSE: "},
		{"System.Management.Automation.DebugRecord", "DEBUG: "},
	} {
		prefix := r.prefix
		registerView(r.typ, &View{Name: r.typ, Kind: CustomKind, OutOfBand: true, Render: func(v any) string {
			m, _ := propValue(v, "Message")
			return prefix + toString(m)
		}})
	}
	registerView("System.Management.Automation.InformationRecord", &View{Name: "InformationRecord", Kind: CustomKind, OutOfBand: true, Render: func(v any) string {
		m, _ := propValue(v, "MessageData")
		if hm, ok := asHostMessage(m); ok {
			return hm.Message
		}
		return toString(m)
	}})
}

// timeSpanColumns are the TimeSpan list view's entries, computed from
// the ticks.
func timeSpanColumns() []Column {
	part := func(name string, f func(t object.TimeSpan) any) Column {
		return Column{Label: name, Expr: func(v any) (any, error) {
			t, ok := v.(object.TimeSpan)
			if !ok {
				val, _ := propValue(v, name)
				return val, nil
			}
			return f(t), nil
		}}
	}
	return []Column{
		part("Days", func(t object.TimeSpan) any { return int32(t / object.TicksPerDay) }),
		part("Hours", func(t object.TimeSpan) any { return int32(t / object.TicksPerHour % 24) }),
		part("Minutes", func(t object.TimeSpan) any { return int32(t / object.TicksPerMinute % 60) }),
		part("Seconds", func(t object.TimeSpan) any { return int32(t / object.TicksPerSecond % 60) }),
		part("Milliseconds", func(t object.TimeSpan) any { return int32(t / object.TicksPerMillisecond % 1000) }),
		part("Ticks", func(t object.TimeSpan) any { return int64(t) }),
		part("TotalDays", func(t object.TimeSpan) any { return t.Total(object.TicksPerDay) }),
		part("TotalHours", func(t object.TimeSpan) any { return t.Total(object.TicksPerHour) }),
		part("TotalMinutes", func(t object.TimeSpan) any { return t.Total(object.TicksPerMinute) }),
		part("TotalSeconds", func(t object.TimeSpan) any { return t.Total(object.TicksPerSecond) }),
		part("TotalMilliseconds", func(t object.TimeSpan) any { return t.Total(object.TicksPerMillisecond) }),
	}
}

// typeField is a type literal's Name or BaseType column.
func typeField(v any, base bool) string {
	t, ok := v.(*object.TypeValue)
	if !ok {
		return ""
	}
	if !base {
		return t.Name
	}
	return dotnet.BaseType(t.FullName)
}

// lastWriteTime is the FileSystem view's date column:
// [String]::Format("{0,10}  {1,8}", $_.LastWriteTime.ToString("d"), $_.LastWriteTime.ToString("t")).
func lastWriteTime(v any) (any, error) {
	val, _ := propValue(v, "LastWriteTime")
	t, ok := val.(time.Time)
	if !ok {
		return nil, nil
	}
	return fmt.Sprintf("%10s  %8s", dotnet.FormatDate(t, "d"), dotnet.FormatDate(t, "t")), nil
}

// matchInfoText is MatchInfo.ToString(): the line alone for input piped
// in as text, otherwise "path:line:text".
func matchInfoText(v any) string {
	line, _ := propValue(v, "Line")
	path, _ := propValue(v, "Path")
	num, _ := propValue(v, "LineNumber")
	p := toString(path)
	if p == "" || p == "InputStream" {
		return toString(line)
	}
	return p + ":" + toString(num) + ":" + toString(line)
}

// extensionOids is the certificate list view's Extensions entry: the Oid
// of each extension.
func extensionOids(v any) (any, error) {
	exts, _ := propValue(v, "Extensions")
	items, ok := enumerate(exts)
	if !ok {
		return exts, nil
	}
	out := make([]any, 0, len(items))
	for _, e := range items {
		oid, _ := propValue(e, "Oid")
		out = append(out, oid)
	}
	return out, nil
}
