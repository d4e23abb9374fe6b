package data

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// newGuid is New-Guid (Windows PowerShell 5.0+): one random version-4
// System.Guid, as [guid]::NewGuid() makes.
func newGuid() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "New-Guid",
		Module:      utility,
		Synopsis:    "Creates a GUID.",
		Description: "New-Guid creates a random globally unique identifier (a System.Guid, version 4). Use its ToString() method or a string context for the text form.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Create a GUID", Code: "New-Guid", Remarks: "Returns a new random GUID."},
			{Title: "Example 2: As text", Code: "(New-Guid).ToString()", Remarks: "The GUID as a string such as 8d5c8a1e-…."},
		},
		Outputs: "System.Guid",
		End: func(c *pipeline.Call) error {
			return c.Out(dotnet.RandomGuid())
		},
	}
}
