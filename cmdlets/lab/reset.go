package lab

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pki"
	"cspsh/store"
)

func resetLab() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Reset-Lab", Module: module, SupportsShouldProcess: true, ConfirmImpact: "High",
		Synopsis: "Puts the lab back to the default litwareinc.com deployment.",
		Description: "Every assignment, certificate, request, setting and the lab clock go back to how a new lab starts, and " +
			"C:\\Certificates\\ServerToServerAuth.pfx is written again. Other files on the lab drives stay.",
		Params:   []*pipeline.ParamDecl{pipeline.NewParam("Force", "switch").Describe("Do not ask for confirmation.")},
		Examples: []pipeline.Example{{Title: "Example 1", Code: "Reset-Lab -Force", Remarks: "Starts over."}},
		Process: func(c *pipeline.Call) error {
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			// -Force skips the High-impact confirmation (what a script
			// run without a console must give); -WhatIf still only says.
			if (c.WhatIf || !c.Switch("Force")) && !c.ShouldProcess(paths.LabHome(c.Rt.Session()), "Reset the lab") {
				return nil
			}
			return lab.Update(func(tx *store.Tx) error { return tx.ResetToDefault() })
		},
	}
}

func approveLabCertificateRequest() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Approve-LabCertificateRequest", Module: module, SupportsShouldProcess: true,
		Synopsis: "Has the lab CA (atl-ca-001.litwareinc.com\\myca) issue a certificate for a request file.",
		Description: "Reads a PKCS#10 request (such as Request-CsCertificate -Output writes), issues the certificate from the lab CA " +
			"and writes it as a Base-64 .cer file, ready for Import-CsCertificate. A pending Request-CsCertificate request it " +
			"answers can then also be completed with Request-CsCertificate -Retrieve.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string").Must(pipeline.AllSets, 0).Describe("The request file."),
			pipeline.NewParam("OutFile", "string").Must(pipeline.AllSets, 1).Describe("Where to write the certificate (.cer)."),
			pipeline.NewParam("ValidityDays", "int").Describe("How long the certificate is valid (default 730 days, as the WebServer template)."),
		},
		Examples: []pipeline.Example{{Title: "Example 1",
			Code:    `Approve-LabCertificateRequest -Path C:\Certificates\WebServicesExternal.req -OutFile C:\Certificates\WebServicesExternal.cer`,
			Remarks: "The lab CA answers the offline request."}},
		Process: func(c *pipeline.Call) error {
			s := c.Rt.Session()
			in, err := paths.Resolve(s, c.String("Path"))
			if err != nil {
				return c.Fail(object.NewException("System.ArgumentException", "%s", err.Error()), "PathResolution", "InvalidArgument", c.String("Path"))
			}
			raw, err := os.ReadFile(in)
			if errors.Is(err, os.ErrNotExist) {
				return c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
					"Cannot find path '%s' because it does not exist.", paths.Display(s, in)), "PathNotFound", "ObjectNotFound", c.String("Path"))
			}
			if err != nil {
				return err
			}
			der := raw
			if b, _ := pem.Decode(raw); b != nil {
				der = b.Bytes
			}
			csr, err := x509.ParseCertificateRequest(der)
			if err != nil {
				return c.Fail(object.NewException("System.ArgumentException", "The file '%s' is not a certificate request.", paths.Display(s, in)),
					"NotARequest", "InvalidData", c.String("Path"))
			}
			out, err := paths.Resolve(s, c.String("OutFile"))
			if err != nil {
				return c.Fail(object.NewException("System.ArgumentException", "%s", err.Error()), "PathResolution", "InvalidArgument", c.String("OutFile"))
			}
			days := 730
			if v, ok := c.Get("ValidityDays").(int32); ok {
				days = int(v)
			}
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			if !c.ShouldProcess(paths.Display(s, in), "Issue certificate") {
				return nil
			}
			return lab.Update(func(tx *store.Tx) error {
				ca, err := tx.CA(store.LabCA)
				if err != nil {
					return err
				}
				now, err := tx.Now()
				if err != nil {
					return err
				}
				cert, err := ca.SignRequest(csr, now.Add(-10*time.Minute), now.AddDate(0, 0, days), pki.ServerAuthClientAuth)
				if err != nil {
					return c.Fail(object.NewException("System.InvalidOperationException", "The lab CA refused the request: %s", err.Error()),
						"RequestDenied", "InvalidData", c.String("Path"))
				}
				if _, err := tx.PutCertificate(cert.Raw); err != nil {
					return err
				}
				if req, err := tx.RequestFor(cert); err == nil {
					if err := tx.ApproveRequest(req.ID, cert); err != nil {
						return err
					}
				}
				tx.AfterCommit(func() error {
					if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
						return err
					}
					return os.WriteFile(out, pki.EncodeCertificatePEM(cert), 0o644)
				})
				return nil
			})
		},
	}
}
