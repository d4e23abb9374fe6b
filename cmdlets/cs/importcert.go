package cs

import (
	"bytes"
	"crypto/x509"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

func importCsCertificate() *pipeline.CommandInfo {
	const def, cms, local = "Default", "CMS", "Local"
	return &pipeline.CommandInfo{
		Name:       "Import-CsCertificate",
		Module:     module,
		DefaultSet: def,
		Synopsis:   "Imports a certificate with its private key from a PFX file so Skype for Business Server can use it.",
		Description: "Reads the PFX file and puts the certificate, with its private key, into the local computer's " +
			"LocalMachine\\My store. With -Identity global and -Type it also assigns the certificate at global scope; " +
			"the Central Management Store then replicates it to every front end. A file that cannot be read, a wrong " +
			"password, a file without a private key, or a certificate that is not valid now changes nothing.",
		SupportsShouldProcess: true,
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string").Must(def, -1).Must(cms, -1).Must(local, -1).
				Describe("Full path of the certificate file, e.g. C:\\Certificates\\WebServer.pfx."),
			pipeline.NewParam("Password", "string").Describe("The password protecting the file."),
			pipeline.NewParam("PrivateKeyExportable", "bool").At(def, -1).At(local, -1).
				Describe("$True lets the private key be exported again later."),
			forceParam("Suppresses non-fatal messages."),
			reportParam(),
			pipeline.NewParam("Identity", "string").Shown("XdsIdentity").Must(cms, 2).
				Describe("\"global\" assigns the certificate at global scope, replicated to every front end."),
			typeParam("The uses to assign the certificate to at the -Identity scope, e.g. OAuthTokenIssuer.").Must(cms, -1),
			effectiveDateParam().At(cms, -1).At(local, -1),
			rollParam().At(cms, -1).At(local, -1),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: `Import-CsCertificate -Path "C:\Certificates\WebServer.pfx" -PrivateKeyExportable $True`,
				Remarks: "Imports the certificate so it can be assigned with Set-CsCertificate; its key stays exportable."},
			{Title: "Example 2", Code: `Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path C:\Certificates\ServerToServerAuth.pfx -Password "P@ssw0rd"`,
				Remarks: "Imports the server-to-server certificate and makes it the global OAuthTokenIssuer certificate."},
		},
		Process: runImportCsCertificate,
	}
}

func runImportCsCertificate(c *pipeline.Call) error {
	rep := newReport(c)
	err := importCertificate(c, rep)
	rep.write(c, err)
	return err
}

func importCertificate(c *pipeline.Call, rep *report) error {
	if c.Switch("Roll") && !c.Has("EffectiveDate") {
		return rollNeedsDate(c)
	}
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	b, answer, shown, err := readCertFile(c, c.String("Path"), pki.PasswordText(c.Get("Password")), true)
	if err != nil {
		return err
	}
	if answer != nil {
		return importAnswer(c, lab, answer, shown, rep)
	}
	rep.add("Read %s", shown)
	thumb := pki.Thumbprint(b.Leaf.Raw)
	types := c.Strings("Type")
	if !c.ShouldProcess(shown, "Import certificate "+thumb) {
		return nil
	}
	return lab.Update(func(tx *store.Tx) error {
		now, err := tx.Now()
		if err != nil {
			return err
		}
		if err := checkValidity(c, b.Leaf, now); err != nil {
			return err
		}
		doms, err := tx.SIPDomains()
		if err != nil {
			return err
		}
		for _, t := range types {
			if err := checkUse(c, t, b.Leaf, doms); err != nil {
				return err
			}
		}
		computer := Computer(c)
		if err := putBundle(tx, computer, b, exportable(c)); err != nil {
			return err
		}
		rep.add("Added certificate %s (%s) to Cert:\\LocalMachine\\My on %s", thumb, pki.FormatName(b.Leaf.RawSubject), computer)
		if len(types) == 0 {
			return nil
		}
		scope, err := scopeOf(tx, c)
		if err != nil {
			return err
		}
		opts, err := assignOptions(c)
		if err != nil {
			return err
		}
		for _, t := range types {
			if err := tx.Assign(scope, t, thumb, opts); err != nil {
				return err
			}
			rep.add("Assigned %s as %s at scope %s", thumb, t, scope)
		}
		return nil
	})
}

// putBundle stores a PFX's contents on a computer: the leaf with its key
// in My, a self-signed chain certificate in Root, others in CA.
func putBundle(tx *store.Tx, computer string, b *pki.Bundle, exportable bool) error {
	key, err := x509.MarshalPKCS8PrivateKey(b.Key)
	if err != nil {
		return err
	}
	if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: "My", DER: b.Leaf.Raw, PrivateKey: key, Exportable: exportable}); err != nil {
		return err
	}
	for _, ch := range b.Chain {
		st := "CA"
		if bytes.Equal(ch.RawSubject, ch.RawIssuer) && ch.CheckSignatureFrom(ch) == nil {
			st = "Root"
		}
		if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: st, DER: ch.Raw}); err != nil {
			return err
		}
	}
	return nil
}

func exportable(c *pipeline.Call) bool {
	v := c.Get("PrivateKeyExportable")
	if v == nil {
		return false
	}
	return dotnet.ToBool(v)
}

// assignOptions reads -EffectiveDate (and -Roll).
func assignOptions(c *pipeline.Call) (store.AssignOptions, error) {
	var o store.AssignOptions
	if !c.Has("EffectiveDate") {
		return o, nil
	}
	switch t := c.Get("EffectiveDate").(type) {
	case time.Time:
		o.Effective = t
	default:
		d, err := dotnet.Convert(t, "datetime")
		if err != nil {
			return o, c.Fail(object.ExceptionOf(err), "InvalidEffectiveDate", "InvalidArgument", t)
		}
		o.Effective = d.(time.Time)
	}
	return o, nil
}

// rollNeedsDate is the failure of -Roll without -EffectiveDate.
func rollNeedsDate(c *pipeline.Call) error {
	return c.Fail(object.NewException("System.ArgumentException",
		"The Roll parameter requires the EffectiveDate parameter: specify when the certificate takes over, e.g. -EffectiveDate \"7/1/2015\"."),
		"RollWithoutEffectiveDate", "InvalidArgument", nil)
}

// typesText joins uses for messages.
func typesText(types []string) string { return strings.Join(types, ", ") }

// importAnswer installs a CA's answer to a pending Request-CsCertificate
// request: the certificate joins the private key kept with the request.
func importAnswer(c *pipeline.Call, lab *store.Store, cert *x509.Certificate, shown string, rep *report) error {
	thumb := pki.Thumbprint(cert.Raw)
	if !c.ShouldProcess(shown, "Import certificate "+thumb) {
		return nil
	}
	return lab.Update(func(tx *store.Tx) error {
		req, err := tx.RequestFor(cert)
		if err != nil {
			return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException",
				"The file '%s' holds a certificate without its private key, and no pending certificate request matches it. Import a PFX file with the private key.", shown),
				"ImportCertificateFailed", "InvalidData", shown)
		}
		now, err := tx.Now()
		if err != nil {
			return err
		}
		if err := checkValidity(c, cert, now); err != nil {
			return err
		}
		if err := tx.CompleteRequest(req, cert); err != nil {
			return err
		}
		rep.add("Completed request %d: certificate %s installed in Cert:\\LocalMachine\\My on %s", req.ID, thumb, req.Computer)
		return nil
	})
}
