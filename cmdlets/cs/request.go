package cs

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pki"
	"cspsh/store"
)

const requestType = "Microsoft.Rtc.Management.Deployment.CertificateRequest"

func requestCsCertificate() *pipeline.CommandInfo {
	const byNew, byClear, byList, byRetrieve = "ByNew", "ByClear", "ByList", "ByRetrieve"
	str := func(name, help string) *pipeline.ParamDecl {
		return pipeline.NewParam(name, "string").At(byNew, -1).Describe(help)
	}
	reqID := pipeline.NewParam("RequestId", "int").At(byClear, -1).At(byList, -1).At(byRetrieve, -1).
		Describe("The number of one request, for -List, -Retrieve or -Clear.")
	keySize := pipeline.NewParam("KeySize", "int").At(byNew, -1).Describe("Key size in bits: 1024, 2048 (the default) or 4096.")
	keySize.ValidateSet = []string{"1024", "2048", "4096"}
	keyAlg := pipeline.NewParam("KeyAlg", "string").At(byNew, -1).Describe("RSA (the default), ECDH_P256, ECDH_P384 or ECDH_P521.")
	keyAlg.ValidateSet = []string{"RSA", "ECDH_P256", "ECDH_P384", "ECDH_P521"}
	return &pipeline.CommandInfo{
		Name: "Request-CsCertificate", Module: module, DefaultSet: byNew, SupportsShouldProcess: true,
		Synopsis: "Requests a certificate for Skype for Business Server from a CA, online or as a request file; lists, retrieves or clears pending requests.",
		Description: "Builds the request from the topology: the Subject is the pool (or the external web services FQDN), the " +
			"subject alternative names the pool's computers, sip.<SIP domain>, the simple URLs and lyncdiscover names, plus " +
			"-DomainName. With -CA \"atl-ca-001.litwareinc.com\\myca\" the lab CA issues the certificate at once into the " +
			"computer's LocalMachine\\My store. With -Output the request is written as a PKCS#10 file and stays pending until " +
			"the CA's answer is imported with Import-CsCertificate (or -Retrieve once the lab CA approved it).",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("New", "switch").At(byNew, 1).Describe("Request a new certificate."),
			typeParam("The uses the certificate is for, e.g. -Type Default,WebServicesInternal,WebServicesExternal.").Must(byNew, -1),
			str("CA", "The CA to send the request to, e.g. \"atl-ca-001.litwareinc.com\\myca\"."),
			str("CaAccount", "The account the request is made with (domain\\user)."),
			str("CaPassword", "The password of -CaAccount."),
			str("City", "City for the Subject (L=)."),
			pipeline.NewParam("ClientEKU", "bool").At(byNew, -1).Describe("$True adds Client Authentication to the enhanced key usages."),
			str("ComputerFqdn", "The computer the certificate is for (default: the local computer)."),
			str("Country", "Country for the Subject (C=)."),
			str("DomainName", "More subject alternative names, comma-separated."),
			str("FriendlyName", "The friendly name of the new certificate."),
			str("GlobalCatalog", "A global catalog server; accepted."),
			str("GlobalSettingsDomainController", "A domain controller holding global settings; accepted."),
			keyAlg, keySize,
			str("Organization", "Organization for the Subject (O=)."),
			str("OU", "Organizational unit for the Subject (OU=)."),
			str("Output", "Write an offline request to this file instead of contacting a CA."),
			pipeline.NewParam("PrivateKeyExportable", "bool").At(byNew, -1).Describe("$True makes the private key exportable."),
			str("State", "State for the Subject (S=)."),
			str("Template", "The CA template (default WebServer)."),
			forceParam("Suppresses non-fatal messages."),
			reportParam(),
			pipeline.NewParam("AllSipDomain", "switch").At(byNew, -1).Describe("Add sip.<domain> for every SIP domain, not only the default one."),
			pipeline.NewParam("Clear", "switch").Must(byClear, 1).Describe("Delete pending requests."),
			pipeline.NewParam("List", "switch").Must(byList, 1).Describe("List pending requests."),
			pipeline.NewParam("Retrieve", "switch").Must(byRetrieve, 1).Describe("Install the certificates the CA has issued for pending requests."),
			reqID,
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: `Request-CsCertificate -New -Type WebServicesExternal -CA "atl-ca-001.litwareinc.com\myca"`, Remarks: "Online request to the lab CA."},
			{Title: "Example 2", Code: "Request-CsCertificate -List", Remarks: "Pending requests."},
			{Title: "Example 3", Code: `Request-CsCertificate -New -Type WebServicesExternal -Output C:\Certificates\WebServicesExternal.cer`, Remarks: "Offline request file."},
		},
		Process: func(c *pipeline.Call) error {
			rep := newReport(c)
			var err error
			switch c.SetName {
			case byList:
				err = listRequests(c)
			case byClear:
				err = clearRequests(c, rep)
			case byRetrieve:
				err = retrieveRequests(c, rep)
			default:
				err = newRequest(c, rep)
			}
			rep.write(c, err)
			return err
		},
	}
}

func newKey(alg string, size int) (crypto.Signer, error) {
	switch strings.ToUpper(alg) {
	case "ECDH_P256":
		return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	case "ECDH_P384":
		return ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	case "ECDH_P521":
		return ecdsa.GenerateKey(elliptic.P521(), rand.Reader)
	}
	if size == 0 {
		size = 2048
	}
	return rsa.GenerateKey(rand.Reader, size)
}

func newRequest(c *pipeline.Call, rep *report) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	types := c.Strings("Type")
	computer := c.String("ComputerFqdn")
	if computer == "" {
		computer = Computer(c)
	}
	caName := c.String("CA")
	output := c.String("Output")
	if caName == "" && output == "" {
		return c.Fail(object.NewException("System.ArgumentException",
			"Specify -CA to request the certificate online or -Output to write an offline request file."), "NoCaOrOutput", "InvalidArgument", nil)
	}
	var extra []string
	if d := c.String("DomainName"); d != "" {
		extra = strings.Split(d, ",")
	}
	size := 0
	if v, ok := c.Get("KeySize").(int32); ok {
		size = int(v)
	}
	key, err := newKey(c.String("KeyAlg"), size)
	if err != nil {
		return err
	}
	var cn string
	var sans []string
	if err := lab.View(func(tx *store.Tx) error {
		comp, err := tx.Computer(computer)
		if err != nil {
			return notFound(c, "Computer", computer)
		}
		computer = comp.FQDN
		cn, sans, err = requestNames(tx, computer, types, extra, c.Switch("AllSipDomain"))
		return err
	}); err != nil {
		return err
	}
	subject := pkix.Name{CommonName: cn}
	if v := c.String("Organization"); v != "" {
		subject.Organization = []string{v}
	}
	if v := c.String("OU"); v != "" {
		subject.OrganizationalUnit = []string{v}
	}
	if v := c.String("City"); v != "" {
		subject.Locality = []string{v}
	}
	if v := c.String("State"); v != "" {
		subject.Province = []string{v}
	}
	if v := c.String("Country"); v != "" {
		subject.Country = []string{v}
	}
	csrDER, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{Subject: subject, DNSNames: sans}, key)
	if err != nil {
		return err
	}
	csr, err := x509.ParseCertificateRequest(csrDER)
	if err != nil {
		return err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	// The certificate lands in the local store, where the cmdlet runs,
	// whatever computer it names.
	req := store.CertRequest{Computer: Computer(c), Types: types, CA: caName, CSR: csrDER, PublicKey: csr.RawSubjectPublicKeyInfo,
		PrivateKey: keyDER, Exportable: exportable(c), FriendlyName: c.String("FriendlyName"), Output: output}
	rep.add("Request for %s, subject CN=%s, alternative names %s", typesText(types), cn, strings.Join(sans, ", "))
	if !c.ShouldProcess(computer, "Request certificate for "+typesText(types)) {
		return nil
	}
	eku := []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	if v, ok := c.Get("ClientEKU").(bool); ok && v {
		eku = pki.ServerAuthClientAuth
	}
	if output != "" {
		return writeOfflineRequest(c, lab, req, csrDER, rep)
	}
	var issued *x509.Certificate
	err = lab.Update(func(tx *store.Tx) error {
		ca, err := tx.CA(caName)
		if errors.Is(err, store.ErrNotFound) {
			return c.Fail(object.NewException("System.InvalidOperationException",
				"The certification authority \"%s\" cannot be contacted. The lab CA is %s.", caName, store.LabCA),
				"CaNotFound", "ConnectionError", caName)
		}
		if err != nil {
			return err
		}
		now, err := tx.Now()
		if err != nil {
			return err
		}
		issued, err = ca.SignRequest(csr, now.Add(-10*time.Minute), now.AddDate(2, 0, 0), eku)
		if err != nil {
			return err
		}
		req.Status = "Issued"
		req.Certificate = pki.Thumbprint(issued.Raw)
		id, err := tx.AddRequest(req)
		if err != nil {
			return err
		}
		req.ID = id
		if err := tx.CompleteRequest(&req, issued); err != nil {
			return err
		}
		rep.add("Certificate %s issued by %s and installed in Cert:\\LocalMachine\\My on %s", req.Certificate, ca.Config, req.Computer)
		return nil
	})
	if err != nil {
		return err
	}
	a := &store.Assignment{Use: types[0], Thumbprint: pki.Thumbprint(issued.Raw), Cert: issued}
	o := referenceObject(a)
	if m := o.Member("Use"); m != nil {
		m.Value = nil
	}
	return c.Out(o)
}

// writeOfflineRequest writes the PKCS#10 request as certreq does (PEM,
// "NEW CERTIFICATE REQUEST") and records it as pending.
func writeOfflineRequest(c *pipeline.Call, lab *store.Store, req store.CertRequest, csrDER []byte, rep *report) error {
	host, err := paths.Resolve(c.Rt.Session(), req.Output)
	if err != nil {
		return c.Fail(object.ExceptionOf(err), "PathResolution", "InvalidArgument", req.Output)
	}
	shown := paths.Display(c.Rt.Session(), host)
	req.Output = shown
	data := pem.EncodeToMemory(&pem.Block{Type: "NEW CERTIFICATE REQUEST", Bytes: csrDER})
	return lab.Update(func(tx *store.Tx) error {
		id, err := tx.AddRequest(req)
		if err != nil {
			return err
		}
		tx.AfterCommit(func() error {
			if err := os.MkdirAll(filepath.Dir(host), 0o755); err != nil {
				return err
			}
			return os.WriteFile(host, data, 0o644)
		})
		rep.add("Request %d written to %s", id, shown)
		return c.WriteVerbose(fmt.Sprintf("Certificate request %d written to \"%s\".", id, shown))
	})
}
