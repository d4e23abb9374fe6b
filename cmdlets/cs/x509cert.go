package cs

import (
	"crypto/x509"
	"errors"
	"os"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pki"

	"software.sslmate.com/src/go-pkcs12"
)

// Type names of the .NET certificate classes scripts construct.
const (
	x509Cert2Type    = "System.Security.Cryptography.X509Certificates.X509Certificate2"
	x509CertType     = "System.Security.Cryptography.X509Certificates.X509Certificate"
	x509CollType     = "System.Security.Cryptography.X509Certificates.X509Certificate2Collection"
	x509StoreType    = "System.Security.Cryptography.X509Certificates.X509Store"
	keyStorageFlags  = "System.Security.Cryptography.X509Certificates.X509KeyStorageFlags"
	cryptoException  = "System.Security.Cryptography.CryptographicException"
	flagExportable   = 4
	errFileNotFound  = "The system cannot find the file specified."
	errBadPassword   = "The specified network password is not correct."
	errNotFoundInPFX = "Cannot find the requested object."
)

// registerX509 makes New-Object and [type]::new() build the certificate
// classes: X509Certificate2 and X509Certificate from a file or bytes
// (with a PFX password and key storage flags), X509Store and
// X509Certificate2Collection.
func registerX509() {
	pki.ErrNoOverload = members.ErrNoOverload
	members.RegisterConstructor(x509Cert2Type, func(args []any) (any, error) { return newCertificate(args, x509Cert2Type) })
	members.RegisterConstructor(x509CertType, func(args []any) (any, error) { return newCertificate(args, x509CertType) })
	members.RegisterConstructor(x509StoreType, newX509Store)
	members.RegisterConstructor(x509CollType, newCertCollection)
	members.RegisterConstructor(x509ChainType, newX509Chain)
	members.RegisterStatics(x509CertType, nil, certStaticCall)
	members.RegisterStatics(x509Cert2Type, nil, certStaticCall)
	// [X509Certificate2]$bytes and [X509Certificate2]'C:\x.cer' convert
	// through the one-argument constructor, as PowerShell does.
	dotnet.RegisterConversion(x509Cert2Type, func(v any) (any, error) { return convertCertificate(v, x509Cert2Type) })
	dotnet.RegisterConversion(x509CertType, func(v any) (any, error) { return convertCertificate(v, x509CertType) })
	members.RegisterConstructor("System.Security.Cryptography.Oid", newOid)
}

// newCertificate is the X509Certificate2 constructor: (), (fileName),
// (rawData), (certificate), each of the first two with a password, and
// then key storage flags.
func newCertificate(args []any, typ string) (any, error) {
	if len(args) == 0 {
		return emptyCertificate(typ), nil
	}
	if len(args) > 3 {
		return nil, members.ErrNoOverload
	}
	if len(args) == 1 {
		if cert, ok := pki.CertOf(args[0]); ok {
			return certObjectFor(cert, nil, 0, typ), nil
		}
	}
	password := ""
	if len(args) >= 2 {
		password = pki.PasswordText(args[1])
	}
	var flags int64
	if len(args) == 3 {
		v, err := dotnet.Convert(args[2], keyStorageFlags)
		if err != nil {
			return nil, err
		}
		if e, ok := v.(dotnet.Enum); ok {
			flags = e.Value
		}
	}
	data, err := certData(args[0])
	if err != nil {
		return nil, err
	}
	return loadCertificate(data, password, flags, typ)
}

// certData is the bytes a constructor's first argument stands for: a
// byte array, or the file a path names.
func certData(v any) ([]byte, error) {
	if b, ok := byteArg(v); ok {
		return b, nil
	}
	name := dotnet.ToString(v)
	host, err := members.ResolvePath(name)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(host)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, object.NewException(cryptoException, errFileNotFound)
		}
		return nil, object.NewException(cryptoException, "%s", err.Error())
	}
	return data, nil
}

// byteArg reads a byte[] argument ([IO.File]::ReadAllBytes, Export()).
func byteArg(v any) ([]byte, bool) {
	items, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]byte, len(items))
	for i, x := range items {
		b, err := dotnet.Convert(x, "System.Byte")
		if err != nil {
			return nil, false
		}
		out[i], _ = b.(uint8)
	}
	return out, true
}

// loadCertificate reads a certificate (DER or Base-64) or a PFX file as
// .NET's X509Certificate2 does, failing with the CryptographicException
// messages Windows gives.
func loadCertificate(data []byte, password string, flags int64, typ string) (*object.PSObject, error) {
	if cert := pki.ParseCertificateFile(data); cert != nil {
		return certObjectFor(cert, nil, flags, typ), nil
	}
	b, err := pki.ReadPFX(data, password)
	switch {
	case err == nil:
		return certObjectFor(b.Leaf, b, flags, typ), nil
	case errors.Is(err, pki.ErrBadPassword):
		return nil, object.NewException(cryptoException, errBadPassword)
	case errors.Is(err, pki.ErrNoPrivateKey):
		// A PFX of certificates only: the first one, without a key.
		if certs, err := pkcs12.DecodeTrustStore(data, password); err == nil && len(certs) > 0 {
			return certObjectFor(certs[0], nil, flags, typ), nil
		}
	}
	return nil, object.NewException(cryptoException, errNotFoundInPFX)
}

// certObjectFor builds the object for a certificate read by a script,
// with the key a PFX gave it.
func certObjectFor(cert *x509.Certificate, b *pki.Bundle, flags int64, typ string) *object.PSObject {
	opts := pki.ObjectOptions{RootsFunc: objectRoots, Now: objectNow, Exportable: flags&flagExportable != 0}
	if b != nil {
		opts.HasPrivateKey = true
		opts.PrivateKey = b.Key
		opts.Intermediates = b.Chain
	}
	o := pki.CertObject(cert, opts)
	if typ == x509CertType {
		o.TypeNames = o.TypeNames[1:]
	}
	addImport(o, typ)
	return o
}

// emptyCertificate is new X509Certificate2(): no certificate until
// Import fills it.
func emptyCertificate(typ string) *object.PSObject {
	o := object.NewObject(typ, "System.Object")
	if typ == x509Cert2Type {
		o.TypeNames = []string{typ, x509CertType, "System.Object"}
	}
	o.SetProp("Handle", object.IntPtr(0))
	addImport(o, typ)
	return o
}

// addImport gives a certificate object X509Certificate2.Import, which
// replaces what the object holds with the certificate read from a file
// or bytes: (fileName or rawData), then a password and key storage flags.
func addImport(o *object.PSObject, typ string) {
	o.Add(&object.Member{Name: "Import", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 0 || len(args) > 3 || len(args) == 2 {
			// .NET has (x), (x, password, flags): no two-argument form.
			return nil, members.ErrNoOverload
		}
		n, err := newCertificate(args, typ)
		if err != nil {
			return nil, err
		}
		filled := n.(*object.PSObject)
		for _, m := range append([]*object.Member(nil), o.Members()...) {
			o.Remove(m.Name)
		}
		for _, m := range filled.Members() {
			if m.Name != "Import" {
				o.Add(m)
			}
		}
		addImport(o, typ)
		o.TypeNames = filled.TypeNames
		return object.Null, nil
	}})
}

// newOid is the Oid constructor: (), (oid), (value, friendlyName).
func newOid(args []any) (any, error) {
	switch len(args) {
	case 0:
		o := pki.NewOid("")
		o.SetProp("Value", nil)
		o.SetProp("FriendlyName", nil)
		return o, nil
	case 1:
		return pki.NewOid(dotnet.ToString(args[0])), nil
	case 2:
		o := pki.NewOid(dotnet.ToString(args[0]))
		o.SetProp("FriendlyName", dotnet.ToString(args[1]))
		return o, nil
	}
	return nil, members.ErrNoOverload
}

// convertCertificate casts a value to a certificate: a certificate
// object is already one; anything else goes to the constructor.
func convertCertificate(v any, typ string) (any, error) {
	if _, ok := pki.CertOf(v); ok {
		return v, nil
	}
	return newCertificate([]any{v}, typ)
}

// certStaticCall serves the static methods of X509Certificate and
// X509Certificate2: CreateFromCertFile (an X509Certificate from a
// certificate file) and GetCertContentType (what a file or byte array
// holds).
func certStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "createfromcertfile":
		if len(args) != 1 {
			return nil, true, members.ErrNoOverload
		}
		data, err := certData(dotnet.ToString(args[0]))
		if err != nil {
			return nil, true, err
		}
		cert := pki.ParseCertificateFile(data)
		if cert == nil {
			return nil, true, object.NewException(cryptoException, errNotFoundInPFX)
		}
		return certObjectFor(cert, nil, 0, x509CertType), true, nil
	case "getcertcontenttype":
		if len(args) != 1 {
			return nil, true, members.ErrNoOverload
		}
		data, err := certData(args[0])
		if err != nil {
			return nil, true, err
		}
		kind := ""
		switch {
		case pki.ParseCertificateFile(data) != nil:
			kind = "Cert"
		case pki.IsPFX(data):
			kind = "Pfx"
		default:
			return nil, true, object.NewException(cryptoException, errNotFoundInPFX)
		}
		v, err := dotnet.Convert(kind, "System.Security.Cryptography.X509Certificates.X509ContentType")
		return v, true, err
	}
	return nil, false, nil
}
