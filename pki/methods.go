package pki

import (
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"

	"software.sslmate.com/src/go-pkcs12"
)

// cryptoEx is the exception type the X509Certificate methods throw.
const cryptoEx = "System.Security.Cryptography.CryptographicException"

// ErrNoOverload is what a method returns when none of its overloads
// takes the arguments given. The cmdlet family that registers the
// certificate types points it at members.ErrNoOverload, so that the
// error reads as PowerShell's; pki stays below the member layer.
var ErrNoOverload = errors.New("no overload takes these arguments")

// spki is a SubjectPublicKeyInfo: what GetKeyAlgorithm, GetPublicKey and
// GetKeyAlgorithmParameters read.
type spki struct {
	Algorithm pkix.AlgorithmIdentifier
	PublicKey asn1.BitString
}

func parseSPKI(c *x509.Certificate) spki {
	var s spki
	asn1.Unmarshal(c.RawSubjectPublicKeyInfo, &s)
	return s
}

func upperHex(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

// addX509Methods gives a certificate object the methods of .NET's
// X509Certificate that scripts call beyond the ones CertObject defines
// itself (X509Certificate class reference, .NET Framework 4.x).
func addX509Methods(obj *object.PSObject, c *x509.Certificate, o ObjectOptions) {
	method := func(name string, f func(args []any) (any, error)) {
		obj.Add(&object.Member{Name: name, Kind: object.Method, Call: f})
	}
	noArgs := func(f func() any) func([]any) (any, error) {
		return func(args []any) (any, error) {
			if len(args) != 0 {
				return nil, ErrNoOverload
			}
			return f(), nil
		}
	}
	key := parseSPKI(c)
	hash := sha1.Sum(c.Raw)
	method("GetCertHash", noArgs(func() any { return byteArray(hash[:]) }))
	method("GetFormat", noArgs(func() any { return "X509" }))
	// Dispose (IDisposable, .NET 4.6) frees the certificate's handle; the
	// lab's certificates hold no handle to free. Scripts call it last.
	method("Dispose", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, ErrNoOverload
		}
		return object.Null, nil
	})
	// GetName and GetIssuerName are the obsolete forms of Subject and
	// Issuer; they return the same text.
	method("GetName", noArgs(func() any { return FormatName(c.RawSubject) }))
	method("GetIssuerName", noArgs(func() any { return FormatName(c.RawIssuer) }))
	method("GetKeyAlgorithm", noArgs(func() any { return key.Algorithm.Algorithm.String() }))
	method("GetKeyAlgorithmParameters", noArgs(func() any { return byteArray(key.Algorithm.Parameters.FullBytes) }))
	method("GetKeyAlgorithmParametersString", noArgs(func() any { return upperHex(key.Algorithm.Parameters.FullBytes) }))
	method("GetPublicKey", noArgs(func() any { return byteArray(key.PublicKey.Bytes) }))
	method("GetPublicKeyString", noArgs(func() any { return upperHex(key.PublicKey.Bytes) }))
	method("GetRawCertDataString", noArgs(func() any { return upperHex(c.Raw) }))
	// GetSerialNumber is little-endian, the reverse of SerialNumber's text.
	method("GetSerialNumber", noArgs(func() any {
		b, _ := hex.DecodeString(SerialNumber(c))
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return byteArray(b)
	}))
	// GetHashCode folds the first four bytes of the SHA-1 hash.
	method("GetHashCode", noArgs(func() any {
		var v int32
		for _, b := range hash[:4] {
			v = v<<8 | int32(b)
		}
		return v
	}))
	// Equals compares issuer and serial number, as X509Certificate does.
	method("Equals", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, ErrNoOverload
		}
		other, ok := CertOf(args[0])
		if !ok {
			return false, nil
		}
		return FormatName(other.RawIssuer) == FormatName(c.RawIssuer) && SerialNumber(other) == SerialNumber(c), nil
	})
	method("GetNameInfo", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, ErrNoOverload
		}
		kind, err := enumName(args[0], "System.Security.Cryptography.X509Certificates.X509NameType")
		if err != nil {
			return nil, err
		}
		return NameInfo(c, kind, dotnet.ToBool(args[1])), nil
	})
	method("Export", func(args []any) (any, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, ErrNoOverload
		}
		kind, err := enumName(args[0], "System.Security.Cryptography.X509Certificates.X509ContentType")
		if err != nil {
			return nil, err
		}
		password := ""
		if len(args) == 2 {
			password = PasswordText(args[1])
		}
		b, err := Export(c, o, kind, password)
		if err != nil {
			return nil, err
		}
		return byteArray(b), nil
	})
}

// enumName converts a method argument to a value of the enum typeName and
// returns its name, as .NET's binder converts 'Cert' or 1 for a
// parameter of an enum type.
func enumName(v any, typeName string) (string, error) {
	r, err := dotnet.Convert(v, typeName)
	if err != nil {
		return "", err
	}
	return dotnet.ToString(r), nil
}

// PasswordText is the text of a password argument: a string, or the
// text a SecureString object stands for.
func PasswordText(v any) string {
	if v == nil {
		return ""
	}
	if o, ok := v.(*object.PSObject); ok {
		for _, name := range []string{"__PlainText", "PlainText"} {
			if m := o.Member(name); m != nil {
				return dotnet.ToString(m.GetValue())
			}
		}
	}
	return dotnet.ToString(v)
}

// Export is X509Certificate.Export: Cert is the DER encoding; Pfx (and
// its alias Pkcs12) a PKCS#12 file with the private key when the object
// has one and may export it.
func Export(c *x509.Certificate, o ObjectOptions, kind, password string) ([]byte, error) {
	switch kind {
	case "Cert":
		return append([]byte(nil), c.Raw...), nil
	case "Pfx", "Pkcs12":
		if o.PrivateKey == nil {
			if o.HasPrivateKey {
				return nil, object.NewException(cryptoEx, "Key not valid for use in specified state.")
			}
			return pkcs12.Modern.EncodeTrustStore([]*x509.Certificate{c}, password)
		}
		if !o.Exportable {
			return nil, object.NewException(cryptoEx, "Key not valid for use in specified state.")
		}
		return WritePFX(o.PrivateKey, c, nil, password)
	}
	return nil, object.NewException(cryptoEx, "Invalid content type.")
}

// NameInfo is X509Certificate2.GetNameInfo: the name of the subject (or
// issuer) of the kind X509NameType names, "" when there is none.
func NameInfo(c *x509.Certificate, kind string, forIssuer bool) string {
	name := c.Subject
	if forIssuer {
		name = c.Issuer
	}
	// Only the subject's alternative names are in the certificate.
	var dns, emails, uris []string
	if !forIssuer {
		dns, emails = c.DNSNames, c.EmailAddresses
		for _, u := range c.URIs {
			uris = append(uris, u.String())
		}
	}
	first := func(s []string) string {
		if len(s) > 0 {
			return s[0]
		}
		return ""
	}
	switch kind {
	case "SimpleName":
		return simpleName(name)
	case "EmailName":
		if e := first(emails); e != "" {
			return e
		}
		for _, atv := range name.Names {
			if atv.Type.String() == "1.2.840.113549.1.9.1" {
				return dotnet.ToString(atv.Value)
			}
		}
		return ""
	case "UpnName":
		return ""
	case "DnsName":
		// The first DNS alternative name, else the common name.
		if d := first(dns); d != "" {
			return d
		}
		return name.CommonName
	case "DnsFromAlternativeName":
		return first(dns)
	case "UrlName":
		return first(uris)
	}
	return ""
}

// simpleName is CERT_NAME_SIMPLE_DISPLAY_TYPE: the common name, else the
// first of OU, O or e-mail that the name has.
func simpleName(n pkix.Name) string {
	if n.CommonName != "" {
		return n.CommonName
	}
	for _, s := range [][]string{n.OrganizationalUnit, n.Organization} {
		if len(s) > 0 {
			return s[0]
		}
	}
	for _, atv := range n.Names {
		if atv.Type.String() == "1.2.840.113549.1.9.1" {
			return dotnet.ToString(atv.Value)
		}
	}
	return ""
}
