package cs

import (
	"crypto/x509"
	"encoding/hex"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pki"
)

const findTypeEnum = "System.Security.Cryptography.X509Certificates.X509FindType"

// newCertCollection is the X509Certificate2Collection constructor: empty,
// or holding a certificate, an array of them or another collection.
func newCertCollection(args []any) (any, error) {
	if len(args) > 1 {
		return nil, members.ErrNoOverload
	}
	var items []any
	if len(args) == 1 {
		if list, ok := dotnet.Enumerate(args[0]); ok {
			items = append(items, list...)
		} else {
			items = []any{args[0]}
		}
		for _, it := range items {
			if _, ok := pki.CertOf(it); !ok {
				return nil, members.ErrNoOverload
			}
		}
	}
	return newCollectionOf(items), nil
}

// newCollectionOf is an X509Certificate2Collection of certificate
// objects, with its Find method.
func newCollectionOf(items []any) *object.List {
	if items == nil {
		items = []any{}
	}
	l := &object.List{TypeName: x509CollType, ElemType: x509Cert2Type, Items: items}
	h, ok := object.Attach(l, func() *object.PSObject { return object.NewObject(x509CollType, "System.Object") })
	if ok {
		h.Add(&object.Member{Name: "Find", Kind: object.Method, Call: func(args []any) (any, error) {
			return findCertificates(l.Items, args)
		}})
		h.Add(&object.Member{Name: "Import", Kind: object.Method, Call: func(args []any) (any, error) {
			certs, err := importCertificates(args)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, certs...)
			return object.Null, nil
		}})
	}
	return l
}

// findCertificates is X509Certificate2Collection.Find(findType,
// findValue, validOnly): the certificates that match, in a new
// collection; with validOnly those that Verify() too.
func findCertificates(items []any, args []any) (any, error) {
	if len(args) != 3 {
		return nil, members.ErrNoOverload
	}
	ft, err := dotnet.Convert(args[0], findTypeEnum)
	if err != nil {
		return nil, err
	}
	match, err := finder(dotnet.ToString(ft), args[1])
	if err != nil {
		return nil, err
	}
	validOnly := dotnet.ToBool(args[2])
	var out []any
	for _, it := range items {
		cert, ok := pki.CertOf(it)
		if !ok || !match(cert) {
			continue
		}
		if validOnly {
			ok, _ := members.Call(it, "Verify", nil)
			if ok != true {
				continue
			}
		}
		out = append(out, it)
	}
	return newCollectionOf(out), nil
}

// finder returns the test a find type applies with its value.
func finder(kind string, value any) (func(*x509.Certificate) bool, error) {
	text := strings.ToLower(dotnet.ToString(value))
	date := func() (time.Time, error) {
		v, err := dotnet.Convert(value, "System.DateTime")
		if err != nil {
			return time.Time{}, err
		}
		t, _ := v.(time.Time)
		return t, nil
	}
	switch kind {
	case "FindByThumbprint":
		want := pki.NormalizeThumbprint(dotnet.ToString(value))
		return func(c *x509.Certificate) bool { return pki.Thumbprint(c.Raw) == want }, nil
	case "FindBySubjectName":
		return func(c *x509.Certificate) bool {
			return strings.Contains(strings.ToLower(pki.FormatName(c.RawSubject)), text)
		}, nil
	case "FindBySubjectDistinguishedName":
		return func(c *x509.Certificate) bool { return strings.ToLower(pki.FormatName(c.RawSubject)) == text }, nil
	case "FindByIssuerName":
		return func(c *x509.Certificate) bool {
			return strings.Contains(strings.ToLower(pki.FormatName(c.RawIssuer)), text)
		}, nil
	case "FindByIssuerDistinguishedName":
		return func(c *x509.Certificate) bool { return strings.ToLower(pki.FormatName(c.RawIssuer)) == text }, nil
	case "FindBySerialNumber":
		want := strings.TrimLeft(pki.NormalizeThumbprint(dotnet.ToString(value)), "0")
		return func(c *x509.Certificate) bool { return strings.TrimLeft(pki.SerialNumber(c), "0") == want }, nil
	case "FindByTimeValid", "FindByTimeNotYetValid", "FindByTimeExpired":
		t, err := date()
		if err != nil {
			return nil, err
		}
		return func(c *x509.Certificate) bool {
			switch kind {
			case "FindByTimeNotYetValid":
				return t.Before(c.NotBefore)
			case "FindByTimeExpired":
				return t.After(c.NotAfter)
			}
			return !t.Before(c.NotBefore) && !t.After(c.NotAfter)
		}, nil
	case "FindByApplicationPolicy":
		oid := oidFor(text)
		return func(c *x509.Certificate) bool {
			ekus := pki.EKUOIDs(c)
			if len(ekus) == 0 {
				// No EKU extension: valid for every application policy.
				return true
			}
			for _, e := range ekus {
				if e == oid {
					return true
				}
			}
			return false
		}, nil
	case "FindByCertificatePolicy":
		oid := oidFor(text)
		return func(c *x509.Certificate) bool {
			for _, p := range c.PolicyIdentifiers {
				if p.String() == oid {
					return true
				}
			}
			return false
		}, nil
	case "FindByExtension":
		oid := oidFor(text)
		return func(c *x509.Certificate) bool {
			for _, e := range c.Extensions {
				if e.Id.String() == oid {
					return true
				}
			}
			return false
		}, nil
	case "FindByKeyUsage":
		v, err := dotnet.Convert(value, "System.Security.Cryptography.X509Certificates.X509KeyUsageFlags")
		if err != nil {
			return nil, err
		}
		want, _ := v.(dotnet.Enum)
		return func(c *x509.Certificate) bool {
			if c.KeyUsage == 0 {
				return true
			}
			return pki.KeyUsageFlags(c.KeyUsage)&want.Value == want.Value
		}, nil
	case "FindBySubjectKeyIdentifier":
		want := strings.ToLower(pki.NormalizeThumbprint(dotnet.ToString(value)))
		return func(c *x509.Certificate) bool { return hex.EncodeToString(c.SubjectKeyId) == want }, nil
	case "FindByTemplateName":
		// The lab's CA issues no certificate-template extensions.
		return func(*x509.Certificate) bool { return false }, nil
	}
	return nil, members.ErrNoOverload
}

// oidFor takes an object identifier or the friendly name Windows gives
// one ("Server Authentication"), lower-cased.
func oidFor(s string) string {
	if id, ok := pki.OIDByName(s); ok {
		return id
	}
	return s
}

// importCertificates is X509Certificate2Collection.Import: every
// certificate a PFX file holds (its own with the key, then the rest of
// the chain), or the one certificate of a certificate file; (fileName or
// rawData), optionally with a password and key storage flags.
func importCertificates(args []any) ([]any, error) {
	if len(args) != 1 && len(args) != 3 {
		return nil, members.ErrNoOverload
	}
	data, err := certData(args[0])
	if err != nil {
		return nil, err
	}
	password := ""
	var flags int64
	if len(args) == 3 {
		password = pki.PasswordText(args[1])
		v, err := dotnet.Convert(args[2], keyStorageFlags)
		if err != nil {
			return nil, err
		}
		if e, ok := v.(dotnet.Enum); ok {
			flags = e.Value
		}
	}
	if cert := pki.ParseCertificateFile(data); cert != nil {
		return []any{certObjectFor(cert, nil, flags, x509Cert2Type)}, nil
	}
	b, err := pki.ReadPFX(data, password)
	if err != nil {
		// The same messages as the constructor's.
		_, cerr := loadCertificate(data, password, flags, x509Cert2Type)
		if cerr != nil {
			return nil, cerr
		}
		return nil, err
	}
	out := []any{certObjectFor(b.Leaf, b, flags, x509Cert2Type)}
	for _, c := range b.Chain {
		out = append(out, certObjectFor(c, nil, flags, x509Cert2Type))
	}
	return out, nil
}
