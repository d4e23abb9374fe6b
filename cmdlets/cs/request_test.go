package cs

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

func TestRequestOnlineFromLabCA(t *testing.T) {
	l := newLab(t)
	out, err := l.run("Request-CsCertificate", "-New", "-Type", []any{"Default", "WebServicesInternal"}, "-CA", `ATL-CA-001.litwareinc.com\myca`,
		"-FriendlyName", "Pool certificate", "-PrivateKeyExportable", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 {
		t.Fatalf("output: %v", out)
	}
	ref := out[0].(*object.PSObject)
	thumb := prop(ref, "Thumbprint").(string)
	if prop(ref, "Subject") != "CN=atl-cs-001.litwareinc.com" || prop(ref, "Issuer") != "CN=myca" {
		t.Errorf("issued %v by %v", prop(ref, "Subject"), prop(ref, "Issuer"))
	}
	alt := prop(ref, "AlternativeNames").([]any)
	var names []string
	for _, a := range alt {
		names = append(names, a.(string))
	}
	want := "atl-cs-001.litwareinc.com,atl-cs-002.litwareinc.com,atl-cs-003.litwareinc.com,sip.litwareinc.com,meet.litwareinc.com,dialin.litwareinc.com,admin.litwareinc.com,lyncdiscoverinternal.litwareinc.com"
	if strings.Join(names, ",") != want {
		t.Errorf("SANs = %s\nwant   %s", strings.Join(names, ","), want)
	}
	// The new certificate is in the machine store and can be assigned.
	if _, err := l.run("Set-CsCertificate", "-Type", "Default", "-Thumbprint", thumb); err != nil {
		t.Fatal(err)
	}
	if got := prop(l.get("-Type", "Default")[0], "Thumbprint"); got != thumb {
		t.Errorf("Default = %v", got)
	}
	if _, err := l.run("Request-CsCertificate", "-New", "-Type", "Default", "-CA", `other\ca`); err == nil {
		t.Error("an unknown CA was contacted")
	}
}

func TestRequestOfflineAndImportAnswer(t *testing.T) {
	l := newLab(t)
	if _, err := l.run("Request-CsCertificate", "-New", "-Type", "WebServicesExternal", "-Output", `C:\Certificates\WebServicesExternal.req`); err != nil {
		t.Fatal(err)
	}
	host := filepath.Join(l.rt.Sess.Home, "drives", "C", "Certificates", "WebServicesExternal.req")
	data, err := os.ReadFile(host)
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := pem.Decode(data)
	if blk == nil || blk.Type != "NEW CERTIFICATE REQUEST" {
		t.Fatalf("request file: %q", data)
	}
	csr, err := x509.ParseCertificateRequest(blk.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	if csr.Subject.CommonName != "webext.litwareinc.com" || strings.Join(csr.DNSNames, ",") != "webext.litwareinc.com,meet.litwareinc.com,dialin.litwareinc.com,lyncdiscover.litwareinc.com" {
		t.Errorf("request subject %q SANs %v", csr.Subject.CommonName, csr.DNSNames)
	}
	out, err := l.run("Request-CsCertificate", "-List")
	if err != nil || len(out) != 1 || prop(out[0].(*object.PSObject), "Status") != "Pending" {
		t.Fatalf("-List: %v, %v", out, err)
	}
	// The lab CA answers; the answer file is imported.
	st, _ := OpenLab(nil2call(l))
	var cert *x509.Certificate
	st.Update(func(tx *store.Tx) error {
		ca, err := tx.CA(store.LabCA)
		if err != nil {
			t.Fatal(err)
		}
		cert, err = ca.SignRequest(csr, time.Now().Add(-time.Hour), time.Now().AddDate(1, 0, 0), nil)
		return err
	})
	answer := filepath.Join(l.rt.Sess.Home, "drives", "C", "Certificates", "WebServicesExternal.cer")
	os.WriteFile(answer, pki.EncodeCertificatePEM(cert), 0o644)
	if _, err := l.run("Import-CsCertificate", "-Path", `c:\certificates\webservicesexternal.cer`); err != nil {
		t.Fatal(err)
	}
	if _, err := l.run("Set-CsCertificate", "-Type", "WebServicesExternal", "-Thumbprint", pki.Thumbprint(cert.Raw)); err != nil {
		t.Fatalf("assigning the answered request: %v", err)
	}
	if out, _ := l.run("Request-CsCertificate", "-List"); len(out) != 0 {
		t.Errorf("request still pending: %v", out)
	}
}
