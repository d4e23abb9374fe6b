package cs

import (
	"cspsh/pipeline"
	"cspsh/store"
)

func removeCsCertificate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Remove-CsCertificate", Module: module,
		Synopsis: "Removes certificate assignments from Skype for Business Server uses; the certificates stay in the machine store.",
		Description: "Un-assigns the certificate of each -Type at the local computer's scope, or at global scope with -Identity global. " +
			"With -Previous only the previous certificate of a rolled assignment is removed. Removing a certificate in use asks " +
			"for confirmation unless -Force is given; a script that cannot answer gets the NonInteractive error and nothing is removed.",
		SupportsShouldProcess: true,
		ConfirmImpact:         "Medium",
		Params: []*pipeline.ParamDecl{
			typeParam("The uses to un-assign, e.g. -Type WebServicesExternal. Without it, every use at the scope."),
			netportParam(),
			forceParam("Removes a certificate in use without asking."),
			reportParam(),
			pipeline.NewParam("Identity", "string").Shown("XdsIdentity").At(pipeline.AllSets, 2).
				Describe("\"global\" removes global assignments; without it the local computer's are removed."),
			pipeline.NewParam("Previous", "switch").Describe("Remove the previous certificate instead of the current one."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Remove-CsCertificate -Type WebServicesExternal", Remarks: "Un-assigns the external web services certificate (asks first when it is in use)."},
			{Title: "Example 2", Code: "Remove-CsCertificate -Identity global -Type OAuthTokenIssuer -Previous", Remarks: "Drops the previous OAuthTokenIssuer certificate after a roll."},
		},
		Process: func(c *pipeline.Call) error {
			rep := newReport(c)
			err := removeCertificates(c, rep)
			rep.write(c, err)
			return err
		},
	}
}

func removeCertificates(c *pipeline.Call, rep *report) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	types := c.Strings("Type")
	previous := c.Switch("Previous")
	var scope string
	var targets []*store.Assignment
	if err := lab.View(func(tx *store.Tx) error {
		if scope, err = scopeOf(tx, c); err != nil {
			return err
		}
		// Without -Identity the computer's own assignments count, and the
		// global ones it uses (OAuthTokenIssuer lives at global scope).
		var all []*store.Assignment
		if c.String("Identity") == "" {
			all, err = assignmentsFor(tx, scope)
		} else {
			all, err = tx.Assignments(scope)
		}
		if err != nil {
			return err
		}
		for _, a := range all {
			if len(types) > 0 && !containsFold(types, a.Use) {
				continue
			}
			if previous && a.Previous == "" {
				continue
			}
			targets = append(targets, a)
		}
		return nil
	}); err != nil {
		return err
	}
	var chosen []*store.Assignment
	for _, a := range targets {
		thumb := a.Thumbprint
		what := "Remove certificate"
		if previous {
			thumb, what = a.Previous, "Remove previous certificate"
		}
		if !c.ShouldProcess(a.Scope+": "+a.Use+" (thumbprint "+thumb+")", what) {
			continue
		}
		// Asked already when -Confirm is on; -Force skips the question.
		if !previous && !c.Switch("Force") && !c.WhatIf && !c.Confirm && !confirmInUse(c, a) {
			continue
		}
		chosen = append(chosen, a)
	}
	if len(chosen) == 0 {
		return nil
	}
	return lab.Update(func(tx *store.Tx) error {
		for _, a := range chosen {
			if _, err := tx.Unassign(a.Scope, a.Use, previous); err != nil {
				return err
			}
			if previous {
				rep.add("Removed the previous %s certificate %s at scope %s", a.Use, a.Previous, a.Scope)
			} else {
				rep.add("Removed the %s certificate %s at scope %s", a.Use, a.Thumbprint, a.Scope)
			}
		}
		return nil
	})
}

// confirmInUse asks, as the reference describes, before removing a
// certificate that is in use: "the certificate cannot be removed until
// you respond to that prompt". It is the cmdlet's ShouldContinue, so it
// follows the rule of every Confirm prompt: with no one to answer
// (-NonInteractive, or no console) it fails with the NonInteractive
// error, which the command reports when it returns, and nothing is
// removed; -Force skips it.
func confirmInUse(c *pipeline.Call, a *store.Assignment) bool {
	return c.ShouldContinue("The certificate with thumbprint "+a.Thumbprint+" is in use as the "+a.Use+
		" certificate. Are you sure you want to remove it?", "")
}
