package session

import "cspsh/pipeline/object"

// netProp is a property of an object that stands for a .NET type: Get-Member
// lists it as a Property with its .NET type ({get;} or, when settable,
// {get;set;}), not as the NoteProperty of a custom object.
type netProp struct {
	name     string
	typ      string // the type Get-Member shows; "" derives it from the value
	settable bool
	val      any
}

// addNetProps adds the properties to o in order.
func addNetProps(o *object.PSObject, props ...netProp) {
	for _, p := range props {
		m := &object.Member{Name: p.name, Kind: object.Property, Value: p.val, Type: p.typ}
		if p.settable {
			m.Set = func(v any) error { m.Value = v; return nil }
		}
		o.Add(m)
	}
}

// asNetProperties turns the note properties of an object built for a
// .NET type (a CmdletInfo, a FunctionInfo) into read-only .NET
// properties, as Get-Member lists them in 5.1.
func asNetProperties(o *object.PSObject) {
	for _, m := range o.Members() {
		if m.Kind == object.NoteProperty {
			m.Kind = object.Property
			if t, ok := commandInfoPropertyType(m.Name); ok {
				m.Type = t
			}
		}
	}
}

// commandInfoPropertyType is the .NET type of a CommandInfo property
// whose value cspsh holds in a simpler form (a kind's name, a version's
// text). A switch, not a map: a map literal is built at start-up.
func commandInfoPropertyType(name string) (string, bool) {
	switch name {
	case "CommandType":
		return "System.Management.Automation.CommandTypes", true
	case "Version":
		return "version", true
	case "Module":
		return "psmoduleinfo", true
	case "Visibility":
		return visibilityType, true
	case "RemotingCapability":
		return "System.Management.Automation.RemotingCapability", true
	case "OutputType":
		return "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSTypeName]", true
	case "Parameters":
		return "System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]", true
	case "ParameterSets":
		return "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.CommandParameterSetInfo]", true
	case "ImplementingType":
		return "type", true
	case "ScriptBlock":
		return "scriptblock", true
	}
	return "", false
}

// The .NET types of PSVariable's properties (Get-Variable | Get-Member).
const (
	scopedItemOptionsType = "System.Management.Automation.ScopedItemOptions"
	visibilityType        = "System.Management.Automation.SessionStateEntryVisibility"
	attributesType        = "System.Collections.ObjectModel.Collection[System.Attribute]"
)
