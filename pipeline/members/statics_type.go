package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
)

// typeStaticCall serves [System.Type]::GetType(name[, throwOnError[,
// ignoreCase]]): a type by its full .NET name ("System.Int32"), possibly
// assembly-qualified; PowerShell's accelerators ("int") are no CLR names,
// so they give $null, as does an unknown name unless throwOnError.
func typeStaticCall(lname string, args []any) (any, bool, error) {
	if lname != "gettype" {
		return nil, false, nil
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, true, overload
	}
	if args[0] == nil {
		return nil, true, argNull("typeName")
	}
	name := strings.TrimSpace(argString(args[0]))
	if i := strings.IndexByte(name, ','); i > 0 && !strings.Contains(name[:i], "[") {
		name = strings.TrimSpace(name[:i])
	}
	throw := len(args) >= 2 && dotnet.ToBool(args[1])
	ignoreCase := len(args) == 3 && dotnet.ToBool(args[2])
	if t, ok := dotnet.ResolveType(name); ok {
		if t.FullName == name || ignoreCase && strings.EqualFold(t.FullName, name) || strings.Contains(name, "`") && strings.EqualFold(t.FullName, name) {
			return t, true, nil
		}
	}
	if throw {
		return nil, true, dotnetErr("System.TypeLoadException", "Could not load type '"+name+"' from assembly 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089'.")
	}
	return nil, true, nil
}
