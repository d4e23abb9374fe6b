package core

import (
	"strings"

	"cspsh/pipeline"
)

// Describe fills in what PowerShell derives from a cmdlet's .NET class:
// the implementing type (Microsoft.PowerShell.Commands.<Verb><Noun>Command,
// which ends the FullyQualifiedErrorId of its errors) and the module
// version Get-Command shows for Windows PowerShell 5.1.
func Describe(ci *pipeline.CommandInfo) {
	if ci.TypeName == "" {
		ci.TypeName = "Microsoft.PowerShell.Commands." + strings.ReplaceAll(ci.Name, "-", "") + "Command"
	}
	if ci.Version == "" {
		switch ci.Module {
		case "Microsoft.PowerShell.Utility":
			ci.Version = "3.1.0.0"
		default:
			ci.Version = "3.0.0.0"
		}
	}
}
