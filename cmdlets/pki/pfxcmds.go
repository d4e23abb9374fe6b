package pki

import (
	"bytes"
	"crypto"
	"crypto/x509"
	"errors"
	"os"
	"strings"

	"cspsh/cmdlets/cs"
	"cspsh/cmdlets/data"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pki"
	"cspsh/store"
)

// module is the PKI module of Windows Server.
const module = "PKI"

// secureText is the text of a -Password value (a SecureString, or a
// plain string for convenience).
func secureText(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := data.SecureStringText(v); ok {
		return s
	}
	return dotnet.ToString(v)
}

// targetStore resolves -CertStoreLocation (or the current location when
// it is on Cert:) to a LocalMachine store name.
func targetStore(c *pipeline.Call, loc string) (string, error) {
	if loc == "" {
		loc = c.Rt.Session().Location
	}
	if !strings.HasPrefix(strings.ToLower(loc), "cert:") && !strings.HasPrefix(loc, providerPrefix) {
		return "", c.Fail(object.NewException("System.ArgumentException",
			"The certificate store location \"%s\" is not a certificate store path such as Cert:\\LocalMachine\\My.", loc),
			"InvalidCertStoreLocation", "InvalidArgument", loc)
	}
	cp := parseCertPath(loc)
	if cp.Location != "LocalMachine" || !containsName(storeNames(), cp.Store) {
		return "", c.Fail(object.NewException("System.ArgumentException",
			"\"%s\" is not a store of the lab: use a Cert:\\LocalMachine store such as Cert:\\LocalMachine\\My.", loc),
			"InvalidCertStoreLocation", "InvalidArgument", loc)
	}
	return cp.Store, nil
}

// readFile reads a -FilePath, with PowerShell's message when it is missing.
func readFile(c *pipeline.Call, p string) ([]byte, string, error) {
	host, err := paths.Resolve(c.Rt.Session(), p)
	if err != nil {
		return nil, p, c.Fail(object.NewException("System.ArgumentException", "%s", err.Error()), "PathResolution", "InvalidArgument", p)
	}
	shown := paths.Display(c.Rt.Session(), host)
	b, err := os.ReadFile(host)
	if errors.Is(err, os.ErrNotExist) {
		return nil, shown, c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
			"Cannot find path '%s' because it does not exist.", shown), "PathNotFound", "ObjectNotFound", shown)
	}
	if err != nil {
		return nil, shown, c.Fail(object.NewException("System.IO.IOException", "%s", err.Error()), "FileReadError", "ReadError", shown)
	}
	return b, shown, nil
}

// writeFile writes an export, honouring -NoClobber, and emits the file's
// item as the PKI cmdlets do.
func writeFile(c *pipeline.Call, p string, data []byte) error {
	host, err := paths.Resolve(c.Rt.Session(), p)
	if err != nil {
		return c.Fail(object.NewException("System.ArgumentException", "%s", err.Error()), "PathResolution", "InvalidArgument", p)
	}
	shown := paths.Display(c.Rt.Session(), host)
	if c.Switch("NoClobber") {
		if _, err := os.Stat(host); err == nil {
			return c.Fail(object.NewException("System.IO.IOException", "The file '%s' already exists.", shown), "NoClobber", "ResourceExists", shown)
		}
	}
	if err := os.WriteFile(host, data, 0o644); err != nil {
		return c.Fail(object.NewException("System.IO.IOException", "%s", err.Error()), "FileWriteError", "WriteError", shown)
	}
	out, err := c.Rt.RunString("Get-Item -LiteralPath '" + strings.ReplaceAll(shown, "'", "''") + "'")
	if err != nil {
		return nil
	}
	return c.OutAll(out)
}

func importPfxCertificate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Import-PfxCertificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.ImportPfxCertificate", SupportsShouldProcess: true,
		Synopsis: "Imports a PFX file's certificate and private key into a certificate store.",
		Description: "Imports into the store -CertStoreLocation names (Cert:\\LocalMachine\\My) of the computer the session acts on. " +
			"Unlike Import-CsCertificate it is not replicated: on a pool, run it on every front end.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("FilePath", "string").Must(pipeline.AllSets, 0).FromPipeline(false, true).Alias("FullName").Describe("The PFX file."),
			pipeline.NewParam("CertStoreLocation", "string").At(pipeline.AllSets, 1).Describe("The store, e.g. Cert:\\LocalMachine\\My."),
			pipeline.NewParam("Exportable", "switch").Describe("Keep the private key exportable."),
			pipeline.NewParam("Password", "securestring").Describe("The file's password, a SecureString."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: "$pwd = ConvertTo-SecureString -String \"P@ssw0rd\" -Force -AsPlainText\nImport-PfxCertificate -FilePath C:\\Certificates\\ServerToServerAuth.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pwd -Exportable",
			Remarks: "Imports the certificate with an exportable private key."}},
		Process: func(c *pipeline.Call) error {
			storeName, err := targetStore(c, c.String("CertStoreLocation"))
			if err != nil {
				return err
			}
			raw, shown, err := readFile(c, c.String("FilePath"))
			if err != nil {
				return err
			}
			b, err := pki.ReadPFX(raw, secureText(c.Get("Password")))
			if err != nil {
				msg := "The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected."
				if !errors.Is(err, pki.ErrBadPassword) {
					msg = "The data is invalid."
				}
				return c.Fail(object.NewException("System.Exception", "%s", msg), "System.Exception", "NotSpecified", shown)
			}
			if !c.ShouldProcess(shown, "Import PFX certificate") {
				return nil
			}
			return installBundle(c, storeName, b, c.Switch("Exportable"))
		},
	}
}

// installBundle puts a leaf with its key into storeName and its chain
// into Root (self-signed) or CA, then outputs the leaf.
func installBundle(c *pipeline.Call, storeName string, b *pki.Bundle, exportable bool) error {
	lab, err := cs.OpenLab(c)
	if err != nil {
		return err
	}
	key, err := x509.MarshalPKCS8PrivateKey(b.Key)
	if err != nil {
		return err
	}
	computer := machine(c)
	var out any
	err = lab.Update(func(tx *store.Tx) error {
		if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: storeName, DER: b.Leaf.Raw, PrivateKey: key, Exportable: exportable}); err != nil {
			return err
		}
		for _, ch := range b.Chain {
			st := "CA"
			if bytes.Equal(ch.RawSubject, ch.RawIssuer) {
				st = "Root"
			}
			if err := tx.AddMachineCert(store.MachineCert{Computer: computer, Store: st, DER: ch.Raw}); err != nil {
				return err
			}
		}
		m, err := tx.MachineCert(computer, storeName, pki.Thumbprint(b.Leaf.Raw))
		if err != nil {
			return err
		}
		roots, err := tx.Roots(computer)
		if err != nil {
			return err
		}
		out = storeCertObject(lab, roots, *m, "LocalMachine")
		return nil
	})
	if err != nil {
		return err
	}
	return c.Out(out)
}

func exportPfxCertificate() *pipeline.CommandInfo {
	opt := pipeline.NewParam("CryptoAlgorithmOption", "string").Describe("TripleDES_SHA1 (the default) or AES256_SHA256.")
	opt.ValidateSet = []string{"TripleDES_SHA1", "AES256_SHA256"}
	chain := pipeline.NewParam("ChainOption", "string").Describe("BuildChain (the default), EndEntityCertOnly or PfxDataOnly.")
	chain.ValidateSet = []string{"BuildChain", "EndEntityCertOnly", "PfxDataOnly"}
	return &pipeline.CommandInfo{
		Name: "Export-PfxCertificate", Module: module, TypeName: "Microsoft.CertificateServices.Commands.ExportPfxCertificate", SupportsShouldProcess: true,
		Synopsis:    "Exports a certificate with its private key to a PFX file.",
		Description: "The private key must be exportable. -Cert takes a certificate object or a Cert: path.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Cert", "object").Must(pipeline.AllSets, 0).FromPipeline(true, false).Alias("PSPath").Describe("The certificate, or its Cert: path."),
			pipeline.NewParam("FilePath", "string").Must(pipeline.AllSets, 1).Alias("FullName").Describe("The PFX file to write."),
			pipeline.NewParam("Password", "securestring").Describe("The password protecting the file, a SecureString."),
			pipeline.NewParam("ProtectTo", "string[]").Describe("Accounts the file is protected to; accepted."),
			chain, opt,
			pipeline.NewParam("NoProperties", "switch").Describe("Leave the friendly name out."),
			pipeline.NewParam("NoClobber", "switch").Describe("Do not overwrite an existing file."),
			pipeline.NewParam("Force", "switch").Describe("Overwrite without asking."),
		},
		Examples: []pipeline.Example{{Title: "Example 1",
			Code:    "$pwd = ConvertTo-SecureString -String \"P@ssw0rd\" -Force -AsPlainText\nGet-ChildItem -Path Cert:\\LocalMachine\\My\\<thumbprint> | Export-PfxCertificate -FilePath C:\\Certificates\\OAuth.pfx -Password $pwd",
			Remarks: "Exports a certificate and its private key."}},
		Process: func(c *pipeline.Call) error {
			cert, _, err := certFromValue(c, c.Get("Cert"))
			if err != nil {
				return err
			}
			if !c.Has("Password") && !c.Has("ProtectTo") {
				return c.Fail(object.NewException("System.ArgumentException", "Either the Password or the ProtectTo parameter must be specified."),
					"PasswordRequired", "InvalidArgument", nil)
			}
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			computer := machine(c)
			thumb := pki.Thumbprint(cert.Raw)
			var m *store.MachineCert
			var chainCerts []*x509.Certificate
			if err := lab.View(func(tx *store.Tx) error {
				m, err = tx.MachineCert(computer, "My", thumb)
				if err != nil {
					return err
				}
				roots, err := tx.Roots(computer)
				if err != nil {
					return err
				}
				for _, r := range roots {
					if bytes.Equal(r.RawSubject, cert.RawIssuer) && cert.CheckSignatureFrom(r) == nil {
						chainCerts = append(chainCerts, r)
					}
				}
				return nil
			}); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "Cannot export a certificate that has no private key."),
						"System.Security.Cryptography.CryptographicException", "NotSpecified", thumb)
				}
				return err
			}
			if m.PrivateKey == nil {
				return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "Cannot export a certificate that has no private key."),
					"System.Security.Cryptography.CryptographicException", "NotSpecified", thumb)
			}
			if !m.Exportable {
				return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "Cannot export non-exportable private key."),
					"System.Security.Cryptography.CryptographicException", "NotSpecified", thumb)
			}
			key, err := x509.ParsePKCS8PrivateKey(m.PrivateKey)
			if err != nil {
				return err
			}
			if c.String("ChainOption") == "EndEntityCertOnly" {
				chainCerts = nil
			}
			pw := secureText(c.Get("Password"))
			var pfx []byte
			if c.String("CryptoAlgorithmOption") == "AES256_SHA256" {
				pfx, err = pki.WritePFX(key.(crypto.PrivateKey), cert, chainCerts, pw)
			} else {
				pfx, err = pki.WriteLegacyPFX(key.(crypto.PrivateKey), cert, chainCerts, pw)
			}
			if err != nil {
				return err
			}
			if !c.ShouldProcess(c.String("FilePath"), "Export PFX certificate "+thumb) {
				return nil
			}
			return writeFile(c, c.String("FilePath"), pfx)
		},
	}
}

func getPfxData() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-PfxData", Module: module, TypeName: "Microsoft.CertificateServices.Commands.GetPfxData",
		Synopsis:    "Reads a PFX file: its end-entity certificates and the other certificates of the chain.",
		Description: "Returns a PfxData object with EndEntityCertificates and OtherCertificates.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("FilePath", "string").Must(pipeline.AllSets, 0).FromPipeline(false, true).Alias("FullName").Describe("The PFX file."),
			pipeline.NewParam("Password", "securestring").Describe("The file's password, a SecureString."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: "$pwd = ConvertTo-SecureString -String \"P@ssw0rd\" -Force -AsPlainText\n(Get-PfxData -FilePath C:\\Certificates\\ServerToServerAuth.pfx -Password $pwd).EndEntityCertificates",
			Remarks: "The certificate the file's private key belongs to."}},
		Process: func(c *pipeline.Call) error {
			raw, shown, err := readFile(c, c.String("FilePath"))
			if err != nil {
				return err
			}
			b, err := pki.ReadPFX(raw, secureText(c.Get("Password")))
			if err != nil {
				msg := "The specified network password is not correct."
				if !errors.Is(err, pki.ErrBadPassword) {
					msg = "Cannot find the requested object."
				}
				return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "%s", msg),
					"System.Security.Cryptography.CryptographicException", "NotSpecified", shown)
			}
			o := object.NewObject("Microsoft.CertificateServices.Commands.PfxData", "System.Object")
			o.SetProp("Password", c.Get("Password"))
			o.SetProp("EndEntityCertificates", []any{pki.CertObject(b.Leaf, fileCertOptions(c, true))})
			var others []any
			for _, ch := range b.Chain {
				others = append(others, pki.CertObject(ch, fileCertOptions(c, false)))
			}
			if others == nil {
				others = []any{}
			}
			o.SetProp("OtherCertificates", others)
			o.SetProp("ProtectedTo", []any{})
			return c.Out(o)
		},
	}
}

func getPfxCertificate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-PfxCertificate", Module: "Microsoft.PowerShell.Security", TypeName: "Microsoft.PowerShell.Commands.GetPfxCertificateCommand",
		Synopsis:    "Reads the certificate of a PFX file (asking for the password) or of a .cer file.",
		Description: "Prompts for the password in an interactive shell; -Password (as in PowerShell 7) gives it directly.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("FilePath", "string[]").Must(pipeline.AllSets, 0).FromPipeline(true, true).Describe("The file(s)."),
			pipeline.NewParam("Password", "securestring").Describe("The password, a SecureString."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: `Get-PfxCertificate -FilePath C:\Certificates\ServerToServerAuth.pfx`, Remarks: "Asks for the password and shows the certificate."}},
		Process: func(c *pipeline.Call) error {
			for _, p := range c.Strings("FilePath") {
				raw, shown, err := readFile(c, p)
				if err != nil {
					return err
				}
				if cert := pki.ParseCertificateFile(raw); cert != nil {
					if err := c.Out(pki.CertObject(cert, fileCertOptions(c, false))); err != nil {
						return err
					}
					continue
				}
				pw := secureText(c.Get("Password"))
				if !c.Has("Password") && c.Rt.Host().Interactive() {
					pw, err = c.Rt.Host().ReadSecret("Enter password: ")
					if err != nil {
						return err
					}
				}
				b, err := pki.ReadPFX(raw, pw)
				if err != nil {
					msg := "The specified network password is not correct."
					if !errors.Is(err, pki.ErrBadPassword) {
						msg = "Cannot find the requested object."
					}
					return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "%s", msg),
						"GetPfxCertificateUnknownCryptoError", "NotSpecified", shown)
				}
				if err := c.Out(pki.CertObject(b.Leaf, fileCertOptions(c, true))); err != nil {
					return err
				}
			}
			return nil
		},
	}
}
