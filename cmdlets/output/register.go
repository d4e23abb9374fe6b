// Package output holds the formatting and output cmdlets: Format-Table,
// Format-List, Format-Wide, Format-Custom, Out-Default, Out-Host,
// Out-String, Out-File, Out-Null, and the Write-* cmdlets that feed the
// streams, with Windows PowerShell 5.1's default aliases.
package output

import (
	"strings"

	"cspsh/pipeline"
)

const utility = "Microsoft.PowerShell.Utility"

// commands lists the family's cmdlets, declared when the registry is
// first used rather than at start-up.
func commands() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		formatTable(), formatList(), formatWide(), formatCustom(),
		outDefault(), outHost(), outString(), outFile(), outNull(),
		writeOutput(), writeHost(), writeError(), writeWarning(), writeVerbose(),
		writeDebug(), writeInformation(), writeProgress(),
	}
}

// aliases are Windows PowerShell 5.1's default aliases for them.
var aliases = [...][2]string{
	{"ft", "Format-Table"},
	{"fl", "Format-List"},
	{"fw", "Format-Wide"},
	{"fc", "Format-Custom"},
	{"oh", "Out-Host"},
	{"echo", "Write-Output"},
	{"write", "Write-Output"},
}

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {
	for _, ci := range commands() {
		if ci.Module == "" {
			ci.Module = utility
		}
		if ci.TypeName == "" {
			ci.TypeName = cmdletClass(ci.Name)
		}
		r.Add(ci)
	}
	RegisterAliases(r)
}

// cmdletClass is the .NET class of a built-in cmdlet, which ends its
// errors' FullyQualifiedErrorId (NoClobber,Microsoft.PowerShell.Commands.OutFileCommand).
func cmdletClass(name string) string {
	return "Microsoft.PowerShell.Commands." + strings.ReplaceAll(name, "-", "") + "Command"
}

// RegisterAliases adds this family's default aliases to r (alone: a
// name is resolved against them before any cmdlet is declared).
func RegisterAliases(r *pipeline.Registry) {
	for _, a := range aliases {
		r.Alias(a[0], a[1])
	}
}
