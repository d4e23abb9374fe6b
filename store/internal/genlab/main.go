// Command genlab makes the default lab's keys and certificates once; its
// output is committed in store/defaultlab and embedded in the binary, so
// every machine gets the same thumbprints. Run it from the module root:
//
//	go run ./store/internal/genlab -out store/defaultlab
//
// Running it again makes a new lab (new keys, new thumbprints).
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"cspsh/pki"
)

func main() {
	out := flag.String("out", "store/defaultlab", "output folder")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genlab:", err)
		os.Exit(1)
	}
}

func newKey() (*rsa.PrivateKey, error) { return rsa.GenerateKey(rand.Reader, 2048) }

func run(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	caKey, err := newKey()
	if err != nil {
		return err
	}
	ca, err := pki.NewRootCA("myca", `atl-ca-001.litwareinc.com\myca`, caKey,
		time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2044, 12, 31, 23, 59, 59, 0, time.UTC))
	if err != nil {
		return err
	}
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2035, 12, 31, 23, 59, 59, 0, time.UTC)
	dom := func(hosts ...string) []string {
		var out []string
		for _, h := range hosts {
			out = append(out, h+".litwareinc.com")
		}
		return out
	}
	files := map[string][]byte{"ca.cer": ca.Cert.Raw}
	key, err := x509.MarshalPKCS8PrivateKey(caKey)
	if err != nil {
		return err
	}
	files["ca.key"] = key

	issue := func(name string, t pki.Template) (*rsa.PrivateKey, *x509.Certificate, error) {
		k, err := newKey()
		if err != nil {
			return nil, nil, err
		}
		c, err := ca.Issue(t, &k.PublicKey)
		if err != nil {
			return nil, nil, err
		}
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			return nil, nil, err
		}
		files[name+".cer"] = c.Raw
		files[name+".key"] = der
		return k, c, nil
	}
	if _, _, err := issue("default", pki.Template{
		Subject:   pkix.Name{CommonName: "atl-cs-001.litwareinc.com"},
		DNSNames:  dom("atl-cs-001", "atl-cs-002", "atl-cs-003", "sip", "meet", "dialin", "admin", "lyncdiscoverinternal"),
		NotBefore: from, NotAfter: to,
	}); err != nil {
		return err
	}
	if _, _, err := issue("webext", pki.Template{
		Subject:   pkix.Name{CommonName: "webext.litwareinc.com"},
		DNSNames:  dom("webext", "meet", "dialin", "lyncdiscover"),
		NotBefore: from, NotAfter: to,
	}); err != nil {
		return err
	}
	s2sKey, s2s, err := issue("s2s", pki.Template{
		Subject:   pkix.Name{CommonName: "sip.litwareinc.com", Organization: []string{"Litware"}, Country: []string{"US"}},
		DNSNames:  dom("sip"),
		NotBefore: from, NotAfter: to,
	})
	if err != nil {
		return err
	}
	delete(files, "s2s.key")
	delete(files, "s2s.cer")
	pfx, err := pki.WritePFX(s2sKey, s2s, []*x509.Certificate{ca.Cert}, "P@ssw0rd")
	if err != nil {
		return err
	}
	files["ServerToServerAuth.pfx"] = pfx
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
