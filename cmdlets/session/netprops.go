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
			if t, ok := commandInfoPropertyTypes[m.Name]; ok {
				m.Type = t
			}
		}
	}
}

// commandInfoPropertyTypes are the .NET types of CommandInfo's
// properties whose values cspsh holds in a simpler form (a kind's name,
// a version's text).
var commandInfoPropertyTypes = map[string]string{
	"CommandType":        "System.Management.Automation.CommandTypes",
	"Version":            "version",
	"Module":             "psmoduleinfo",
	"Visibility":         visibilityType,
	"RemotingCapability": "System.Management.Automation.RemotingCapability",
	"OutputType":         "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSTypeName]",
	"Parameters":         "System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]",
	"ParameterSets":      "System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.CommandParameterSetInfo]",
	"ImplementingType":   "type",
	"ScriptBlock":        "scriptblock",
}

// The .NET types of PSVariable's properties (Get-Variable | Get-Member).
const (
	scopedItemOptionsType = "System.Management.Automation.ScopedItemOptions"
	visibilityType        = "System.Management.Automation.SessionStateEntryVisibility"
	attributesType        = "System.Collections.ObjectModel.Collection[System.Attribute]"
)
