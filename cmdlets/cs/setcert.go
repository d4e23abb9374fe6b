package cs

import (
	"errors"
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

func setCsCertificate() *pipeline.CommandInfo {
	const ref, thumb, path = "CertificateReference", "Thumbprint", "Path"
	return &pipeline.CommandInfo{
		Name:   "Set-CsCertificate",
		Module: module,
		// The reference marks no default parameter set.
		Synopsis: "Assigns a certificate from the machine store to Skype for Business Server uses.",
		Description: "Makes a certificate that is already in the computer's LocalMachine\\My store (with its private key) the " +
			"current certificate of each -Type at the local computer's scope, or at global scope with -Identity global. " +
			"The certificate it replaces becomes the previous one. With -EffectiveDate and -Roll the new certificate is " +
			"staged: it takes over when the lab clock reaches that date.",
		SupportsShouldProcess: true,
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("NetportId", "string").At(ref, -1).At(thumb, -1).
				Describe("Reserved; accepted for certificates dedicated to a port, which the product does not support."),
			pipeline.NewParam("Reference", "object").Shown("CertificateReference").Must(ref, -1).FromPipeline(true, false).
				Describe("A certificate object, such as one Get-CsCertificate returns."),
			pipeline.NewParam("Thumbprint", "string").Must(thumb, -1).
				Describe("The thumbprint of the certificate to assign, e.g. B142918E463981A76503828BB1278391B716280987B."),
			typeParam("The uses to assign, e.g. -Type Default,WebServicesInternal,WebServicesExternal.").At(ref, -1).At(thumb, -1).Must(path, -1),
			forceParam("Suppresses non-fatal messages."),
			reportParam(),
			pipeline.NewParam("Identity", "string").Shown("XdsIdentity").At(ref, -1).At(thumb, -1).Must(path, -1).
				Describe("\"global\" assigns at global scope; global certificates are replicated to every front end."),
			effectiveDateParam(),
			rollParam(),
			pipeline.NewParam("Path", "string").Must(path, -1).Describe("Full path of a PFX file to import and assign."),
			pipeline.NewParam("Password", "string").At(path, -1).Describe("The password of the PFX file."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: `Set-CsCertificate -Type WebServicesExternal -Thumbprint "B142918E463981A76503828BB1278391B716280987B"`,
				Remarks: "Assigns that certificate to the external web services of the local computer."},
			{Title: "Example 2", Code: "$x = (Get-CsCertificate -Type Default).Thumbprint\nSet-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x",
				Remarks: "Makes the Default certificate the global OAuthTokenIssuer certificate."},
			{Title: "Example 3", Code: "$x = (Get-CsCertificate -Type Default).Thumbprint\nSet-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x -EffectiveDate \"7/1/2015\" -Roll",
				Remarks: "Stages the Default certificate as OAuthTokenIssuer from 1 July 2015; the current one becomes the previous one then."},
		},
		Process: runSetCsCertificate,
	}
}

func runSetCsCertificate(c *pipeline.Call) error {
	rep := newReport(c)
	err := setCertificate(c, rep)
	rep.write(c, err)
	return err
}

func setCertificate(c *pipeline.Call, rep *report) error {
	if c.Switch("Roll") && !c.Has("EffectiveDate") {
		return rollNeedsDate(c)
	}
	types := c.Strings("Type")
	if len(types) == 0 {
		types = []string{"Default"}
	}
	opts, err := assignOptions(c)
	if err != nil {
		return err
	}
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	var bundle *pki.Bundle
	thumb := ""
	switch c.SetName {
	case "Path":
		var shown string
		bundle, shown, err = readPFX(c, c.String("Path"), pki.PasswordText(c.Get("Password")))
		if err != nil {
			return err
		}
		rep.add("Read %s", shown)
		thumb = pki.Thumbprint(bundle.Leaf.Raw)
	case "CertificateReference":
		thumb = referenceThumbprint(c.Get("Reference"))
		if thumb == "" {
			return c.Fail(object.NewException("System.ArgumentException",
				"The Reference parameter needs a certificate object with a Thumbprint, such as one Get-CsCertificate returns."),
				"InvalidReference", "InvalidArgument", c.Get("Reference"))
		}
	default:
		thumb = pki.NormalizeThumbprint(c.String("Thumbprint"))
	}
	var scope string
	scopes := map[string]string{}
	if err := lab.View(func(tx *store.Tx) error {
		if scope, err = scopeOf(tx, c); err != nil {
			return err
		}
		for _, t := range types {
			if scopes[t], err = scopeForUse(tx, c, scope, t); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	target := fmt.Sprintf("%s: %s (thumbprint %s)", scope, typesText(types), thumb)
	action := "Assign certificate"
	if c.Switch("Roll") {
		action = "Stage certificate from " + usDate(opts.Effective)
	}
	if !c.ShouldProcess(target, action) {
		return nil
	}
	return lab.Update(func(tx *store.Tx) error {
		computer := Computer(c)
		if bundle != nil {
			if err := putBundle(tx, computer, bundle, false); err != nil {
				return err
			}
		}
		m, err := tx.MachineCert(computer, "My", thumb)
		if errors.Is(err, store.ErrNotFound) {
			return c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find a certificate with thumbprint \"%s\" in the certificate store Cert:\\LocalMachine\\My of %s. Import it first with Import-CsCertificate.", thumb, computer),
				"CertificateNotFound", "ObjectNotFound", thumb)
		}
		if err != nil {
			return err
		}
		if m.PrivateKey == nil {
			return c.Fail(object.NewException("System.InvalidOperationException",
				"The certificate with thumbprint \"%s\" has no private key on %s; Skype for Business Server needs the private key to use it.", thumb, computer),
				"CertificateWithoutPrivateKey", "InvalidData", thumb)
		}
		now, err := tx.Now()
		if err != nil {
			return err
		}
		if err := checkValidity(c, m.Cert, now); err != nil {
			return err
		}
		doms, err := tx.SIPDomains()
		if err != nil {
			return err
		}
		for _, t := range types {
			if err := checkUse(c, t, m.Cert, doms); err != nil {
				return err
			}
		}
		for _, t := range types {
			if err := tx.Assign(scopes[t], t, m.Thumbprint, opts); err != nil {
				return err
			}
			if opts.Effective.IsZero() {
				rep.add("Assigned %s as %s at scope %s", m.Thumbprint, t, scopes[t])
			} else {
				rep.add("Staged %s as %s at scope %s from %s", m.Thumbprint, t, scopes[t], usDate(opts.Effective))
			}
		}
		return nil
	})
}

// referenceThumbprint takes the thumbprint of a -Reference object (a
// CertificateReference or a certificate), or of a thumbprint string.
func referenceThumbprint(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		if t, ok := o.Prop("Thumbprint"); ok {
			return pki.NormalizeThumbprint(dotnet.ToString(t))
		}
		return ""
	}
	if s, ok := v.(string); ok {
		return pki.NormalizeThumbprint(s)
	}
	return ""
}

// scopeForUse is where a use is assigned when -Identity is left out: the
// computer's own scope, except for OAuthTokenIssuer when the deployment
// already has a global one and the computer none of its own (the -Roll
// page stages the OAuthTokenIssuer certificate without -Identity; it
// lives in the Central Management Store).
func scopeForUse(tx *store.Tx, c *pipeline.Call, scope, use string) (string, error) {
	if c.String("Identity") != "" || !strings.EqualFold(use, oauthUse) {
		return scope, nil
	}
	if _, err := tx.Assignment(scope, use); err == nil {
		return scope, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", err
	}
	if _, err := tx.Assignment(store.GlobalScope, use); err == nil {
		return store.GlobalScope, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", err
	}
	return scope, nil
}
