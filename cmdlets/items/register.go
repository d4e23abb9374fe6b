// Package items holds the location and item cmdlets: the FileSystem
// provider over host paths and the lab's simulated drives, and the
// session drives Env:, Variable:, Alias: and Function:.
package items

import (
	"strings"

	"cspsh/pipeline"
)

// Register adds the location and item cmdlets, their providers and the
// default aliases of Windows PowerShell 5.1.
func Register(r *pipeline.Registry) {
	for _, p := range []pipeline.Provider{envProvider, variableProvider, aliasProvider, functionProvider} {
		if _, ok := pipeline.ProviderFor(p.Drives()[0]); !ok {
			pipeline.RegisterProvider(p)
		}
	}
	for _, group := range [][]*pipeline.CommandInfo{locationCmdlets(), {itemPropertyCmdlet(), setItemPropertyCmdlet(), setItemCmdlet()}, childItemCmdlets(), contentCmdlets(), manageCmdlets(), pathCmdlets(), driveCmdlets()} {
		for _, ci := range group {
			if ci.TypeName == "" {
				// The implementing class names the binder's errors
				// (…,Microsoft.PowerShell.Commands.TestPathCommand).
				ci.TypeName = "Microsoft.PowerShell.Commands." + strings.ReplaceAll(ci.Name, "-", "") + "Command"
			}
			ci.Process = nonTerminating(ci.Process)
			r.Add(ci)
		}
	}
	RegisterAliases(r)
}

// aliases are Windows PowerShell 5.1's default aliases for the location
// and item cmdlets.
var aliases = [...][2]string{
	{"gl", "Get-Location"},
	{"pwd", "Get-Location"},
	{"sl", "Set-Location"},
	{"cd", "Set-Location"},
	{"chdir", "Set-Location"},
	{"pushd", "Push-Location"},
	{"popd", "Pop-Location"},
	{"gci", "Get-ChildItem"},
	{"ls", "Get-ChildItem"},
	{"dir", "Get-ChildItem"},
	{"gi", "Get-Item"},
	{"gc", "Get-Content"},
	{"cat", "Get-Content"},
	{"type", "Get-Content"},
	{"sc", "Set-Content"},
	{"ac", "Add-Content"},
	{"clc", "Clear-Content"},
	{"ni", "New-Item"},
	{"md", "mkdir"}, // mkdir is a function, as in 5.1 (shell/interp)
	{"ri", "Remove-Item"},
	{"rm", "Remove-Item"},
	{"del", "Remove-Item"},
	{"erase", "Remove-Item"},
	{"rd", "Remove-Item"},
	{"rmdir", "Remove-Item"},
	{"cpi", "Copy-Item"},
	{"cp", "Copy-Item"},
	{"copy", "Copy-Item"},
	{"mi", "Move-Item"},
	{"mv", "Move-Item"},
	{"move", "Move-Item"},
	{"rni", "Rename-Item"},
	{"ren", "Rename-Item"},
	{"rvpa", "Resolve-Path"},
	{"cvpa", "Convert-Path"},
	{"gdr", "Get-PSDrive"},
	{"gp", "Get-ItemProperty"},
	{"sp", "Set-ItemProperty"},
	{"si", "Set-Item"},
}

// RegisterAliases adds this family's default aliases to r (alone: a
// name is resolved against them before any cmdlet is declared).
func RegisterAliases(r *pipeline.Registry) {
	for _, a := range aliases {
		r.Alias(a[0], a[1])
	}
}
