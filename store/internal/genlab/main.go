// Command genlab makes the default lab's keys and certificates; its
// output is committed in store/defaultlab and embedded in the binary, so
// every machine gets the same thumbprints. Run it from the module root:
//
//	go run ./store/internal/genlab -out store/defaultlab
//
// Files that exist are kept (the lab CA signs the new ones with its
// committed key), so adding a certificate to the default lab never
// changes the thumbprints it already has. -fresh makes a new lab.
package main

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"cspsh/pki"
)

func main() {
	out := flag.String("out", "store/defaultlab", "output folder")
	fresh := flag.Bool("fresh", false, "replace every file (new keys, new thumbprints)")
	flag.Parse()
	if err := run(*out, *fresh); err != nil {
		fmt.Fprintln(os.Stderr, "genlab:", err)
		os.Exit(1)
	}
}

func newKey() (*rsa.PrivateKey, error) { return rsa.GenerateKey(rand.Reader, 2048) }

// dom names hosts of litwareinc.com.
func dom(hosts ...string) []string {
	var out []string
	for _, h := range hosts {
		out = append(out, h+".litwareinc.com")
	}
	return out
}

// labCert is one certificate of the default lab (name.cer and name.key).
type labCert struct {
	name string
	tmpl pki.Template
}

func run(out string, fresh bool) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(out, name))
		return err == nil && !fresh
	}
	write := func(name string, data []byte) error { return os.WriteFile(filepath.Join(out, name), data, 0o644) }
	ca, err := loadCA(out)
	if err != nil || fresh {
		if ca, err = newCA(out, write); err != nil {
			return err
		}
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2035, 12, 31, 23, 59, 59, 0, time.UTC)
	certs := []labCert{
		{"default", pki.Template{Subject: pkix.Name{CommonName: "atl-cs-001.litwareinc.com"},
			DNSNames: dom("atl-cs-001", "atl-cs-002", "atl-cs-003", "sip", "meet", "dialin", "admin", "lyncdiscoverinternal")}},
		{"webext", pki.Template{Subject: pkix.Name{CommonName: "webext.litwareinc.com"},
			DNSNames: dom("webext", "meet", "dialin", "lyncdiscover")}},
		// The Edge Server's internal and external certificates.
		{"edgeint", pki.Template{Subject: pkix.Name{CommonName: "atl-edge-001.litwareinc.com"}, DNSNames: dom("atl-edge-001")}},
		{"edgeext", pki.Template{Subject: pkix.Name{CommonName: "sip.litwareinc.com"}, DNSNames: dom("sip", "webconf", "av")}},
	}
	for _, lc := range certs {
		if exists(lc.name+".cer") && exists(lc.name+".key") {
			continue
		}
		lc.tmpl.NotBefore, lc.tmpl.NotAfter = from, to
		k, c, err := issue(ca, lc.tmpl)
		if err != nil {
			return err
		}
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			return err
		}
		if err := write(lc.name+".cer", c.Raw); err != nil {
			return err
		}
		if err := write(lc.name+".key", der); err != nil {
			return err
		}
	}
	if !exists("ServerToServerAuth.pfx") {
		k, c, err := issue(ca, pki.Template{
			Subject:   pkix.Name{CommonName: "sip.litwareinc.com", Organization: []string{"Litware"}, Country: []string{"US"}},
			DNSNames:  dom("sip"),
			NotBefore: from, NotAfter: to,
		})
		if err != nil {
			return err
		}
		pfx, err := pki.WritePFX(k, c, []*x509.Certificate{ca.Cert}, "P@ssw0rd")
		if err != nil {
			return err
		}
		if err := write("ServerToServerAuth.pfx", pfx); err != nil {
			return err
		}
	}
	// The Import-CsCertificate page's C:\Certificates\WebServer.pfx,
	// imported there without -Password: a web server certificate for the
	// pool's internal web services, in a PFX with an empty password.
	if !exists("WebServer.pfx") {
		k, c, err := issue(ca, pki.Template{
			Subject:   pkix.Name{CommonName: "atl-cs-001.litwareinc.com"},
			DNSNames:  dom("atl-cs-001", "atl-cs-002", "atl-cs-003", "meet", "dialin", "admin", "lyncdiscoverinternal"),
			NotBefore: from, NotAfter: to,
		})
		if err != nil {
			return err
		}
		pfx, err := pki.WritePFX(k, c, []*x509.Certificate{ca.Cert}, "")
		if err != nil {
			return err
		}
		if err := write("WebServer.pfx", pfx); err != nil {
			return err
		}
	}
	return nil
}

func issue(ca *pki.CA, t pki.Template) (*rsa.PrivateKey, *x509.Certificate, error) {
	k, err := newKey()
	if err != nil {
		return nil, nil, err
	}
	c, err := ca.Issue(t, &k.PublicKey)
	return k, c, err
}

// loadCA reads the committed lab CA.
func loadCA(out string) (*pki.CA, error) {
	der, err := os.ReadFile(filepath.Join(out, "ca.cer"))
	if err != nil {
		return nil, err
	}
	keyDER, err := os.ReadFile(filepath.Join(out, "ca.key"))
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	k, err := x509.ParsePKCS8PrivateKey(keyDER)
	if err != nil {
		return nil, err
	}
	signer, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("the CA key cannot sign")
	}
	return &pki.CA{Cert: cert, Key: signer, Config: `atl-ca-001.litwareinc.com\myca`}, nil
}

// newCA makes the lab's enterprise CA, atl-ca-001.litwareinc.com\myca.
func newCA(out string, write func(string, []byte) error) (*pki.CA, error) {
	k, err := newKey()
	if err != nil {
		return nil, err
	}
	ca, err := pki.NewRootCA("myca", `atl-ca-001.litwareinc.com\myca`, k,
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2044, 12, 31, 23, 59, 59, 0, time.UTC))
	if err != nil {
		return nil, err
	}
	key, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		return nil, err
	}
	if err := write("ca.cer", ca.Cert.Raw); err != nil {
		return nil, err
	}
	return ca, write("ca.key", key)
}
