package session

import (
	"math"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// parameterSets is CommandInfo.ParameterSets: one CommandParameterSetInfo
// per set, default set first, so that `.ParameterSets.Name`,
// `.IsDefault` and `.Parameters` read as they do in PowerShell.
func parameterSets(ci *pipeline.CommandInfo) []any {
	names := pipeline.DisplaySets(ci)
	lines := pipeline.SyntaxLines(ci)
	var out []any
	for i, s := range names {
		text := ""
		if i < len(lines) {
			// CommandParameterSetInfo.ToString() is the set's syntax
			// without the command name (Get-Command -Syntax adds it).
			text = strings.TrimPrefix(strings.TrimPrefix(lines[i], ci.Name), " ")
		}
		out = append(out, parameterSetInfo(ci, s, text))
	}
	return out
}

// parameterSetInfo builds one CommandParameterSetInfo.
func parameterSetInfo(ci *pipeline.CommandInfo, set, text string) *object.PSObject {
	var params []any
	for _, sp := range pipeline.SetParams(ci, set) {
		params = append(params, commandParameterInfo(sp.Param, sp.Binding))
	}
	if ci.Kind == pipeline.KindCmdlet || ci.CmdletBinding {
		for _, p := range pipeline.CommonParams {
			params = append(params, commandParameterInfo(p, nil))
		}
	}
	o := newObject([]string{"System.Management.Automation.CommandParameterSetInfo", "System.Object"},
		prop{"Name", set},
		prop{"IsDefault", strings.EqualFold(set, ci.DefaultSet) || (ci.DefaultSet == "" && set == pipeline.AllSets)},
		prop{"Parameters", params},
	)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return text, nil }})
	return o
}

// commandParameterInfo is one parameter as a set sees it; b is nil for a
// common parameter (named, optional, in every set).
func commandParameterInfo(p *pipeline.ParamDecl, b *pipeline.SetBinding) *object.PSObject {
	// A named-only parameter's Position is Int32.MinValue in .NET.
	pos, mandatory, byValue, byName, help := int32(math.MinInt32), false, false, false, ""
	if b != nil {
		if b.Position >= 0 {
			pos = int32(b.Position)
		}
		mandatory, byValue, byName, help = b.Mandatory, b.ValueFromPipeline, b.ValueFromPipelineByPropertyName, b.HelpMessage
	}
	aliases := make([]any, len(p.Aliases))
	for i, a := range p.Aliases {
		aliases[i] = a
	}
	return newObject([]string{"System.Management.Automation.CommandParameterInfo", "System.Object"},
		prop{"Name", p.Name},
		prop{"ParameterType", parameterType(p)},
		prop{"IsMandatory", mandatory},
		prop{"IsDynamic", false},
		prop{"Position", pos},
		prop{"ValueFromPipeline", byValue},
		prop{"ValueFromPipelineByPropertyName", byName},
		prop{"ValueFromRemainingArguments", p.ValueFromRemainingArguments},
		prop{"HelpMessage", help},
		prop{"Aliases", aliases},
	)
}

// parameterType is a parameter's type as a System.Type (ParameterMetadata
// and CommandParameterInfo.ParameterType), so .Name and .FullName read as
// in PowerShell; a type cspsh cannot resolve stays its name.
func parameterType(p *pipeline.ParamDecl) any {
	name := p.Type
	if p.Enum != nil {
		name = p.Enum.FullName
	}
	if name == "" {
		name = "System.Object"
	}
	if t, ok := dotnet.ResolveType(name); ok {
		return t
	}
	return name
}
