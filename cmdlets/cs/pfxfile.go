package cs

import (
	"crypto/x509"
	"errors"
	"os"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pki"
)

// readPFX reads the certificate file a -Path names, with its password,
// and returns the bundle and the path as the user sees it. Failures are
// error records in the words Windows uses.
func readPFX(c *pipeline.Call, path string, password string) (*pki.Bundle, string, error) {
	b, _, shown, err := readCertFile(c, path, password, false)
	return b, shown, err
}

// readCertFile is readPFX that, with answers set, also accepts a file
// holding only a certificate (DER or PEM: a CA's answer to a request),
// returned as answer for the caller to match with a pending request.
func readCertFile(c *pipeline.Call, path, password string, answers bool) (*pki.Bundle, *x509.Certificate, string, error) {
	host, err := paths.Resolve(c.Rt.Session(), path)
	if err != nil {
		return nil, nil, path, c.Fail(object.ExceptionOf(err), "PathResolution", "InvalidArgument", path)
	}
	shown := paths.Display(c.Rt.Session(), host)
	data, err := os.ReadFile(host)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			ex := object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find path '%s' because it does not exist.", shown)
			return nil, nil, shown, c.Fail(ex, "PathNotFound", "ObjectNotFound", shown)
		}
		ex := object.NewException("System.IO.IOException", "%s", err.Error())
		return nil, nil, shown, c.Fail(ex, "FileReadError", "ReadError", shown)
	}
	b, err := pki.ReadPFX(data, password)
	if err != nil {
		if answers && errors.Is(err, pki.ErrCorrupt) {
			if cert := pki.ParseCertificateFile(data); cert != nil {
				return nil, cert, shown, nil
			}
		}
		return nil, nil, shown, c.Fail(pfxException(err, shown, data), "ImportCertificateFailed", "InvalidData", shown)
	}
	return b, nil, shown, nil
}

// pfxException words a PFX failure as .NET's CryptographicException does.
func pfxException(err error, shown string, data []byte) *object.Exception {
	const cryptoEx = "System.Security.Cryptography.CryptographicException"
	switch {
	case errors.Is(err, pki.ErrBadPassword):
		return object.NewException(cryptoEx, "The specified network password is not correct.")
	case errors.Is(err, pki.ErrNoPrivateKey):
		return object.NewException(cryptoEx,
			"The file '%s' holds no private key for its certificate. Export the certificate with its private key and import that file.", shown)
	}
	if pki.ParseCertificateFile(data) != nil {
		return object.NewException(cryptoEx,
			"The file '%s' holds a certificate without its private key. Export the certificate with its private key and import that file.", shown)
	}
	return object.NewException(cryptoEx, "Cannot find the requested object.")
}

// checkValidity refuses a certificate that is expired or not yet valid
// on the lab clock.
func checkValidity(c *pipeline.Call, cert *x509.Certificate, now time.Time) error {
	subject := pki.FormatName(cert.RawSubject)
	switch {
	case now.After(cert.NotAfter):
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The certificate \"%s\" (thumbprint %s) expired on %s.", subject, pki.Thumbprint(cert.Raw), usDate(cert.NotAfter)),
			"CertificateExpired", "InvalidData", pki.Thumbprint(cert.Raw))
	case now.Before(cert.NotBefore):
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The certificate \"%s\" (thumbprint %s) is not valid until %s.", subject, pki.Thumbprint(cert.Raw), usDate(cert.NotBefore)),
			"CertificateNotYetValid", "InvalidData", pki.Thumbprint(cert.Raw))
	}
	return nil
}

// checkUse enforces what a use requires of its certificate: for
// OAuthTokenIssuer a key of at least 2048 bits and a Subject holding a
// SIP domain.
func checkUse(c *pipeline.Call, use string, cert *x509.Certificate, sipDomains []string) error {
	if !strings.EqualFold(use, oauthUse) {
		return nil
	}
	thumb := pki.Thumbprint(cert.Raw)
	if bits := pki.KeySize(cert.PublicKey); bits < 2048 {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The certificate with thumbprint %s cannot be used as the OAuthTokenIssuer certificate: its key is %d bits; at least 2048 bits are required.", thumb, bits),
			"OAuthKeyTooShort", "InvalidData", thumb)
	}
	subject := pki.FormatName(cert.RawSubject)
	for _, d := range sipDomains {
		if strings.Contains(strings.ToLower(subject), strings.ToLower(d)) {
			return nil
		}
	}
	return c.Fail(object.NewException("System.InvalidOperationException",
		"The certificate with thumbprint %s cannot be used as the OAuthTokenIssuer certificate: its Subject \"%s\" does not contain a SIP domain (%s).",
		thumb, subject, strings.Join(sipDomains, ", ")),
		"OAuthSubjectWithoutSipDomain", "InvalidData", thumb)
}

// usDate is DateTime.ToString() in en-US, local time.
func usDate(t time.Time) string { return t.Local().Format("1/2/2006 3:04:05 PM") }
