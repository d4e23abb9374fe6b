package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/wildcard"
)

// mustExist tells whether a path that resolved to no item is an error.
// PowerShell's globber raises PathNotFound only when it was not
// globbing: the path has no wildcard characters and no -Include or
// -Exclude narrows it; a wildcard that matches nothing is quietly empty
// (Get-Item *.xyz, Get-Content *.log, Resolve-Path x*).
func mustExist(c *pipeline.Call, given string) bool {
	return !wildcard.HasWildcard(given) && !c.Has("Include") && !c.Has("Exclude")
}
