package pki

import (
	"crypto/x509"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/wildcard"
	"cspsh/pki"
)

// certFilter is what Get-ChildItem's Certificate dynamic parameters ask
// of a certificate (about_Certificate_Provider, "Dynamic parameters").
type certFilter struct {
	codeSigning, sslServer bool
	dnsName                *wildcard.Pattern
	eku                    []*wildcard.Pattern
	expiring               bool
	before                 time.Time
}

// FilterChildItems keeps the certificates the call's dynamic parameters
// select. With any of them given, only certificates are listed: they
// are "effective only on certificates", and stores do not match.
func (certProvider) FilterChildItems(c *pipeline.Call, items []any) []any {
	f, ok := newCertFilter(c)
	if !ok {
		return items
	}
	var out []any
	for _, it := range items {
		cert, isCert := pki.CertOf(it)
		if isCert && f.match(it, cert) {
			out = append(out, it)
		}
	}
	return out
}

// newCertFilter reads the dynamic parameters; ok is false when none is
// given.
func newCertFilter(c *pipeline.Call) (certFilter, bool) {
	var f certFilter
	any := false
	if c.Switch("CodeSigningCert") {
		f.codeSigning, any = true, true
	}
	if c.Switch("SSLServerAuthentication") {
		f.sslServer, any = true, true
	}
	if c.Has("DnsName") {
		if p, err := wildcard.Compile(c.String("DnsName"), false); err == nil {
			f.dnsName, any = p, true
		}
	}
	if c.Has("Eku") {
		for _, s := range c.Strings("Eku") {
			if p, err := wildcard.Compile(s, false); err == nil {
				f.eku = append(f.eku, p)
			}
		}
		any = true
	}
	if c.Has("ExpiringInDays") {
		if days, err := intValue(c.Get("ExpiringInDays")); err == nil && days >= 0 {
			// 0 is "already expired"; n is "expires by midnight, local
			// time, n-1 days from today".
			now := labNow(c)
			f.before = now
			if days > 0 {
				y, m, d := now.Date()
				f.before = time.Date(y, m, d, 0, 0, 0, 0, now.Location()).AddDate(0, 0, int(days))
			}
			f.expiring, any = true, true
		}
	}
	return f, any
}

func (f certFilter) match(item any, c *x509.Certificate) bool {
	if f.expiring && !c.NotAfter.Before(f.before) {
		return false
	}
	if f.dnsName != nil {
		found := false
		names, _ := members.Get(item, "DnsNameList")
		for _, n := range elements(names) {
			u, _ := members.Get(n, "Unicode")
			if s, ok := u.(string); ok && f.dnsName.Match(s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	ekus := pki.EKUOIDs(c)
	// A certificate without enhanced key usages is good for every
	// purpose, so the EKU filters let it through.
	if len(f.eku) > 0 && len(ekus) > 0 {
		for _, p := range f.eku {
			hit := false
			for _, id := range ekus {
				if p.Match(id) || p.Match(pki.OIDFriendlyName(id)) || p.Match(pki.OIDFriendlyName(id)+" ("+id+")") {
					hit = true
					break
				}
			}
			if !hit {
				return false
			}
		}
	}
	if f.sslServer && len(ekus) > 0 && !contains(ekus, "1.3.6.1.5.5.7.3.1") {
		return false
	}
	if f.codeSigning {
		// Code signing needs the key to sign with and the Code Signing
		// usage.
		if has, _ := members.Get(item, "HasPrivateKey"); has != true || !contains(ekus, "1.3.6.1.5.5.7.3.3") {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func intValue(v any) (int64, error) {
	r, err := dotnet.Convert(v, "System.Int32")
	if err != nil {
		return 0, err
	}
	n, _ := r.(int32)
	return int64(n), nil
}

func elements(v any) []any {
	items, _ := dotnet.Enumerate(v)
	return items
}

// labNow is the lab clock, which decides what "expired" means.
func labNow(c *pipeline.Call) time.Time {
	lab, err := cs.OpenLab(c)
	if err != nil {
		return time.Now()
	}
	return labClock(lab)()
}
