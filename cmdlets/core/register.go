// Package core holds the object cmdlets every PowerShell user reaches
// for: ForEach-Object, Where-Object, Select-Object, Sort-Object,
// Group-Object, Measure-Object, Compare-Object, Tee-Object, Get-Member,
// New-Object, Add-Member, Get-Unique and Select-String, with the default
// aliases of Windows PowerShell 5.1.
package core

import "cspsh/pipeline"

// commands lists the family's cmdlets.
var commands = []*pipeline.CommandInfo{
	forEachObject, whereObject, selectObject, sortObject, groupObject,
	measureObject, compareObject, teeObject, getMember, newObject,
	addMember, getUnique, selectString,
}

// aliases are Windows PowerShell 5.1's default aliases for them.
var aliases = map[string]string{
	"%":       "ForEach-Object",
	"foreach": "ForEach-Object",
	"?":       "Where-Object",
	"where":   "Where-Object",
	"select":  "Select-Object",
	"sort":    "Sort-Object",
	"group":   "Group-Object",
	"measure": "Measure-Object",
	"compare": "Compare-Object",
	"diff":    "Compare-Object",
	"tee":     "Tee-Object",
	"gm":      "Get-Member",
	"gu":      "Get-Unique",
	"sls":     "Select-String",
}

// Register adds this family's cmdlets, aliases and views to r.
func Register(r *pipeline.Registry) {
	for _, ci := range commands {
		if ci.Module == "" {
			ci.Module = utility
		}
		Describe(ci)
		r.Add(ci)
	}
	for a, t := range aliases {
		r.Alias(a, t)
	}
	registerViews()
}

// The transcript cases in testdata/cases (script and the output the
// reference pages document) run against a built binary:
//
//	go build -o /tmp/cspsh ./cmd/cspsh && ../shared/bin/cases --bin /tmp/cspsh cmdlets/core/testdata/cases
