package items

import (
	"os"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// enumeratedItem is itemObject for an item found by listing a folder
// (Get-ChildItem's walk, DirectoryInfo.GetFiles and its kin). The .NET
// Framework builds those FileInfo and DirectoryInfo objects from the
// entry's name, which becomes their OriginalPath, so in Windows
// PowerShell 5.1 they stringify as the bare name: "$_" of
// Get-ChildItem's output is big.log, while Get-Item big.log, built from
// a path, stringifies as the full path (PowerShell issues 7132, 21025).
func enumeratedItem(s *pipeline.Session, hostPath string, fi os.FileInfo) *object.PSObject {
	o := itemObject(s, hostPath, fi)
	if m := o.Member("ToString"); m != nil {
		name := fi.Name()
		m.Call = func([]any) (any, error) { return name, nil }
	}
	return o
}
