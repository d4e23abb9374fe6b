package session

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// computerNameProp is the note property Windows PowerShell adds to every
// object a remote command returns (about_Remote_Output: "the name of the
// remote computer that generated the object").
const computerNameProp = "PSComputerName"

// withComputerName returns v as it comes back from computer name: a copy
// of an object with PSComputerName added (the caller's object is not
// changed, as a deserialized copy would not be), or a primitive value
// wrapped with the property as Add-Member wraps one, so it still prints
// as itself. hide keeps the property out of the display
// (-HideComputerName) while $x.PSComputerName still reads it.
func withComputerName(v any, name string, hide bool) any {
	if v == nil || v == object.Null {
		return v
	}
	var o *object.PSObject
	if p, ok := v.(*object.PSObject); ok {
		o = p.Copy()
	} else {
		o = object.NewObject(dotnet.TypeHierarchy(v)...)
		o.Base = v
	}
	o.Add(&object.Member{Name: computerNameProp, Kind: object.NoteProperty, Value: name, Hidden: hide})
	return o
}
