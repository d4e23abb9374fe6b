// Package session holds the cmdlets about the session itself: variables,
// aliases, commands and help, running strings and script blocks, the
// command history, the host, remote sessions and transcripts.
package session

import "cspsh/pipeline"

// commands lists the family's cmdlets, declared when the registry is
// first used rather than at start-up.
func commands() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		getVariable(), setVariable(), newVariable(), removeVariable(), clearVariable(),
		getAlias(), setAlias(), newAlias(),
		getCommand(), getHelp(),
		invokeExpression(), invokeCommand(), enterPSSession(), exitPSSession(),
		getHistory(), invokeHistory(), clearHistory(), addHistory(),
		clearHost(), getHost(), startTranscript(), stopTranscript(),
	}
}

// defaultAliases are Windows PowerShell 5.1's aliases for these cmdlets.
var defaultAliases = [][2]string{
	{"gv", "Get-Variable"}, {"sv", "Set-Variable"}, {"set", "Set-Variable"}, {"nv", "New-Variable"},
	{"rv", "Remove-Variable"}, {"clv", "Clear-Variable"},
	{"gal", "Get-Alias"}, {"sal", "Set-Alias"}, {"nal", "New-Alias"},
	{"gcm", "Get-Command"}, {"man", "help"}, // help is a function, as in 5.1
	{"iex", "Invoke-Expression"}, {"icm", "Invoke-Command"},
	{"etsn", "Enter-PSSession"}, {"exsn", "Exit-PSSession"},
	{"h", "Get-History"}, {"history", "Get-History"}, {"ghy", "Get-History"},
	{"r", "Invoke-History"}, {"ihy", "Invoke-History"}, {"clhy", "Clear-History"},
	{"cls", "Clear-Host"}, {"clear", "Clear-Host"},
	// The module cmdlets are the interpreter's own; their aliases live here.
	{"gmo", "Get-Module"}, {"ipmo", "Import-Module"}, {"rmo", "Remove-Module"},
}

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {
	for _, ci := range commands() {
		r.Add(ci)
	}
	RegisterAliases(r)
	registerViews()
}

// RegisterAliases adds this family's default aliases to r (alone: a
// name is resolved against them before any cmdlet is declared).
func RegisterAliases(r *pipeline.Registry) {
	for _, a := range defaultAliases {
		r.Alias(a[0], a[1])
	}
}
