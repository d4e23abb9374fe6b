// Package data holds the cmdlets that convert and produce data: JSON,
// CSV and HTML conversion, ConvertFrom-StringData, dates and time spans,
// random numbers, Start-Sleep, cultures, secure strings, credentials and
// Read-Host, New-TemporaryFile, Get-Verb and Format-Hex, with Windows
// PowerShell 5.1's default aliases.
package data

import (
	"cspsh/cmdlets/core"
	"cspsh/pipeline"
)

// commands lists the family's cmdlets, declared when the registry is
// first used rather than at start-up.
func commands() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		convertToJson(), convertFromJson(), convertToCsv(), convertFromCsv(), exportCsv(), importCsv(),
		convertToHtml(), convertFromStringData(), getDate(), newTimeSpan(), getRandom(), startSleep(),
		getCulture(), getUICulture(), convertToSecureString(), convertFromSecureString(),
		getCredential(), readHost(), measureCommand(), newGuid(), getFileHash(),
		newTemporaryFile(), getVerb(), formatHex(), selectXml(),
		exportClixml(), importClixml(), convertToXml(),
	}
}

// aliases are Windows PowerShell 5.1's default aliases for them.
var aliases = [...][2]string{
	{"epcsv", "Export-Csv"},
	{"fhx", "Format-Hex"},
	{"ipcsv", "Import-Csv"},
	{"sleep", "Start-Sleep"},
}

// Register adds this family's cmdlets, aliases and views to r.
func Register(r *pipeline.Registry) {
	for _, ci := range commands() {
		core.Describe(ci)
		r.Add(ci)
	}
	RegisterAliases(r)
	registerViews()
}

// RegisterAliases adds this family's default aliases to r (alone: a
// name is resolved against them before any cmdlet is declared).
func RegisterAliases(r *pipeline.Registry) {
	for _, a := range aliases {
		r.Alias(a[0], a[1])
	}
}
