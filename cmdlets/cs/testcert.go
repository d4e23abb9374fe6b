package cs

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

const certificateExistsType = "Microsoft.Rtc.Management.Deployment.CertificateExists"

// Statuses Test-CsCertificateConfiguration reports for an assignment.
const (
	statusValid          = "Valid"
	statusExpired        = "Expired"
	statusNotYetValid    = "NotYetValid"
	statusMissing        = "NotInStore"
	statusNoKey          = "NoPrivateKey"
	statusShortKey       = "KeyTooShort"
	statusNoSipDomain    = "SubjectWithoutSipDomain"
	statusNotReplicated  = "NotOnAllFrontEnds"
	statusUntrustedChain = "Untrusted"
)

func testCsCertificateConfiguration() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Test-CsCertificateConfiguration", Module: module,
		Synopsis: "Checks the certificates the local computer uses for Skype for Business Server.",
		Description: "Reports, for each assigned use, whether the certificate is in the computer's LocalMachine\\My store with " +
			"its private key, valid on the lab clock and trusted. For OAuthTokenIssuer it also checks the server-to-server " +
			"requirements: at least 2048 bits, a SIP domain in the Subject, and the same certificate on every front end. " +
			"-Verbose explains each finding.",
		Outputs: certificateExistsType,
		Params:  []*pipeline.ParamDecl{reportParam()},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Test-CsCertificateConfiguration", Remarks: "Checks the local computer's certificates."},
			{Title: "Example 2", Code: `Test-CsCertificateConfiguration -Report "C:\Logs\Certificates.html"`, Remarks: "Also writes the findings to a report."},
		},
		Process: func(c *pipeline.Call) error {
			rep := newReport(c)
			err := testCertificates(c, rep)
			rep.write(c, err)
			return err
		},
	}
}

type finding struct {
	use, thumb, status string
	notes              []string
	failures           int // notes[:failures] are problems, the rest remarks
}

func testCertificates(c *pipeline.Call, rep *report) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	computer := Computer(c)
	var findings []finding
	err = lab.Update(func(tx *store.Tx) error {
		if _, err := tx.CatchUp(false); err != nil {
			return err
		}
		list, err := assignmentsFor(tx, computer)
		if err != nil {
			return err
		}
		now, err := tx.Now()
		if err != nil {
			return err
		}
		doms, err := tx.SIPDomains()
		if err != nil {
			return err
		}
		roots, err := tx.Roots(computer)
		if err != nil {
			return err
		}
		fes, err := tx.FrontEnds()
		if err != nil {
			return err
		}
		for _, a := range list {
			thumb := a.InUse(now)
			f := finding{use: a.Use, thumb: thumb, status: statusValid}
			fail := func(status, format string, args ...any) {
				if f.status == statusValid {
					f.status = status
				}
				f.notes = append(f.notes, fmt.Sprintf(format, args...))
				f.failures = len(f.notes)
			}
			m, err := tx.MachineCert(computer, "My", thumb)
			if err != nil {
				fail(statusMissing, "The %s certificate %s is not in Cert:\\LocalMachine\\My on %s.", a.Use, thumb, computer)
				findings = append(findings, f)
				continue
			}
			cert := m.Cert
			switch {
			case m.PrivateKey == nil:
				fail(statusNoKey, "The %s certificate %s has no private key on %s.", a.Use, thumb, computer)
			case now.After(cert.NotAfter):
				fail(statusExpired, "The %s certificate %s expired on %s.", a.Use, thumb, usDate(cert.NotAfter))
			case now.Before(cert.NotBefore):
				fail(statusNotYetValid, "The %s certificate %s is not valid until %s.", a.Use, thumb, usDate(cert.NotBefore))
			case !pki.Verify(cert, roots, nil, now):
				fail(statusUntrustedChain, "The %s certificate %s does not chain to a trusted root on %s.", a.Use, thumb, computer)
			}
			if strings.EqualFold(a.Use, oauthUse) {
				if bits := pki.KeySize(cert.PublicKey); bits < 2048 {
					fail(statusShortKey, "The OAuthTokenIssuer certificate's key is %d bits; at least 2048 are required.", bits)
				}
				subject := strings.ToLower(pki.FormatName(cert.RawSubject))
				hasDomain := false
				for _, d := range doms {
					hasDomain = hasDomain || strings.Contains(subject, strings.ToLower(d))
				}
				if !hasDomain {
					fail(statusNoSipDomain, "The OAuthTokenIssuer certificate's Subject does not contain a SIP domain.")
				}
				for _, fe := range fes {
					if _, err := tx.MachineCert(fe, "My", thumb); err != nil {
						fail(statusNotReplicated, "%s does not hold the OAuthTokenIssuer certificate %s yet.", fe, thumb)
					}
				}
				if !m.Exportable && !store.IsGlobal(a.Scope) {
					f.notes = append(f.notes, "The private key is not exportable: the certificate cannot be copied to the other front ends by hand.")
				}
			}
			findings = append(findings, f)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, f := range findings {
		// A problem is a warning (the table itself is the product's:
		// Thumbprint and Use, "Check server certificates"); remarks that
		// are no problem are verbose.
		for i, n := range f.notes {
			rep.add("%s", n)
			write := c.WriteVerbose
			if f.status != statusValid && i < f.failures {
				write = c.WriteWarning
			}
			if err := write(n); err != nil {
				return err
			}
		}
		rep.add("%s %s: %s", f.use, f.thumb, f.status)
		o := object.NewObject(certificateExistsType, "System.Object")
		o.Add(&object.Member{Name: "Thumbprint", Kind: object.Property, Value: f.thumb})
		o.Add(&object.Member{Name: "Use", Kind: object.Property, Value: useValue(f.use)})
		// Status is the lab's summary of the findings, for scripts and
		// exercises; hidden, so the default view stays the product's.
		o.Add(&object.Member{Name: "Status", Kind: object.Property, Value: f.status, Hidden: true})
		if err := c.Out(o); err != nil {
			return err
		}
	}
	return nil
}
