package session

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

const commandInfoType = "System.Management.Automation.CommandInfo"

// moduleVersion is the version Windows PowerShell 5.1 reports for the
// module of one of its built-in cmdlets. A switch, not a map: a map
// literal is built at start-up.
func moduleVersion(module string) (string, bool) {
	switch module {
	case "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Security", "Microsoft.PowerShell.Host":
		return "3.0.0.0", true
	case "Microsoft.PowerShell.Utility", "Microsoft.PowerShell.Management":
		return "3.1.0.0", true
	case "SkypeForBusiness":
		return "7.0.0.0", true
	}
	return "", false
}

func commandVersion(ci *pipeline.CommandInfo) string {
	if ci.Version != "" {
		return ci.Version
	}
	if ci.Kind == pipeline.KindCmdlet {
		if v, ok := moduleVersion(ci.Module); ok {
			return v
		}
		if ci.Module != "" {
			return "1.0.0.0"
		}
	}
	return ""
}

// commandTypeNames are the .NET types of each command kind, most derived
// first.
func commandTypeNames(k pipeline.CommandKind) []string {
	var t string
	switch k {
	case pipeline.KindCmdlet:
		t = "System.Management.Automation.CmdletInfo"
	case pipeline.KindFunction:
		t = "System.Management.Automation.FunctionInfo"
	case pipeline.KindFilter:
		t = "System.Management.Automation.FilterInfo"
	case pipeline.KindAlias:
		t = "System.Management.Automation.AliasInfo"
	case pipeline.KindApplication:
		t = "System.Management.Automation.ApplicationInfo"
	case pipeline.KindExternalScript:
		t = "System.Management.Automation.ExternalScriptInfo"
	}
	return []string{t, commandInfoType, "System.Object"}
}

// commandObject is the CommandInfo object Get-Command and Get-Alias
// return.
func commandObject(rt pipeline.Runtime, ci *pipeline.CommandInfo) *object.PSObject {
	if ci.Kind == pipeline.KindAlias {
		return aliasObject(rt, ci)
	}
	display := ci.Name
	definition := ""
	source, module := ci.Module, ci.Module
	switch ci.Kind {
	case pipeline.KindCmdlet:
		definition = strings.TrimPrefix(pipeline.Syntax(ci), "\n")
	case pipeline.KindFunction, pipeline.KindFilter:
		if s, ok := ci.Script.(fmt.Stringer); ok {
			definition = s.String()
		}
	case pipeline.KindApplication, pipeline.KindExternalScript:
		definition = ci.Path
		source = ci.Path
	}
	o := newObject(commandTypeNames(ci.Kind),
		prop{"HelpUri", ci.HelpURI},
		prop{"Name", ci.Name},
		prop{"CommandType", ci.Kind.String()},
		prop{"Definition", definition},
		prop{"DisplayName", display},
		prop{"Version", commandVersion(ci)},
		prop{"Source", source},
		prop{"ModuleName", module},
		prop{"Module", nil},
		prop{"Visibility", "Public"},
		prop{"RemotingCapability", "PowerShell"},
	)
	// CommandInfo.ToString() is the command's name, so a list of
	// commands shows as {Get-Acl, Get-Alias, …} (Group-Object Example 6).
	name := ci.Name
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return name, nil }})
	if ci.Kind == pipeline.KindCmdlet || ci.Kind == pipeline.KindFunction || ci.Kind == pipeline.KindFilter {
		if i := strings.Index(ci.Name, "-"); i > 0 {
			o.SetProp("Verb", ci.Name[:i])
			o.SetProp("Noun", ci.Name[i+1:])
		}
		if sb, ok := ci.Script.(interface{ ScriptBlock() object.ScriptBlock }); ok {
			o.SetProp("ScriptBlock", sb.ScriptBlock())
		}
		if ci.Kind != pipeline.KindCmdlet {
			// FunctionInfo.CmdletBinding: [CmdletBinding()] or [Parameter()].
			o.SetProp("CmdletBinding", ci.CmdletBinding)
		}
		o.SetProp("ImplementingType", ci.TypeName)
		o.SetProp("DefaultParameterSet", ci.DefaultSet)
		o.SetProp("OutputType", outputTypes(ci))
		o.SetProp("Parameters", parameterTable(ci))
		o.SetProp("ParameterSets", parameterSets(ci))
	}
	if ci.Kind == pipeline.KindExternalScript {
		// ExternalScriptInfo: the script's param() block, as
		// CommandInfo.Parameters and ParameterSets show it.
		o.SetProp("Parameters", parameterTable(ci))
		o.SetProp("ParameterSets", parameterSets(ci))
	}
	asNetProperties(o)
	return o
}

// parameterTable is CommandInfo.Parameters: name → parameter metadata.
func parameterTable(ci *pipeline.CommandInfo) *object.Hashtable {
	h := object.NewHashtable(false)
	h.InsertionOrder = true // a Dictionary[string,ParameterMetadata]
	add := func(p *pipeline.ParamDecl) {
		aliases := make([]any, len(p.Aliases))
		for i, a := range p.Aliases {
			aliases[i] = a
		}
		var sets []any
		for _, s := range p.Sets {
			sets = append(sets, s.Set)
		}
		if sets == nil {
			sets = []any{pipeline.AllSets}
		}
		h.Set(p.Name, newObject([]string{"System.Management.Automation.ParameterMetadata", "System.Object"},
			prop{"Name", p.Name}, prop{"ParameterType", parameterType(p)}, prop{"ParameterSets", sets},
			prop{"IsDynamic", false}, prop{"Aliases", aliases}, prop{"Attributes", []any{}},
			prop{"SwitchParameter", p.IsSwitch()}))
	}
	for _, p := range ci.Params {
		add(p)
	}
	if ci.Kind == pipeline.KindCmdlet || ci.CmdletBinding {
		for _, p := range pipeline.CommonParams {
			add(p)
		}
		if ci.SupportsShouldProcess {
			for _, p := range pipeline.ShouldProcessParams {
				add(p)
			}
		}
	}
	return h
}
