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

// The .NET types of PSVariable's properties (Get-Variable | Get-Member).
const (
	scopedItemOptionsType = "System.Management.Automation.ScopedItemOptions"
	visibilityType        = "System.Management.Automation.SessionStateEntryVisibility"
	attributesType        = "System.Collections.ObjectModel.Collection[System.Attribute]"
)
