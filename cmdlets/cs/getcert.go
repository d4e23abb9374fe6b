package cs

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/store"
)

func getCsCertificate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:     "Get-CsCertificate",
		Module:   module,
		Synopsis: "Lists the certificates assigned to Skype for Business Server uses on the local computer, or at global scope.",
		Description: "Shows one object per assigned use (Default, WebServicesInternal, OAuthTokenIssuer, …) of the computer the shell " +
			"acts on, including the assignments made at global scope. Certificates that sit in the machine store without " +
			"being assigned are not listed; assign them with Set-CsCertificate first.",
		Outputs: referenceType,
		Params: []*pipeline.ParamDecl{
			typeParam("Only these uses, e.g. -Type Default or -Type Internal,External,Default."),
			netportParam(),
			reportParam(),
			pipeline.NewParam("Identity", "string").Shown("XdsIdentity").At(pipeline.AllSets, 2).
				Describe("\"global\" lists the global assignments (copied to every front end by replication)."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsCertificate", Remarks: "Every certificate assignment of the local computer."},
			{Title: "Example 2", Code: "Get-CsCertificate -Type WebServicesInternal", Remarks: "Only the internal web services certificate."},
			{Title: "Example 3", Code: `Get-CsCertificate | Where-Object {$_.NotAfter -lt "9/1/2018"}`, Remarks: "Assignments whose certificate expires before 1 September 2018."},
			{Title: "Example 4", Code: `Get-CsCertificate -Identity global`, Remarks: "The global assignments, such as the OAuthTokenIssuer certificate."},
		},
		Process: runGetCsCertificate,
	}
}

func runGetCsCertificate(c *pipeline.Call) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	rep := newReport(c)
	types := c.Strings("Type")
	var list []*store.Assignment
	err = lab.Update(func(tx *store.Tx) error {
		// Replicas catch up with the CMS as the lab clock passes.
		if _, err := tx.CatchUp(false); err != nil {
			return err
		}
		scope, err := scopeOf(tx, c)
		if err != nil {
			return err
		}
		list, err = assignmentsFor(tx, scope)
		return err
	})
	if err != nil {
		rep.write(c, err)
		return err
	}
	for _, a := range list {
		if len(types) > 0 && !containsFold(types, a.Use) {
			continue
		}
		rep.add("%s: %s (%s)", a.Use, a.Thumbprint, a.Scope)
		if err := c.Out(referenceObject(a)); err != nil {
			return err
		}
	}
	rep.write(c, nil)
	return nil
}

// assignmentsFor is what a computer uses: its own assignments, then the
// global ones for uses it has none of, as its replica of the Central
// Management Store has them (a front end that has not replicated yet
// still works with the old global assignments). The global scope lists
// only its own.
func assignmentsFor(tx *store.Tx, scope string) ([]*store.Assignment, error) {
	own, err := tx.Assignments(scope)
	if err != nil || store.IsGlobal(scope) {
		return own, err
	}
	global, err := tx.GlobalsSeenBy(scope)
	if err != nil {
		return nil, err
	}
	for _, g := range global {
		shadowed := false
		for _, a := range own {
			if strings.EqualFold(a.Use, g.Use) {
				shadowed = true
			}
		}
		if !shadowed {
			own = append(own, g)
		}
	}
	return own, nil
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
