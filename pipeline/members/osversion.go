package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// osVersion is [Environment]::OSVersion: the Windows the lab's server
// runs (the build $PSVersionTable.BuildVersion names).
func osVersion() *object.PSObject {
	const ver = "10.0.19041.0"
	o := object.NewObject("System.OperatingSystem", "System.Object")
	platform := any("Win32NT")
	if e, ok := dotnet.LookupEnum("System.PlatformID"); ok {
		if v, ok := dotnet.EnumValue(e, "Win32NT"); ok {
			platform = v
		}
	}
	version := any(ver)
	if v, err := dotnet.Convert(ver, "System.Version"); err == nil {
		version = v
	}
	o.Add(&object.Member{Name: "Platform", Kind: object.Property, Value: platform, Type: "System.PlatformID"})
	o.Add(&object.Member{Name: "ServicePack", Kind: object.Property, Value: "", Type: "string"})
	o.Add(&object.Member{Name: "Version", Kind: object.Property, Value: version, Type: "version"})
	o.Add(&object.Member{Name: "VersionString", Kind: object.Property, Value: "Microsoft Windows NT " + ver, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		return "Microsoft Windows NT " + ver, nil
	}})
	return o
}
