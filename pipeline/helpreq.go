package pipeline

import "strings"

// HelpRequest is what `command -?` writes: PowerShell runs Get-Help for
// the command, so the result is the same help object (its Synopsis,
// examples, …: ScriptHelp.Tests.ps1, `$x = helpFunc3 -?; $x.Synopsis`),
// shown as the help text. Without a Get-Help command in the session the
// text itself is written.
func HelpRequest(rt Runtime, ci *CommandInfo) []any {
	if rt != nil && ci.Name != "" {
		if _, ok := rt.Lookup("Get-Help"); ok {
			name := "'" + strings.ReplaceAll(ci.Name, "'", "''") + "'"
			if out, err := rt.RunString("Get-Help -Name " + name); err == nil && len(out) > 0 {
				return out
			}
		}
	}
	o := HelpOptions{}
	if rt != nil && rt.Host() != nil {
		o.Width = rt.Host().Width()
	}
	return []any{HelpText(ci, o)}
}
