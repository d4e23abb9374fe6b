package members

import (
	"cspsh/pipeline/dotnet"
)

// [System.Globalization.CultureInfo] statics: cspsh runs in en-US, and
// scripts pass [cultureinfo]::InvariantCulture to ParseExact and
// ToString for culture-independent text.

func cultureStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "invariantculture":
		return dotnet.NewCultureInfo("", "Invariant Language (Invariant Country)", 127), true, nil
	case "currentculture", "currentuiculture", "installeduiculture":
		return dotnet.EnUSCulture(), true, nil
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

// newCultureInfo is new CultureInfo(name or LCID[, useUserOverride]):
// the culture the name or identifier stands for; the override flag only
// matters for the user's own settings, which cspsh does not have.
func newCultureInfo(args []any) (any, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, overload
	}
	if args[0] == nil {
		return nil, dotnetErr("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: name")
	}
	if c, ok := dotnet.LookupCulture(args[0]); ok {
		return c, nil
	}
	return nil, dotnetErr("System.Globalization.CultureNotFoundException",
		"Culture is not supported.\r\nParameter name: name\r\n"+argString(args[0])+" is an invalid culture identifier.")
}
