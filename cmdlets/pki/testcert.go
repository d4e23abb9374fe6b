package pki

import (
	"crypto/x509"
	"fmt"
	"strings"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

// certError is a Windows certificate error (winerror.h): its message and
// HRESULT, printed as Test-Certificate prints them.
type certError struct {
	text string
	hr   uint32
	name string
}

func (e certError) message() string {
	return fmt.Sprintf("%s 0x%08x (%d %s)", e.text, e.hr, int32(e.hr), e.name)
}

// The errors Test-Certificate reports.
var (
	errExpired       = certError{"A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.", 0x800B0101, "CERT_E_EXPIRED"}
	errUntrustedRoot = certError{"A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.", 0x800B0109, "CERT_E_UNTRUSTEDROOT"}
	errChaining      = certError{"A certificate chain could not be built to a trusted root authority.", 0x800B010A, "CERT_E_CHAINING"}
	errWrongUsage    = certError{"The certificate is not valid for the requested usage.", 0x800B0110, "CERT_E_WRONG_USAGE"}
	errNameMismatch  = certError{"The certificate's CN name does not match the passed value.", 0x800B010F, "CERT_E_CN_NO_MATCH"}
)

func testCertificate() *pipeline.CommandInfo {
	policy := pipeline.NewParam("Policy", "string").Describe("The chain policy: BASE (the default), SSL, AUTHENTICODE or NTAUTH.")
	policy.ValidateSet = []string{"BASE", "SSL", "AUTHENTICODE", "NTAUTH"}
	return &pipeline.CommandInfo{
		Name: "Test-Certificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.TestCertificate",
		Synopsis: "Verifies a certificate according to the input parameters.",
		Description: "Builds the certificate's chain on the computer and checks it: a trusted root (or, with -AllowUntrustedRoot, any root), " +
			"the validity period on the lab clock, the enhanced key usages given with -EKU, and with -DNSName the name for SSL. " +
			"Returns $true, or writes the error Windows gives and returns $false. The lab CA publishes no revocation lists; revocation is not checked.",
		Params: []*pipeline.ParamDecl{
			// Piped certificates bind by their PSPath, as the PKI module
			// declares it.
			pipeline.NewParam("Cert", "object").Must(pipeline.AllSets, 0).FromPipeline(false, true).Alias("PsPath").Describe("The certificate, or its Cert: path."),
			pipeline.NewParam("AllowUntrustedRoot", "switch").Describe("Accepts a chain that ends in a root the computer does not trust."),
			pipeline.NewParam("DNSName", "string").Describe("The DNS name the certificate must hold for SSL (dns=contoso.com or contoso.com)."),
			pipeline.NewParam("EKU", "string[]").Describe("Object identifiers of the application policies the chain must be valid for."),
			policy,
			pipeline.NewParam("User", "switch").Describe("Builds the chain in the user's context (the lab's user stores are empty)."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: `Get-ChildItem -Path Cert:\LocalMachine\My | Test-Certificate -Policy SSL -DNSName 'dns=atl-cs-001.litwareinc.com'`,
				Remarks: "Checks each certificate of the computer's personal store for SSL with that name."},
			{Title: "Example 2", Code: `Test-Certificate -Cert Cert:\LocalMachine\My\<thumbprint> -AllowUntrustedRoot -EKU 1.3.6.1.5.5.7.3.1`,
				Remarks: "Checks that the certificate and its chain are valid for Server Authentication."},
		},
		Process: func(c *pipeline.Call) error {
			cert, _, err := certFromValue(c, c.Get("Cert"))
			if err != nil {
				return err
			}
			if e, failed := checkCertificate(c, cert); failed {
				rec := c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "%s", e.message()),
					"System.Security.Cryptography.CryptographicException", "NotSpecified", nil)
				if err := c.WriteError(rec); err != nil {
					return err
				}
				return c.Out(false)
			}
			return c.Out(true)
		},
	}
}

// checkCertificate runs Test-Certificate's checks on cert.
func checkCertificate(c *pipeline.Call, cert *x509.Certificate) (certError, bool) {
	lab, err := cs.OpenLab(c)
	if err != nil {
		return errChaining, true
	}
	now := labClock(lab)()
	var roots, others []*x509.Certificate
	computer := machine(c)
	lab.View(func(tx *store.Tx) error {
		if roots, err = tx.Roots(computer); err != nil {
			return err
		}
		for _, s := range []string{"CA", "My", "Root"} {
			ms, err := tx.MachineCerts(computer, s)
			if err != nil {
				return err
			}
			for _, m := range ms {
				others = append(others, m.Cert)
			}
		}
		return nil
	})
	if now.Before(cert.NotBefore) || now.After(cert.NotAfter) {
		return errExpired, true
	}
	chain, complete := pki.BuildChain(cert, others)
	for _, ca := range chain[1:] {
		if now.Before(ca.NotBefore) || now.After(ca.NotAfter) {
			return errExpired, true
		}
	}
	if !complete {
		return errChaining, true
	}
	if !c.Switch("AllowUntrustedRoot") && !pki.Trusted(chain[len(chain)-1], roots) {
		return errUntrustedRoot, true
	}
	ekus := c.Strings("EKU")
	if strings.EqualFold(c.String("Policy"), "SSL") || c.Has("DNSName") {
		ekus = append(ekus, "1.3.6.1.5.5.7.3.1")
	}
	for _, want := range ekus {
		if want = strings.TrimSpace(want); want == "" {
			continue
		}
		for _, link := range chain {
			if have := pki.EKUOIDs(link); len(have) > 0 && !contains(have, want) {
				return errWrongUsage, true
			}
		}
	}
	if c.Has("DNSName") {
		name := c.String("DNSName")
		if len(name) > 4 && strings.EqualFold(name[:4], "dns=") {
			name = name[4:]
		}
		if cert.VerifyHostname(name) != nil {
			return errNameMismatch, true
		}
	}
	return certError{}, false
}
