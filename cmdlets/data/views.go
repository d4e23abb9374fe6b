package data

import (
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// registerViews adds the displays of this family's types: cultures as
// 5.1's LCID/Name/DisplayName table, SecureStrings as their type name,
// Get-Date -DisplayHint results as only the date or the time, and
// Format-Hex's ByteCollections as hexadecimal rows.
func registerViews() {
	format.RegisterView(CultureInfoType, &format.View{Name: "CultureInfo", Kind: format.TableKind, Columns: []format.Column{
		{Property: "LCID", Width: 16, Align: format.AlignLeft},
		{Property: "Name", Width: 16, Align: format.AlignLeft},
		{Property: "DisplayName", Align: format.AlignLeft},
	}})
	format.RegisterView(SecureStringType, &format.View{Name: "SecureString", Kind: format.CustomKind,
		Render: func(any) string { return SecureStringType }})
	// Format-Hex's rows under a header per file (or per run of input
	// without a path), as the 5.1 reference page shows them.
	format.RegisterView(ByteCollectionType, &format.View{Name: "ByteCollection", Kind: format.CustomKind,
		GroupBy: &format.Group{Column: format.Column{Label: "Path", Expr: byteCollectionGroupKey}, Header: byteCollectionHeader},
		Render: func(v any) string {
			rows, _, _ := byteCollectionParts(v)
			return rows
		}})
	base, _ := format.LookupView("System.DateTime")
	if base != nil && base.Render != nil && base.Name != "DateTimeHint" {
		inner := base.Render
		format.RegisterView("System.DateTime", &format.View{Name: "DateTimeHint", Kind: base.Kind, Render: func(v any) string {
			if s, ok := hintText(v); ok {
				return s
			}
			return inner(v)
		}})
	}
}

// hintText renders a DateTime that carries a DisplayHint note property.
func hintText(v any) (string, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return "", false
	}
	t, ok := o.Base.(time.Time)
	if !ok {
		return "", false
	}
	m := o.Member("DisplayHint")
	if m == nil {
		return dotnet.FormatDateDefault(t), true
	}
	switch dotnet.ToString(m.GetValue()) {
	case "Date":
		return dotnet.FormatDate(t, "dddd, MMMM d, yyyy"), true
	case "Time":
		return dotnet.FormatDate(t, "h:mm:ss tt"), true
	}
	return dotnet.FormatDateDefault(t), true
}
