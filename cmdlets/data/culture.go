package data

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// CultureInfoType is the type name of Get-Culture's result.
const CultureInfoType = "System.Globalization.CultureInfo"

func cultureCmd(name, synopsis, desc string) *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        name,
		Module:      utility,
		Synopsis:    synopsis,
		Description: desc,
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: name, Remarks: "Shows LCID 1033, en-US, English (United States)."},
		},
		Outputs: CultureInfoType,
		Process: func(c *pipeline.Call) error { return c.Out(dotnet.EnUSCulture()) },
	}
}

func getCulture() *pipeline.CommandInfo {
	return cultureCmd("Get-Culture", "Gets the current culture set in the operating system.",
		"Get-Culture returns the culture cspsh formats numbers and dates with: English (United States), en-US.")
}

func getUICulture() *pipeline.CommandInfo {
	return cultureCmd("Get-UICulture", "Gets the current user interface (UI) culture settings in the operating system.",
		"Get-UICulture returns the culture of cspsh's messages: English (United States), en-US.")
}
