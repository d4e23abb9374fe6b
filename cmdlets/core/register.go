// Package core holds the object cmdlets every PowerShell user reaches
// for: ForEach-Object, Where-Object, Select-Object, Sort-Object,
// Group-Object, Measure-Object, Compare-Object, Tee-Object, Get-Member,
// New-Object, Add-Member, Get-Unique and Select-String, with the default
// aliases of Windows PowerShell 5.1.
package core

import "cspsh/pipeline"

// commands lists the family's cmdlets, declared when the registry is
// first used rather than at start-up.
func commands() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		forEachObject(), whereObject(), selectObject(), sortObject(), groupObject(),
		measureObject(), compareObject(), teeObject(), getMember(), newObject(),
		addMember(), getUnique(), selectString(), updateTypeData(), removeTypeData(),
	}
}

// aliases are Windows PowerShell 5.1's default aliases for them (pairs,
// not a map: a map literal is built at start-up).
var aliases = [...][2]string{
	{"%", "ForEach-Object"},
	{"foreach", "ForEach-Object"},
	{"?", "Where-Object"},
	{"where", "Where-Object"},
	{"select", "Select-Object"},
	{"sort", "Sort-Object"},
	{"group", "Group-Object"},
	{"measure", "Measure-Object"},
	{"compare", "Compare-Object"},
	{"diff", "Compare-Object"},
	{"tee", "Tee-Object"},
	{"gm", "Get-Member"},
	{"gu", "Get-Unique"},
	{"sls", "Select-String"},
}

// Register adds this family's cmdlets, aliases and views to r.
func Register(r *pipeline.Registry) {
	for _, ci := range commands() {
		if ci.Module == "" {
			ci.Module = utility
		}
		Describe(ci)
		r.Add(ci)
	}
	RegisterAliases(r)
	registerViews()
}

// The transcript cases in testdata/cases (script and the output the
// reference pages document) run with cmd/cspsh's TestLangCases, and by
// hand against a built binary:
//
//	go build -o /tmp/cspsh ./cmd/cspsh && ../shared/bin/cases --bin /tmp/cspsh cmdlets/core/testdata/cases

// RegisterAliases adds this family's default aliases to r (alone: a
// name is resolved against them before any cmdlet is declared).
func RegisterAliases(r *pipeline.Registry) {
	for _, a := range aliases {
		r.Alias(a[0], a[1])
	}
}
