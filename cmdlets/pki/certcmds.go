package pki

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"strings"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

func exportCertificate() *pipeline.CommandInfo {
	typ := pipeline.NewParam("Type", "string").Describe("CERT (the default, DER), P7B or SST.")
	typ.ValidateSet = []string{"SST", "CERT", "P7B"}
	return &pipeline.CommandInfo{
		Name: "Export-Certificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.ExportCertificateCommand", SupportsShouldProcess: true,
		Synopsis:    "Exports a certificate, without its private key, to a file.",
		Description: "Writes the certificate in DER form (a .cer file), for the trust stores of other computers.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Cert", "object").Must(pipeline.AllSets, 0).FromPipeline(true, false).Alias("PSPath").Describe("The certificate, or its Cert: path."),
			pipeline.NewParam("FilePath", "string").Must(pipeline.AllSets, 1).Alias("FullName").Describe("The file to write."),
			typ,
			pipeline.NewParam("NoClobber", "switch").Describe("Do not overwrite an existing file."),
			pipeline.NewParam("Force", "switch").Describe("Overwrite without asking."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: `Get-ChildItem Cert:\LocalMachine\Root | Where-Object {$_.Subject -eq "CN=myca"} | Export-Certificate -FilePath C:\Certificates\myca.cer`,
			Remarks: "Exports the lab CA's root certificate."}},
		Process: func(c *pipeline.Call) error {
			cert, _, err := certFromValue(c, c.Get("Cert"))
			if err != nil {
				return err
			}
			if !c.ShouldProcess(c.String("FilePath"), "Export certificate "+pki.Thumbprint(cert.Raw)) {
				return nil
			}
			return writeFile(c, c.String("FilePath"), cert.Raw)
		},
	}
}

func importCertificate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Import-Certificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.ImportCertificateCommand", SupportsShouldProcess: true,
		Synopsis:    "Imports a certificate file (.cer, DER or Base-64) into a certificate store.",
		Description: "The certificate comes without a private key; use it for trust stores such as Cert:\\LocalMachine\\Root.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("FilePath", "string").Must(pipeline.AllSets, 0).FromPipeline(false, true).Alias("FullName").Describe("The certificate file."),
			pipeline.NewParam("CertStoreLocation", "string").Describe("The store, e.g. Cert:\\LocalMachine\\Root."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: `Import-Certificate -FilePath C:\Certificates\myca.cer -CertStoreLocation Cert:\LocalMachine\Root`, Remarks: "Trusts the lab CA."}},
		Process: func(c *pipeline.Call) error {
			storeName, err := targetStore(c, c.String("CertStoreLocation"))
			if err != nil {
				return err
			}
			raw, shown, err := readFile(c, c.String("FilePath"))
			if err != nil {
				return err
			}
			cert := pki.ParseCertificateFile(raw)
			if cert == nil {
				return c.Fail(object.NewException("System.Exception", "Cannot find the requested object."),
					"System.Exception", "NotSpecified", shown)
			}
			if !c.ShouldProcess(shown, "Import certificate") {
				return nil
			}
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			computer := machine(c)
			var out any
			if err := lab.Update(func(tx *store.Tx) error {
				if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: storeName, DER: cert.Raw}); err != nil {
					return err
				}
				m, err := tx.MachineCert(computer, storeName, pki.Thumbprint(cert.Raw))
				if err != nil {
					return err
				}
				roots, err := tx.Roots(computer)
				out = storeCertObject(lab, roots, *m, "LocalMachine")
				return err
			}); err != nil {
				return err
			}
			return c.Out(out)
		},
	}
}

func newSelfSignedCertificate() *pipeline.CommandInfo {
	policy := pipeline.NewParam("KeyExportPolicy", "string[]").Describe("Exportable, ExportableEncrypted or NonExportable (the default).")
	policy.ValidateSet = []string{"Exportable", "ExportableEncrypted", "NonExportable"}
	return &pipeline.CommandInfo{
		Name: "New-SelfSignedCertificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.NewSelfSignedCertificateCommand", SupportsShouldProcess: true,
		Synopsis:    "Creates a self-signed certificate (for tests) in a certificate store.",
		Description: "The certificate gets a new RSA key; -Signer makes it signed by another certificate of the store instead.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("DnsName", "string[]").Describe("The DNS names; the first is the Subject's CN unless -Subject is given."),
			pipeline.NewParam("Subject", "string").Describe("The Subject, e.g. \"CN=test.litwareinc.com\"."),
			pipeline.NewParam("CertStoreLocation", "string").Describe("The store (default Cert:\\LocalMachine\\My)."),
			pipeline.NewParam("FriendlyName", "string").Describe("The friendly name."),
			pipeline.NewParam("NotAfter", "datetime").Describe("End of validity (default one year from now on the lab clock)."),
			pipeline.NewParam("NotBefore", "datetime").Describe("Start of validity (default ten minutes ago)."),
			pipeline.NewParam("KeyLength", "int").Describe("RSA key size in bits (default 2048)."),
			pipeline.NewParam("KeyAlgorithm", "string").Describe("RSA (the default)."),
			policy,
			pipeline.NewParam("Signer", "object").Describe("A certificate (with its key) to sign with instead of self-signing."),
			pipeline.NewParam("TextExtension", "string[]").Describe("Extensions as text; accepted."),
			pipeline.NewParam("Type", "string").Describe("SSLServerAuthentication (the default) and others; accepted."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: `New-SelfSignedCertificate -DnsName "test.litwareinc.com" -CertStoreLocation Cert:\LocalMachine\My`, Remarks: "A test certificate."}},
		Process: func(c *pipeline.Call) error {
			loc := c.String("CertStoreLocation")
			if loc == "" {
				loc = `Cert:\LocalMachine\My`
			}
			storeName, err := targetStore(c, loc)
			if err != nil {
				return err
			}
			names := c.Strings("DnsName")
			subject := c.String("Subject")
			if subject == "" && len(names) == 0 {
				return c.Fail(object.NewException("System.ArgumentException", "Specify -DnsName or -Subject."), "NoSubject", "InvalidArgument", nil)
			}
			if subject == "" {
				subject = "CN=" + names[0]
			}
			rdns, err := parseSubject(subject)
			if err != nil {
				return c.Fail(object.NewException("System.ArgumentException", "The Subject \"%s\" is not a distinguished name such as CN=test.litwareinc.com.", subject),
					"InvalidSubject", "InvalidArgument", subject)
			}
			bits := 2048
			if v, ok := c.Get("KeyLength").(int32); ok {
				bits = int(v)
			}
			key, err := rsa.GenerateKey(rand.Reader, bits)
			if err != nil {
				return err
			}
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			computer := machine(c)
			exportable := false
			for _, p := range c.Strings("KeyExportPolicy") {
				exportable = exportable || strings.HasPrefix(strings.ToLower(p), "exportable")
			}
			if !c.ShouldProcess(subject, "Create self-signed certificate") {
				return nil
			}
			var out any
			err = lab.Update(func(tx *store.Tx) error {
				now, err := tx.Now()
				if err != nil {
					return err
				}
				nb, na := now.Add(-10*time.Minute), now.AddDate(1, 0, 0)
				if t, ok := c.Get("NotBefore").(time.Time); ok {
					nb = t
				}
				if t, ok := c.Get("NotAfter").(time.Time); ok {
					na = t
				}
				serial, err := pki.NewSerial()
				if err != nil {
					return err
				}
				tmpl := &x509.Certificate{SerialNumber: serial, Subject: pkix.Name{ExtraNames: flatten(rdns)}, DNSNames: names,
					NotBefore: nb, NotAfter: na, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
					ExtKeyUsage: pki.ServerAuthClientAuth, BasicConstraintsValid: true}
				parent, signer := tmpl, any(key)
				if s := c.Get("Signer"); s != nil {
					pc, _, err := certFromValue(c, s)
					if err != nil {
						return err
					}
					pm, err := tx.MachineCert(computer, "My", pki.Thumbprint(pc.Raw))
					if err != nil || pm.PrivateKey == nil {
						return c.Fail(object.NewException("System.ArgumentException", "The signer certificate has no private key in Cert:\\LocalMachine\\My."), "SignerWithoutKey", "InvalidArgument", s)
					}
					if signer, err = x509.ParsePKCS8PrivateKey(pm.PrivateKey); err != nil {
						return err
					}
					parent = pc
				}
				der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
				if err != nil {
					return err
				}
				k8, err := x509.MarshalPKCS8PrivateKey(key)
				if err != nil {
					return err
				}
				if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: storeName, DER: der, PrivateKey: k8,
					Exportable: exportable, FriendlyName: c.String("FriendlyName")}); err != nil {
					return err
				}
				m, err := tx.MachineCert(computer, storeName, pki.Thumbprint(der))
				if err != nil {
					return err
				}
				roots, err := tx.Roots(computer)
				out = storeCertObject(lab, roots, *m, "LocalMachine")
				return err
			})
			if err != nil {
				return err
			}
			return c.Out(out)
		},
	}
}

// parseSubject reads "CN=a, O=b, C=US" (Windows order, most specific
// first) into an RDN sequence in encoded order.
func parseSubject(s string) (pkix.RDNSequence, error) {
	parts := splitDN(s)
	var seq pkix.RDNSequence
	for i := len(parts) - 1; i >= 0; i-- {
		kv := strings.SplitN(parts[i], "=", 2)
		if len(kv) != 2 {
			return nil, errBadDN
		}
		oid, ok := attrOID(strings.ToUpper(strings.TrimSpace(kv[0])))
		if !ok {
			return nil, errBadDN
		}
		v := strings.TrimSpace(kv[1])
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			v = strings.ReplaceAll(v[1:len(v)-1], `""`, `"`)
		}
		seq = append(seq, []pkix.AttributeTypeAndValue{{Type: oid, Value: v}})
	}
	return seq, nil
}

// splitDN splits on commas outside quotes.
func splitDN(s string) []string {
	var parts []string
	var b strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			b.WriteRune(r)
		case r == ',' && !quoted:
			parts = append(parts, b.String())
			b.Reset()
		default:
			b.WriteRune(r)
		}
	}
	return append(parts, b.String())
}

func flatten(seq pkix.RDNSequence) []pkix.AttributeTypeAndValue {
	var out []pkix.AttributeTypeAndValue
	for _, r := range seq {
		out = append(out, r...)
	}
	return out
}
