package items

import (
	"sync"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// fsProviderInfo is the one FileSystem ProviderInfo that every item's
// PSProvider note refers to, as in PowerShell, where all items share the
// provider's instance; built on first use because it reads the home
// folder.
var fsProviderInfo = lazy.Value[*object.PSObject]{Build: func() *object.PSObject {
	return providerInfo("FileSystem", nil)
}}

// fsDrives caches the PSDriveInfo each item's PSDrive note refers to, one
// per drive name, so a long listing does not build a drive per file.
var fsDrives sync.Map

// fsDriveInfo is the PSDriveInfo of the FileSystem drive named name
// ("C", or "/" for the host's root).
func fsDriveInfo(name string) *object.PSObject {
	if v, ok := fsDrives.Load(name); ok {
		return v.(*object.PSObject)
	}
	root := name + `:\`
	if name == "/" {
		root = "/"
	}
	d := driveInfo(name, "FileSystem", root, "")
	d.SetProp("Provider", fsProviderInfo.Get())
	v, _ := fsDrives.LoadOrStore(name, d)
	return v.(*object.PSObject)
}
