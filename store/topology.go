package store

import (
	"strings"
)

// Computer is one server of the topology.
type Computer struct {
	FQDN     string
	Pool     string
	PoolKind string // FrontEnd, Edge, Sql
	Site     string
	SiteID   int
}

// Pool is one pool of the topology with the service roles it runs.
type Pool struct {
	FQDN      string
	Kind      string
	Services  []string
	Site      string
	SiteID    int
	Computers []string
}

// Site is one site of the topology.
type Site struct {
	ID          int
	Name        string
	Description string
	Kind        string
	City        string
	State       string
	Country     string
}

// SimpleURL is one simple URL (Meet, Dialin, Cscp).
type SimpleURL struct{ Component, Domain, URL string }

// Computers lists every computer, front ends first in pool order.
func (tx *Tx) Computers() ([]Computer, error) {
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT c.fqdn, c.pool, p.kind, s.name, s.site_id FROM computers c
		JOIN pools p ON p.fqdn = c.pool JOIN sites s ON s.site_id = p.site_id
		ORDER BY p.rowid, c.ordinal, c.fqdn`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Computer
	for rows.Next() {
		var c Computer
		if err := rows.Scan(&c.FQDN, &c.Pool, &c.PoolKind, &c.Site, &c.SiteID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Computer finds a computer by FQDN (any case).
func (tx *Tx) Computer(fqdn string) (*Computer, error) {
	cs, err := tx.Computers()
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if strings.EqualFold(c.FQDN, fqdn) {
			return &c, nil
		}
	}
	// A host name alone (atl-edge-001), as the reference's examples give
	// -ComputerFqdn, names the computer it starts.
	for _, c := range cs {
		if len(c.FQDN) > len(fqdn) && strings.EqualFold(c.FQDN[:len(fqdn)+1], fqdn+".") {
			return &c, nil
		}
	}
	return nil, ErrNotFound
}

// FrontEnds lists the front-end servers.
func (tx *Tx) FrontEnds() ([]string, error) {
	cs, err := tx.Computers()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range cs {
		if c.PoolKind == "FrontEnd" {
			out = append(out, c.FQDN)
		}
	}
	return out, nil
}

// Pools lists the pools with their computers.
func (tx *Tx) Pools() ([]Pool, error) {
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT p.fqdn, p.kind, p.services, s.name, s.site_id FROM pools p
		JOIN sites s ON s.site_id = p.site_id ORDER BY p.rowid`)
	if err != nil {
		return nil, err
	}
	var out []Pool
	for rows.Next() {
		var p Pool
		var services string
		if err := rows.Scan(&p.FQDN, &p.Kind, &services, &p.Site, &p.SiteID); err != nil {
			rows.Close()
			return nil, err
		}
		if services != "" {
			p.Services = strings.Split(services, ",")
		}
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	cs, err := tx.Computers()
	if err != nil {
		return nil, err
	}
	for i := range out {
		for _, c := range cs {
			if strings.EqualFold(c.Pool, out[i].FQDN) {
				out[i].Computers = append(out[i].Computers, c.FQDN)
			}
		}
	}
	return out, nil
}

// Sites lists the sites.
func (tx *Tx) Sites() ([]Site, error) {
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT site_id, name, description, kind, city, state, country FROM sites ORDER BY site_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Site
	for rows.Next() {
		var s Site
		if err := rows.Scan(&s.ID, &s.Name, &s.Description, &s.Kind, &s.City, &s.State, &s.Country); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SIPDomains lists the SIP domains, the default one first.
func (tx *Tx) SIPDomains() ([]string, error) {
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT name FROM sip_domains ORDER BY is_default DESC, rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// SimpleURLs lists the simple URLs.
func (tx *Tx) SimpleURLs() ([]SimpleURL, error) {
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT component, domain, url FROM simple_urls ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SimpleURL
	for rows.Next() {
		var u SimpleURL
		if err := rows.Scan(&u.Component, &u.Domain, &u.URL); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// LocalComputer is the computer the shell runs on (atl-cs-001 in the
// default lab).
func (tx *Tx) LocalComputer() (string, error) {
	c, err := tx.Setting("local_computer")
	if err != nil || c != "" {
		return c, err
	}
	return LocalComputer, nil
}
