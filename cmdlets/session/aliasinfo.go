package session

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// aliasObject is the AliasInfo Get-Alias and Get-Command return: its
// properties in the order Format-List * shows them (New-Alias Example 2:
// HelpUri, ResolvedCommandName, DisplayName, ReferencedCommand,
// ResolvedCommand, Definition, Options, Description, OutputType, Name,
// CommandType, Source, Version, Visibility, ModuleName, Module,
// RemotingCapability, Parameters, ParameterSets), as .NET properties.
// What describes the command it runs comes from that command.
func aliasObject(rt pipeline.Runtime, ci *pipeline.CommandInfo) *object.PSObject {
	ci = withAliasMeta(rt, ci)
	o := object.NewObject(commandTypeNames(ci.Kind)...)
	var target *pipeline.CommandInfo
	var resolved any
	if rt != nil {
		if t, ok := rt.Lookup(ci.Target); ok {
			target = t
			resolved = commandObject(nil, t)
		}
	}
	helpURI, outputs := "", []any{}
	var params *object.Hashtable
	var sets []any
	if target != nil {
		helpURI, outputs, params = target.HelpURI, outputTypes(target), parameterTable(target)
		sets = parameterSets(target)
	}
	const (
		commandInfo  = "System.Management.Automation.CommandInfo"
		commandTypes = "System.Management.Automation.CommandTypes"
	)
	addNetProps(o,
		netProp{"HelpUri", "string", false, helpURI},
		netProp{"ResolvedCommandName", "string", false, ci.Target},
		netProp{"DisplayName", "string", false, ci.Name + " -> " + ci.Target},
		netProp{"ReferencedCommand", commandInfo, false, resolved},
		netProp{"ResolvedCommand", commandInfo, false, resolved},
		netProp{"Definition", "string", false, ci.Target},
		netProp{"Options", scopedItemOptionsType, true, aliasOptionsOf(rt, ci.Name)},
		netProp{"Description", "string", true, ci.Description},
		netProp{"OutputType", "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSTypeName]", false, outputs},
		netProp{"Name", "string", false, ci.Name},
		netProp{"CommandType", commandTypes, false, ci.Kind.String()},
		// The built-in aliases and the session's belong to no module.
		netProp{"Source", "string", false, ""},
		netProp{"Version", "version", false, ""},
		netProp{"Visibility", visibilityType, true, "Public"},
		netProp{"ModuleName", "string", false, ""},
		netProp{"Module", "psmoduleinfo", false, nil},
		netProp{"RemotingCapability", "System.Management.Automation.RemotingCapability", false, "PowerShell"},
		netProp{"Parameters", "System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]", false, params},
		netProp{"ParameterSets", "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.CommandParameterSetInfo]", false, sets},
	)
	name := ci.Name
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return name, nil }})
	return o
}
