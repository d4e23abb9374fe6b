package data

import (
	"strings"

	"cspsh/cmdlets/core"
	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
)

// verbGroups are the approved verbs of Windows PowerShell 5.1 by group,
// in the order its Get-Verb lists them (the order of the Verbs* classes
// in System.Management.Automation, each group's verbs alphabetical).
// Build and Deploy (Lifecycle) came with PowerShell 6 and are left out,
// as the "Approved Verbs for PowerShell Commands" page marks them.
var verbGroups = [...]struct {
	group string
	verbs string
}{
	{"Common", "Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch"},
	{"Data", "Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group Import Initialize Limit Merge Mount Out Publish Restore Save Sync Unpublish Update"},
	{"Lifecycle", "Approve Assert Complete Confirm Deny Disable Enable Install Invoke Register Request Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait"},
	{"Diagnostic", "Debug Measure Ping Repair Resolve Test Trace"},
	{"Communications", "Connect Disconnect Read Receive Send Write"},
	{"Security", "Block Grant Protect Revoke Unblock Unprotect"},
	{"Other", "Use"},
}

// getVerb is Get-Verb as Windows PowerShell 5.1 has it: objects with the
// Verb and its Group only (AliasPrefix, Description and -Group came in
// PowerShell 6 and 7), for each -verb pattern in turn.
func getVerb() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Verb",
		// A script function in 5.1 (its error ids end in its name).
		TypeName: "Get-Verb",
		Module:   utility,
		Params: []*pipeline.ParamDecl{
			// 5.1 declares the parameter in lower case: help shows -verb.
			{Name: "verb", Type: "string[]", Default: "*", Help: "The verbs to get; wildcards are accepted.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, ValueFromPipeline: true}}},
		},
		Synopsis:    "Gets approved PowerShell verbs.",
		Description: "Get-Verb gets the verbs approved for the names of PowerShell commands, each with the group it belongs to: Common, Data, Lifecycle, Diagnostic, Communications, Security or Other. Commands with other verbs still run, but Import-Module warns about them.",
		Examples: []pipeline.Example{
			{Title: "Example 1 - Get a list of all verbs", Code: "Get-Verb"},
			{Title: "Example 2 - Get a list of approved verbs that begin with \"un\"", Code: "Get-Verb un*"},
			{Title: "Example 3 - Get all approved verbs in the Security group", Code: "Get-Verb | Where-Object Group -EQ Security"},
		},
		Outputs: "Selected.Microsoft.PowerShell.Commands.MemberDefinition",
		Process: func(c *pipeline.Call) error {
			patterns := c.Strings("verb")
			if !c.Has("verb") {
				patterns = []string{"*"}
			}
			for _, p := range patterns {
				w := objutil.CompileWildcard(p, false)
				for _, g := range verbGroups {
					for _, v := range strings.Fields(g.verbs) {
						if !w.Match(v) {
							continue
						}
						o := core.NewSelectedObject("Microsoft.PowerShell.Commands.MemberDefinition")
						o.SetProp("Verb", v)
						o.SetProp("Group", g.group)
						if err := c.Out(o); err != nil {
							return err
						}
					}
				}
			}
			return nil
		},
	}
}
