package cs

import (
	"strings"

	"cspsh/store"
)

// requestNames works out the Subject CN and SANs from the topology, as
// the real cmdlet does.
func requestNames(tx *store.Tx, computer string, types []string, extra []string, allSip bool) (string, []string, error) {
	comp, err := tx.Computer(computer)
	if err != nil {
		return "", nil, err
	}
	doms, err := tx.SIPDomains()
	if err != nil {
		return "", nil, err
	}
	if !allSip && len(doms) > 1 {
		doms = doms[:1]
	}
	var sans []string
	add := func(n string) {
		if n != "" && !containsFold(sans, n) {
			sans = append(sans, n)
		}
	}
	cn := ""
	urls, err := tx.SimpleURLs()
	if err != nil {
		return "", nil, err
	}
	urlHosts := func(components ...string) {
		for _, u := range urls {
			if containsFold(components, u.Component) {
				h := strings.TrimPrefix(strings.TrimPrefix(u.URL, "https://"), "http://")
				if i := strings.IndexByte(h, '/'); i >= 0 {
					h = h[:i]
				}
				add(h)
			}
		}
	}
	internalWeb, externalWeb, err := tx.WebServices(comp.Pool)
	if err != nil {
		return "", nil, err
	}
	pools, err := tx.Pools()
	if err != nil {
		return "", nil, err
	}
	var members []string
	for _, p := range pools {
		if strings.EqualFold(p.FQDN, comp.Pool) {
			members = p.Computers
		}
	}
	internal := false
	for _, t := range types {
		switch strings.ToLower(t) {
		case "default", "webservicesinternal", "oauthtokenissuer", "internal":
			internal = true
		}
	}
	if comp.PoolKind == "FrontEnd" && internal {
		cn = comp.Pool
		add(comp.Pool)
		for _, m := range members {
			add(m)
		}
		add(internalWeb)
		for _, d := range doms {
			add("sip." + d)
		}
		urlHosts("Meet", "Dialin", "Cscp")
		for _, d := range doms {
			add("lyncdiscoverinternal." + d)
		}
	}
	if comp.PoolKind == "FrontEnd" && containsFold(types, "WebServicesExternal") {
		if cn == "" {
			cn = externalWeb
		}
		add(externalWeb)
		urlHosts("Meet", "Dialin")
		for _, d := range doms {
			add("lyncdiscover." + d)
		}
	}
	// The Edge Server's external interface: the Access Edge service's
	// FQDN (sip.<SIP domain>) as Subject, then the Web Conferencing Edge
	// FQDN and sip.<domain> for each SIP domain (the A/V Edge name needs
	// no public certificate name).
	if comp.PoolKind == "Edge" && (containsFold(types, "AccessEdgeExternal") || containsFold(types, "DataEdgeExternal") ||
		containsFold(types, "AudioVideoAuthentication") || containsFold(types, "External")) && len(doms) > 0 {
		cn = "sip." + doms[0]
		add(cn)
		add("webconf." + doms[0])
		for _, d := range doms {
			add("sip." + d)
		}
	}
	if cn == "" {
		cn = comp.FQDN
		add(comp.FQDN)
	}
	for _, e := range extra {
		add(strings.TrimSpace(e))
	}
	return cn, sans, nil
}
