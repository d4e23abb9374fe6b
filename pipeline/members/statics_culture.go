package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.Globalization.CultureInfo] statics: cspsh runs in en-US, and
// scripts pass [cultureinfo]::InvariantCulture to ParseExact and
// ToString for culture-independent text.

const cultureInfoType = "System.Globalization.CultureInfo"

// newCultureInfo is a CultureInfo with the members scripts read. Its
// ToString() is its name ("" for the invariant culture).
func newCultureInfo(name, displayName string, lcid int32) *object.PSObject {
	o := object.NewObject(cultureInfoType, "System.Object")
	o.Add(&object.Member{Name: "LCID", Kind: object.Property, Value: lcid, Type: "int"})
	o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: name, Type: "string"})
	o.Add(&object.Member{Name: "DisplayName", Kind: object.Property, Value: displayName, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return name, nil }})
	return o
}

func cultureStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "invariantculture":
		return newCultureInfo("", "Invariant Language (Invariant Country)", 127), true, nil
	case "currentculture", "currentuiculture", "installeduiculture":
		return newCultureInfo("en-US", "English (United States)", 1033), true, nil
	}
	return nil, false, nil
}

func cultureStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "getcultureinfo", "createspecificculture":
		if len(args) != 1 {
			return nil, true, overload
		}
		name := argString(args[0])
		if c, ok := dotnet.LookupCulture(name); ok {
			return c, true, nil
		}
		return nil, true, dotnetErr("System.Globalization.CultureNotFoundException",
			"Culture is not supported.\r\nParameter name: name\r\n"+name+" is an invalid culture identifier.")
	}
	return nil, false, nil
}
