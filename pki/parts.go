package pki

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// oidName returns the friendly name Windows gives an object identifier
// ("" for one it has none for).
func oidName(k string) string {
	switch k {
	case "1.3.6.1.5.5.7.3.1":
		return "Server Authentication"
	case "1.3.6.1.5.5.7.3.2":
		return "Client Authentication"
	case "1.3.6.1.5.5.7.3.3":
		return "Code Signing"
	case "1.3.6.1.5.5.7.3.4":
		return "Secure Email"
	case "1.3.6.1.5.5.7.3.8":
		return "Time Stamping"
	case "1.3.6.1.5.5.7.3.9":
		return "OCSP Signing"
	case "2.5.29.14":
		return "Subject Key Identifier"
	case "2.5.29.15":
		return "Key Usage"
	case "2.5.29.17":
		return "Subject Alternative Name"
	case "2.5.29.19":
		return "Basic Constraints"
	case "2.5.29.31":
		return "CRL Distribution Points"
	case "2.5.29.32":
		return "Certificate Policies"
	case "2.5.29.35":
		return "Authority Key Identifier"
	case "2.5.29.37":
		return "Enhanced Key Usage"
	case "1.3.6.1.5.5.7.1.1":
		return "Authority Information Access"
	case "1.2.840.113549.1.1.1":
		return "RSA"
	case "1.2.840.10045.2.1":
		return "ECC"
	case "1.2.840.113549.1.1.5":
		return "sha1RSA"
	case "1.2.840.113549.1.1.11":
		return "sha256RSA"
	case "1.2.840.113549.1.1.12":
		return "sha384RSA"
	case "1.2.840.113549.1.1.13":
		return "sha512RSA"
	case "1.2.840.10045.4.3.2":
		return "sha256ECDSA"
	case "1.2.840.10045.4.3.3":
		return "sha384ECDSA"
	case "1.2.840.10045.4.3.4":
		return "sha512ECDSA"
	}
	return ""
}

// oidObject is System.Security.Cryptography.Oid.
func oidObject(value string) *object.PSObject {
	o := object.NewObject("System.Security.Cryptography.Oid", "System.Object")
	o.SetProp("Value", value)
	o.SetProp("FriendlyName", oidName(value))
	return o
}

func sigAlgOID(a x509.SignatureAlgorithm) string {
	switch a {
	case x509.SHA1WithRSA:
		return "1.2.840.113549.1.1.5"
	case x509.SHA256WithRSA:
		return "1.2.840.113549.1.1.11"
	case x509.SHA384WithRSA:
		return "1.2.840.113549.1.1.12"
	case x509.SHA512WithRSA:
		return "1.2.840.113549.1.1.13"
	case x509.ECDSAWithSHA256:
		return "1.2.840.10045.4.3.2"
	case x509.ECDSAWithSHA384:
		return "1.2.840.10045.4.3.3"
	case x509.ECDSAWithSHA512:
		return "1.2.840.10045.4.3.4"
	}
	return ""
}

// withToString adds a ToString method returning s.
func withToString(o *object.PSObject, s string) *object.PSObject {
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return s, nil }})
	return o
}

// dnsNameList is the Certificate provider's DnsNameList
// (DnsNameProperty).
func dnsNameList(c *x509.Certificate) *object.List {
	// The Subject's name when the Subject is a lone "CN=…" (a comma
	// means it is not a DNS name), then each alternative DNS name not
	// already listed, without case.
	var names []string
	if subject := FormatName(c.RawSubject); len(subject) > 3 && strings.HasPrefix(subject, "CN=") && !strings.Contains(subject, ",") {
		names = append(names, subject[3:])
	}
	for _, d := range c.DNSNames {
		dup := false
		for _, n := range names {
			dup = dup || strings.EqualFold(n, d)
		}
		if !dup {
			names = append(names, d)
		}
	}
	out := make([]any, 0, len(names))
	for _, n := range names {
		o := object.NewObject(dnsNameType, "System.ValueType", "System.Object")
		o.SetProp("Punycode", n)
		o.SetProp("Unicode", n)
		out = append(out, withToString(o, n))
	}
	// The script property returns the provider's List<T> as one object.
	return &object.List{TypeName: "System.Collections.Generic.List`1[" + dnsNameType + "]", ElemType: dnsNameType, Items: out}
}

// Type names of the Certificate provider's representations.
const (
	dnsNameType = "Microsoft.PowerShell.Commands.DnsNameRepresentation"
	ekuRepType  = "Microsoft.PowerShell.Commands.EnhancedKeyUsageRepresentation"
)

// ekuOID returns the object identifier of an extended key usage.
func ekuOID(k x509.ExtKeyUsage) (string, bool) {
	switch k {
	case x509.ExtKeyUsageServerAuth:
		return "1.3.6.1.5.5.7.3.1", true
	case x509.ExtKeyUsageClientAuth:
		return "1.3.6.1.5.5.7.3.2", true
	case x509.ExtKeyUsageCodeSigning:
		return "1.3.6.1.5.5.7.3.3", true
	case x509.ExtKeyUsageEmailProtection:
		return "1.3.6.1.5.5.7.3.4", true
	case x509.ExtKeyUsageTimeStamping:
		return "1.3.6.1.5.5.7.3.8", true
	case x509.ExtKeyUsageOCSPSigning:
		return "1.3.6.1.5.5.7.3.9", true
	}
	return "", false
}

func ekuValues(c *x509.Certificate) []string {
	var out []string
	for _, u := range c.ExtKeyUsage {
		if o, ok := ekuOID(u); ok {
			out = append(out, o)
		}
	}
	for _, u := range c.UnknownExtKeyUsage {
		out = append(out, u.String())
	}
	return out
}

// ekuList is the Certificate provider's EnhancedKeyUsageList: a
// List<EnhancedKeyUsageRepresentation>, each shown as "Name (OID)", or
// the OID alone when Windows has no name for it.
func ekuList(c *x509.Certificate) *object.List {
	out := []any{}
	for _, v := range ekuValues(c) {
		o := object.NewObject(ekuRepType, "System.ValueType", "System.Object")
		name := oidName(v)
		o.SetProp("FriendlyName", name)
		o.SetProp("ObjectId", v)
		text := v
		if name != "" {
			text = name + " (" + v + ")"
		}
		out = append(out, withToString(o, text))
	}
	return &object.List{TypeName: "System.Collections.Generic.List`1[" + ekuRepType + "]", ElemType: ekuRepType, Items: out}
}

// publicKeyObject is X509Certificates.PublicKey: the encoded key and
// its algorithm parameters as AsnEncodedData, the key, the algorithm.
func publicKeyObject(c *x509.Certificate) *object.PSObject {
	o := object.NewObject("System.Security.Cryptography.X509Certificates.PublicKey", "System.Object")
	k := parseSPKI(c)
	alg := k.Algorithm.Algorithm.String()
	o.SetProp("EncodedKeyValue", asnEncoded(alg, k.PublicKey.Bytes))
	o.SetProp("EncodedParameters", asnEncoded(alg, k.Algorithm.Parameters.FullBytes))
	o.SetProp("Key", keyObject(c.PublicKey, false))
	o.SetProp("Oid", oidObject(alg))
	return o
}

// asnEncoded is System.Security.Cryptography.AsnEncodedData.
func asnEncoded(oid string, raw []byte) *object.PSObject {
	o := object.NewObject("System.Security.Cryptography.AsnEncodedData", "System.Object")
	o.SetProp("Oid", oidObject(oid))
	o.SetProp("RawData", byteArray(raw))
	return o
}

// keyObject is the RSACryptoServiceProvider (or ECDsa) PowerShell 5.1
// shows for a key.
func keyObject(pub crypto.PublicKey, private bool) *object.PSObject {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		o := object.NewObject("System.Security.Cryptography.RSACryptoServiceProvider", "System.Security.Cryptography.RSA",
			"System.Security.Cryptography.AsymmetricAlgorithm", "System.Object")
		o.SetProp("PublicOnly", !private)
		o.SetProp("KeyExchangeAlgorithm", "RSA-PKCS1-KeyEx")
		o.SetProp("SignatureAlgorithm", "http://www.w3.org/2000/09/xmldsig#rsa-sha1")
		o.SetProp("KeySize", int32(k.N.BitLen()))
		return o
	case *ecdsa.PublicKey:
		o := object.NewObject("System.Security.Cryptography.ECDsaCng", "System.Security.Cryptography.ECDsa",
			"System.Security.Cryptography.AsymmetricAlgorithm", "System.Object")
		o.SetProp("KeySize", int32(k.Curve.Params().BitSize))
		return o
	}
	o := object.NewObject("System.Security.Cryptography.AsymmetricAlgorithm", "System.Object")
	o.SetProp("KeySize", int32(KeySize(pub)))
	return o
}

// X509KeyUsageFlags names by bit, in ascending value (the order .NET
// prints a combination in).
var keyUsageNames = []struct {
	bit  x509.KeyUsage
	name string
}{
	{x509.KeyUsageEncipherOnly, "EncipherOnly"},
	{x509.KeyUsageCRLSign, "CrlSign"},
	{x509.KeyUsageCertSign, "KeyCertSign"},
	{x509.KeyUsageKeyAgreement, "KeyAgreement"},
	{x509.KeyUsageDataEncipherment, "DataEncipherment"},
	{x509.KeyUsageKeyEncipherment, "KeyEncipherment"},
	{x509.KeyUsageContentCommitment, "NonRepudiation"},
	{x509.KeyUsageDigitalSignature, "DigitalSignature"},
	{x509.KeyUsageDecipherOnly, "DecipherOnly"},
}

// KeyUsageString prints key usage as X509KeyUsageFlags.ToString().
func KeyUsageString(ku x509.KeyUsage) string {
	var parts []string
	for _, k := range keyUsageNames {
		if ku&k.bit != 0 {
			parts = append(parts, k.name)
		}
	}
	if len(parts) == 0 {
		return "None"
	}
	return strings.Join(parts, ", ")
}

// extensionObjects is the Extensions collection: each extension as its
// .NET class (basic constraints, key usage, EKU, subject key identifier)
// or a plain X509Extension.
func extensionObjects(c *x509.Certificate) *object.List {
	out := make([]any, 0, len(c.Extensions))
	for _, e := range c.Extensions {
		id := e.Id.String()
		typ := "System.Security.Cryptography.X509Certificates.X509Extension"
		o := object.NewObject()
		set := func() {
			o.TypeNames = []string{typ, "System.Security.Cryptography.X509Certificates.X509Extension",
				"System.Security.Cryptography.AsnEncodedData", "System.Object"}
			if typ == "System.Security.Cryptography.X509Certificates.X509Extension" {
				o.TypeNames = o.TypeNames[1:]
			}
		}
		switch id {
		case "2.5.29.19":
			typ = "System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension"
			o.SetProp("CertificateAuthority", c.IsCA)
			// Without a constraint .NET reports 0, not Go's -1.
			has := c.MaxPathLen > 0 || c.MaxPathLenZero
			o.SetProp("HasPathLengthConstraint", has)
			pl := int32(0)
			if has {
				pl = int32(c.MaxPathLen)
			}
			o.SetProp("PathLengthConstraint", pl)
		case "2.5.29.15":
			typ = "System.Security.Cryptography.X509Certificates.X509KeyUsageExtension"
			o.SetProp("KeyUsages", keyUsagesValue(c.KeyUsage))
		case "2.5.29.37":
			typ = "System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension"
			var oids []any
			for _, v := range ekuValues(c) {
				oids = append(oids, oidObject(v))
			}
			o.SetProp("EnhancedKeyUsages", oids)
		case "2.5.29.14":
			typ = "System.Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension"
			var ski []byte
			if _, err := asn1.Unmarshal(e.Value, &ski); err == nil {
				o.SetProp("SubjectKeyIdentifier", strings.ToUpper(hex.EncodeToString(ski)))
			}
		}
		set()
		o.SetProp("Critical", e.Critical)
		o.SetProp("Oid", oidObject(id))
		o.SetProp("RawData", byteArray(e.Value))
		ext := e
		o.Add(&object.Member{Name: "Format", Kind: object.Method, Call: func(args []any) (any, error) {
			multi := len(args) > 0 && args[0] == true
			return formatExtension(c, ext.Id.String(), multi), nil
		}})
		out = append(out, o)
	}
	return &object.List{TypeName: ExtensionCollectionType, ElemType: "System.Security.Cryptography.X509Certificates.X509Extension", Items: out}
}

// ExtensionCollectionType is the type of X509Certificate2.Extensions.
const ExtensionCollectionType = "System.Security.Cryptography.X509Certificates.X509ExtensionCollection"

// formatExtension is AsnEncodedData.Format: the extension as the
// certificate dialog shows it.
func formatExtension(c *x509.Certificate, id string, multi bool) string {
	var items []string
	switch id {
	case "2.5.29.17":
		for _, d := range c.DNSNames {
			items = append(items, "DNS Name="+d)
		}
		for _, ip := range c.IPAddresses {
			items = append(items, "IP Address="+ip.String())
		}
		for _, m := range c.EmailAddresses {
			items = append(items, "RFC822 Name="+m)
		}
	case "2.5.29.37":
		for _, v := range ekuValues(c) {
			items = append(items, oidName(v)+" ("+v+")")
		}
	case "2.5.29.15":
		items = append(items, keyUsageText(c.KeyUsage))
	case "2.5.29.19":
		t := "Subject Type=End Entity"
		if c.IsCA {
			t = "Subject Type=CA"
		}
		pl := "Path Length Constraint=None"
		items = append(items, t, pl)
	case "2.5.29.14":
		items = append(items, strings.ToLower(hex.EncodeToString(c.SubjectKeyId)))
	case "2.5.29.35":
		items = append(items, "KeyID="+strings.ToLower(hex.EncodeToString(c.AuthorityKeyId)))
	}
	if multi {
		if len(items) == 0 {
			return ""
		}
		return strings.Join(items, "\n") + "\n"
	}
	return strings.Join(items, ", ")
}

// keyUsageText is how the certificate dialog words key usage:
// "Digital Signature, Key Encipherment (a0)".
func keyUsageText(ku x509.KeyUsage) string {
	words := []struct {
		bit  x509.KeyUsage
		text string
	}{
		{x509.KeyUsageDigitalSignature, "Digital Signature"},
		{x509.KeyUsageContentCommitment, "Non-Repudiation"},
		{x509.KeyUsageKeyEncipherment, "Key Encipherment"},
		{x509.KeyUsageDataEncipherment, "Data Encipherment"},
		{x509.KeyUsageKeyAgreement, "Key Agreement"},
		{x509.KeyUsageCertSign, "Certificate Signing"},
		{x509.KeyUsageCRLSign, "Off-line CRL Signing, CRL Signing"},
		{x509.KeyUsageEncipherOnly, "Encipher Only"},
		{x509.KeyUsageDecipherOnly, "Decipher Only"},
	}
	var parts []string
	for _, w := range words {
		if ku&w.bit != 0 {
			parts = append(parts, w.text)
		}
	}
	// The hex byte is the first octet of the KeyUsage BIT STRING.
	var b byte
	for i := 0; i < 8; i++ {
		if ku&(1<<uint(i)) != 0 {
			b |= 0x80 >> uint(i)
		}
	}
	return strings.Join(parts, ", ") + " (" + hex.EncodeToString([]byte{b}) + ")"
}

// keyUsagesValue is X509KeyUsageExtension.KeyUsages: an
// X509KeyUsageFlags value, which prints as the names of its bits.
func keyUsagesValue(ku x509.KeyUsage) any {
	if t, ok := dotnet.LookupEnum("System.Security.Cryptography.X509Certificates.X509KeyUsageFlags"); ok {
		return dotnet.Enum{Type: t, Value: KeyUsageFlags(ku)}
	}
	return KeyUsageString(ku)
}
