package core

import (
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// MemberDefinitionType is the type name of Get-Member's output.
const MemberDefinitionType = "Microsoft.PowerShell.Commands.MemberDefinition"

// registerViews adds the displays of this family's own result types that
// the built-in view table does not have, and refines MatchInfo's so that
// -Context lines show.
func registerViews() {
	format.RegisterView(MatchInfoType, &format.View{Name: "MatchInfo", Kind: format.CustomKind, Render: func(v any) string {
		if o, ok := v.(*object.PSObject); ok {
			return MatchInfoDisplay(o)
		}
		return ""
	}})
	format.RegisterView(GroupInfoNoElementType, &format.View{Name: "GroupInfoNoElement", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Count", Property: "Count", Width: 5, Align: format.AlignRight},
		{Label: "Name", Property: "Name"},
	}})
	format.RegisterView(TextMeasureInfoType, &format.View{Name: "TextMeasureInfo", Kind: format.TableKind, Columns: []format.Column{
		{Property: "Lines", Align: format.AlignRight},
		{Property: "Words", Align: format.AlignRight},
		{Property: "Characters", Align: format.AlignRight},
		{Property: "Property"},
	}})
	format.RegisterView(MemberDefinitionType, &format.View{Name: "MemberDefinition", Kind: format.TableKind, AutoSize: true,
		GroupBy: &format.Group{Column: format.Column{Label: "TypeName", Property: "TypeName"}},
		Columns: []format.Column{{Property: "Name"}, {Property: "MemberType"}, {Property: "Definition"}},
	})
}
