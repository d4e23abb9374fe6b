package pki

import (
	"crypto"
	"crypto/sha1"
	"crypto/x509"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// X509Certificate2 type names, most derived first, as PowerShell shows
// a certificate object.
var certTypeNames = []string{
	"System.Security.Cryptography.X509Certificates.X509Certificate2",
	"System.Security.Cryptography.X509Certificates.X509Certificate",
	"System.Object",
}

// CertTypeName is the .NET type name of certificate objects.
const CertTypeName = "System.Security.Cryptography.X509Certificates.X509Certificate2"

// ObjectOptions says what a certificate object knows beyond the
// certificate: its store entry (key, friendly name) and what Verify()
// checks against.
type ObjectOptions struct {
	HasPrivateKey bool
	PrivateKey    crypto.PrivateKey
	// Exportable lets Export('Pfx') write PrivateKey; a key marked
	// non-exportable cannot leave its store.
	Exportable   bool
	FriendlyName string
	Archived     bool
	// Roots are the trusted roots for Verify(); Intermediates the other
	// certificates a chain may use.
	Roots         []*x509.Certificate
	Intermediates []*x509.Certificate
	// RootsFunc, when Roots is nil, reads the trusted roots when Verify()
	// is called: a certificate made with New-Object need not open the lab
	// unless a script verifies it.
	RootsFunc func() []*x509.Certificate
	// SetFriendlyName, for a certificate in a store, records a new
	// friendly name there, as setting the property does on Windows.
	SetFriendlyName func(name string) error
	// Now is the clock Verify() checks validity against (the lab clock).
	Now func() time.Time
}

// certMember is the hidden member holding the parsed certificate, so
// cmdlets given a certificate object can get the certificate back.
const certMember = "__x509"

// optsMember is the hidden member holding the object's options (its
// key), for X509Store.Add.
const optsMember = "__x509opts"

// KeyOf returns the private key a certificate object carries (one read
// from a PFX or a store), or nil.
func KeyOf(v any) crypto.PrivateKey {
	if o := optionsOf(v); o != nil {
		return o.PrivateKey
	}
	return nil
}

// ExportableOf reports whether a certificate object's key may be
// exported.
func ExportableOf(v any) bool {
	o := optionsOf(v)
	return o != nil && o.Exportable
}

func optionsOf(v any) *ObjectOptions {
	p, ok := v.(*object.PSObject)
	if !ok {
		return nil
	}
	if m := p.Member(optsMember); m != nil {
		o, _ := m.Value.(*ObjectOptions)
		return o
	}
	return nil
}

// CertOf returns the certificate behind a certificate object.
func CertOf(v any) (*x509.Certificate, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil, false
	}
	m := o.Member(certMember)
	if m == nil {
		return nil, false
	}
	c, ok := m.Value.(*x509.Certificate)
	return c, ok
}

// CertObject builds the object PowerShell shows for a .NET
// X509Certificate2, with the properties in the order Format-List *
// shows them in Windows PowerShell 5.1 (the Certificate provider's
// script properties first, then .NET's).
func CertObject(c *x509.Certificate, o ObjectOptions) *object.PSObject {
	obj := object.NewObject(certTypeNames...)
	// The certificate's own values are .NET properties (Get-Member shows
	// "string Thumbprint {get;}"), read-only.
	value := func(name, typ string, v any) {
		obj.Add(&object.Member{Name: name, Kind: object.Property, Type: typ, Value: v})
	}
	prop := func(name string, get func() any) {
		obj.Add(&object.Member{Name: name, Kind: object.Property, Get: get})
	}
	method := func(name string, f func(args []any) (any, error)) {
		obj.Add(&object.Member{Name: name, Kind: object.Method, Call: f})
	}
	thumb := Thumbprint(c.Raw)
	subject := FormatName(c.RawSubject)
	issuer := FormatName(c.RawIssuer)
	serial := SerialNumber(c)
	notBefore := c.NotBefore.Local()
	notAfter := c.NotAfter.Local()

	// The script properties types.ps1xml gives every X509Certificate2
	// in Windows PowerShell 5.1; their scripts are shown by Get-Member.
	obj.Add(&object.Member{Name: "EnhancedKeyUsageList", Kind: object.ScriptProperty, Get: func() any { return ekuList(c) },
		Script: scriptText(",(new-object Microsoft.Powershell.Commands.EnhancedKeyUsageProperty -argumentlist $this).EnhancedKeyUsageList;")})
	obj.Add(&object.Member{Name: "DnsNameList", Kind: object.ScriptProperty, Get: func() any { return dnsNameList(c) },
		Script: scriptText(",(new-object Microsoft.Powershell.Commands.DnsNameProperty -argumentlist $this).DnsNameList;")})
	obj.Add(&object.Member{Name: "SendAsTrustedIssuer", Kind: object.ScriptProperty, Get: func() any { return false },
		Script: scriptText("[Microsoft.Powershell.Commands.SendAsTrustedIssuerProperty]::ReadSendAsTrustedIssuerProperty($this)")})
	obj.Add(&object.Member{Name: "EnrollmentPolicyEndPoint", Kind: object.ScriptProperty, Get: func() any { return nil }})
	obj.Add(&object.Member{Name: "EnrollmentServerEndPoint", Kind: object.ScriptProperty, Get: func() any { return nil }})
	obj.Add(&object.Member{Name: "PolicyId", Kind: object.ScriptProperty, Get: func() any { return nil }})
	value("Archived", "bool", o.Archived)
	prop("Extensions", func() any { return extensionObjects(c) })
	friendly := o.FriendlyName
	obj.Add(&object.Member{Name: "FriendlyName", Kind: object.Property, Type: "string",
		Get: func() any { return friendly },
		Set: func(v any) error {
			name := dotnet.ToString(v)
			if o.SetFriendlyName != nil {
				if err := o.SetFriendlyName(name); err != nil {
					return err
				}
			}
			friendly = name
			return nil
		}})
	prop("IssuerName", func() any { return distinguishedName(c.RawIssuer) })
	value("NotAfter", "datetime", notAfter)
	value("NotBefore", "datetime", notBefore)
	value("HasPrivateKey", "bool", o.HasPrivateKey)
	prop("PrivateKey", func() any {
		if !o.HasPrivateKey {
			return nil
		}
		return keyObject(c.PublicKey, true)
	})
	prop("PublicKey", func() any { return publicKeyObject(c) })
	prop("RawData", func() any { return byteArray(c.Raw) })
	value("SerialNumber", "string", serial)
	prop("SubjectName", func() any { return distinguishedName(c.RawSubject) })
	prop("SignatureAlgorithm", func() any { return oidObject(sigAlgOID(c.SignatureAlgorithm)) })
	value("Thumbprint", "string", thumb)
	value("Version", "int", int32(c.Version))
	value("Handle", "System.IntPtr", handleOf(c.Raw))
	value("Issuer", "string", issuer)
	value("Subject", "string", subject)
	obj.Add(&object.Member{Name: certMember, Kind: object.NoteProperty, Value: c, Hidden: true})
	obj.Add(&object.Member{Name: optsMember, Kind: object.NoteProperty, Value: &o, Hidden: true})

	now := o.Now
	if now == nil {
		now = time.Now
	}
	method("Verify", func([]any) (any, error) {
		roots := o.Roots
		if roots == nil && o.RootsFunc != nil {
			roots = o.RootsFunc()
		}
		return Verify(c, roots, o.Intermediates, now()), nil
	})
	method("ToString", func(args []any) (any, error) {
		return certString(subject, issuer, serial, notBefore, notAfter, thumb), nil
	})
	method("GetCertHashString", func([]any) (any, error) { return thumb, nil })
	method("GetSerialNumberString", func([]any) (any, error) { return serial, nil })
	method("GetExpirationDateString", func([]any) (any, error) { return usDate(notAfter), nil })
	method("GetEffectiveDateString", func([]any) (any, error) { return usDate(notBefore), nil })
	method("GetRawCertData", func([]any) (any, error) { return byteArray(c.Raw), nil })
	addX509Methods(obj, c, o)
	return obj
}

// Verify reports whether c chains to one of roots and is valid at now,
// as X509Certificate2.Verify() does (without revocation, which the lab
// has no CRLs for).
func Verify(c *x509.Certificate, roots, intermediates []*x509.Certificate, now time.Time) bool {
	rp := x509.NewCertPool()
	for _, r := range roots {
		rp.AddCert(r)
	}
	ip := x509.NewCertPool()
	for _, r := range intermediates {
		ip.AddCert(r)
	}
	_, err := c.Verify(x509.VerifyOptions{Roots: rp, Intermediates: ip, CurrentTime: now, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	return err == nil
}

// usDate formats a date as .NET's DateTime.ToString() does in en-US.
func usDate(t time.Time) string { return t.Format("1/2/2006 3:04:05 PM") }

// certString is X509Certificate.ToString(): labelled sections, each value
// indented by two spaces, a blank line between sections.
func certString(subject, issuer, serial string, nb, na time.Time, thumb string) string {
	var b strings.Builder
	section := func(name, value string, last bool) {
		b.WriteString("[" + name + "]\n  " + value + "\n")
		if !last {
			b.WriteString("\n")
		}
	}
	section("Subject", subject, false)
	section("Issuer", issuer, false)
	section("Serial Number", serial, false)
	section("Not Before", usDate(nb), false)
	section("Not After", usDate(na), false)
	section("Thumbprint", thumb, true)
	return b.String()
}

// byteArray is a .NET byte[] (RawData, GetCertHash(), Export()).
func byteArray(b []byte) []any {
	out := make([]any, len(b))
	for i, x := range b {
		out[i] = x
	}
	dotnet.MarkArrayType(out, "System.Byte")
	return out
}

// handleOf is the certificate's Handle: on Windows the address of its
// CERT_CONTEXT. The lab has no such memory; each certificate gets a
// stable non-zero value of its own (from its hash) so that scripts that
// test "$cert.Handle -ne [IntPtr]::Zero" see a loaded certificate.
func handleOf(der []byte) object.IntPtr {
	sum := sha1.Sum(der)
	v := int64(sum[0])<<32 | int64(sum[1])<<24 | int64(sum[2])<<16 | int64(sum[3])<<8
	return object.IntPtr(v&0x7fffffffff0 | 0x10000000000)
}

// scriptText is the text of a types.ps1xml script property, shown where
// PowerShell shows the script (Get-Member's definition); the lab computes
// the value in Go.
type scriptText string

func (s scriptText) String() string { return string(s) }
