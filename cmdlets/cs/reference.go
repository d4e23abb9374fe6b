package cs

import (
	"crypto/x509"

	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

// referenceType is Get-CsCertificate's output type.
const referenceType = "Microsoft.Rtc.Management.Deployment.CertificateReference"

// referenceProps are its properties in the order the reference
// documents and Format-List shows.
var referenceProps = []string{"Issuer", "NotAfter", "NotBefore", "SerialNumber", "Subject", "AlternativeNames",
	"Thumbprint", "EffectiveDate", "PreviousThumbprint", "PreviousNotAfter", "Use"}

// referenceObject is one assigned use as Get-CsCertificate returns it.
func referenceObject(a *store.Assignment) *object.PSObject {
	o := object.NewObject(referenceType, "System.Object")
	c := a.Cert
	add := func(name string, v any) { o.Add(&object.Member{Name: name, Kind: object.Property, Value: v}) }
	add("Issuer", pki.FormatName(c.RawIssuer))
	add("NotAfter", c.NotAfter.Local())
	add("NotBefore", c.NotBefore.Local())
	add("SerialNumber", pki.SerialNumber(c))
	add("Subject", pki.FormatName(c.RawSubject))
	add("AlternativeNames", alternativeNames(c))
	add("Thumbprint", a.Thumbprint)
	var eff, prevThumb, prevNotAfter any
	if !a.Effective.IsZero() {
		eff = a.Effective.Local()
	}
	if a.Previous != "" {
		prevThumb = a.Previous
		if a.PreviousCert != nil {
			prevNotAfter = a.PreviousCert.NotAfter.Local()
		}
	}
	add("EffectiveDate", eff)
	add("PreviousThumbprint", prevThumb)
	add("PreviousNotAfter", prevNotAfter)
	add("Use", useValue(a.Use))
	return o
}

// alternativeNames lists the subject alternative names (DNS names, then
// addresses) as a collection, which lists show as {a, b, c, d...}.
func alternativeNames(c *x509.Certificate) []any {
	out := make([]any, 0, len(c.DNSNames))
	for _, n := range c.DNSNames {
		out = append(out, n)
	}
	for _, ip := range c.IPAddresses {
		out = append(out, ip.String())
	}
	for _, m := range c.EmailAddresses {
		out = append(out, m)
	}
	return out
}

func registerViews() {
	cols := make([]format.Column, len(referenceProps))
	for i, p := range referenceProps {
		cols[i] = format.Column{Property: p}
	}
	format.RegisterView(referenceType, &format.View{Name: "CertificateReference", Kind: format.ListKind, Columns: cols})
	// Test-CsCertificateConfiguration's table, as "Check server
	// certificates" prints it: Thumbprint, then Use.
	format.RegisterView(certificateExistsType, &format.View{Name: "CertificateExists", Kind: format.TableKind, Columns: []format.Column{
		{Property: "Thumbprint", Align: format.AlignLeft}, {Property: "Use", Align: format.AlignLeft},
	}})
}
