package store

import (
	"embed"
	"os"
	"path/filepath"
	"strings"
)

// defaultLab holds the keys and certificates made once by genlab
// (store/internal/genlab), so every machine's lab has the same
// thumbprints.
//
//go:embed defaultlab
var defaultLab embed.FS

func labFile(name string) []byte {
	b, err := defaultLab.ReadFile("defaultlab/" + name)
	if err != nil {
		panic("store: default lab file missing: " + name)
	}
	return b
}

// The default lab: the litwareinc.com deployment of the Skype for
// Business cmdlet reference.
const (
	DefaultSIPDomain = "litwareinc.com"
	DefaultSite      = "Redmond"
	FrontEndPool     = "atl-cs-001.litwareinc.com"
	EdgePool         = "atl-edge-001.litwareinc.com"
	SQLPool          = "atl-sql-001.litwareinc.com"
	// LocalComputer is the computer the shell runs on; it holds the CMS.
	LocalComputer = "atl-cs-001.litwareinc.com"
	// LabCA is the enterprise CA as Request-CsCertificate -CA names it.
	LabCA = `atl-ca-001.litwareinc.com\myca`
	// GlobalScope is the scope name of global assignments.
	GlobalScope = "Global"
	// S2SPFXPath is the default lab's PFX file, inside drive C.
	S2SPFXPath = `Certificates\ServerToServerAuth.pfx`
)

// FrontEnds of the default lab's pool.
var defaultFrontEnds = []string{"atl-cs-001.litwareinc.com", "atl-cs-002.litwareinc.com", "atl-cs-003.litwareinc.com"}

// seedDefaultLab fills a new database with the default deployment.
func (tx *Tx) seedDefaultLab() error {
	now := tx.s.hostNow()
	stamp := timeText(now)
	stmts := []struct {
		q    string
		args []any
	}{
		{"INSERT INTO settings(name, value) VALUES ('clock_mode', 'real'), ('clock_value', ''), ('local_computer', ?)", []any{LocalComputer}},
		{"INSERT INTO sip_domains(name, is_default) VALUES (?, 1)", []any{DefaultSIPDomain}},
		{"INSERT INTO sites(site_id, name, description, kind, city, state, country) VALUES (1, ?, 'Redmond site', 'CentralSite', 'Redmond', 'Washington', 'US')", []any{DefaultSite}},
		{"INSERT INTO pools(fqdn, site_id, kind, services) VALUES (?, 1, 'FrontEnd', ?)", []any{FrontEndPool,
			"UserServer,Registrar,WebServer,ConferencingServer,ApplicationServer,MediationServer,CentralManagement"}},
		{"INSERT INTO pools(fqdn, site_id, kind, services) VALUES (?, 1, 'Edge', 'EdgeServer')", []any{EdgePool}},
		{"INSERT INTO pools(fqdn, site_id, kind, services) VALUES (?, 1, 'Sql', 'UserDatabase,CentralManagementDatabase')", []any{SQLPool}},
		{"INSERT INTO computers(fqdn, pool, ordinal) VALUES (?, ?, 1), (?, ?, 2), (?, ?, 3), (?, ?, 1), (?, ?, 1)", []any{
			defaultFrontEnds[0], FrontEndPool, defaultFrontEnds[1], FrontEndPool, defaultFrontEnds[2], FrontEndPool,
			EdgePool, EdgePool, SQLPool, SQLPool}},
		{"INSERT INTO simple_urls(component, domain, url) VALUES ('Meet', ?, 'https://meet.litwareinc.com'), ('Dialin', '*', 'https://dialin.litwareinc.com'), ('Cscp', '*', 'https://admin.litwareinc.com')", []any{DefaultSIPDomain}},
		{"INSERT INTO cms(id, host, version, changed) VALUES (1, ?, 0, ?)", []any{LocalComputer, stamp}},
		{"INSERT OR IGNORE INTO web_services(pool, internal_fqdn, external_fqdn) VALUES (?, ?, 'webext.litwareinc.com')", []any{FrontEndPool, FrontEndPool}},
	}
	for _, st := range stmts {
		if err := tx.exec(st.q, st.args...); err != nil {
			return err
		}
	}
	for _, fqdn := range append(append([]string{}, defaultFrontEnds...), EdgePool) {
		if err := tx.exec("INSERT INTO replicas(fqdn, applied_version, last_status_report, last_update_creation) VALUES (?, 0, ?, ?)", fqdn, stamp, stamp); err != nil {
			return err
		}
	}
	// The lab CA: trusted root on every computer.
	caDER := labFile("ca.cer")
	caThumb, err := tx.PutCertificate(caDER)
	if err != nil {
		return err
	}
	if err := tx.exec("INSERT INTO certificate_authorities(config, thumbprint, private_key) VALUES (?, ?, ?)", LabCA, caThumb, labFile("ca.key")); err != nil {
		return err
	}
	computers, err := tx.Computers()
	if err != nil {
		return err
	}
	for _, c := range computers {
		if err := tx.AddMachineCert(MachineCert{Computer: c.FQDN, Store: "Root", DER: caDER}); err != nil {
			return err
		}
	}
	// Default + WebServicesInternal, and WebServicesExternal, on each
	// front end at its own scope.
	for _, fe := range defaultFrontEnds {
		for _, a := range []struct {
			name string
			uses []string
		}{
			{"default", []string{"Default", "WebServicesInternal"}},
			{"webext", []string{"WebServicesExternal"}},
		} {
			der := labFile(a.name + ".cer")
			if err := tx.AddMachineCert(MachineCert{Computer: fe, Store: "My", DER: der, PrivateKey: labFile(a.name + ".key"), Exportable: true}); err != nil {
				return err
			}
			for _, use := range a.uses {
				if err := tx.Assign(fe, use, thumbOf(der), AssignOptions{}); err != nil {
					return err
				}
			}
		}
	}
	return tx.seedEdge()
}

// seedEdge gives the Edge Server its certificates, assigned at its own
// scope as the Certificate wizard does: the internal one, and the
// external one for the Access, Web Conferencing and A/V Edge services.
func (tx *Tx) seedEdge() error {
	if _, err := tx.Computer(EdgePool); err != nil {
		return nil // a lab without the default Edge Server
	}
	if as, err := tx.Assignments(EdgePool); err != nil || len(as) > 0 {
		return err
	}
	for _, a := range []struct {
		name string
		uses []string
	}{
		{"edgeint", []string{"Internal"}},
		{"edgeext", []string{"AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication"}},
	} {
		der := labFile(a.name + ".cer")
		if err := tx.AddMachineCert(MachineCert{Computer: EdgePool, Store: "My", DER: der, PrivateKey: labFile(a.name + ".key"), Exportable: true}); err != nil {
			return err
		}
		for _, use := range a.uses {
			if err := tx.Assign(EdgePool, use, thumbOf(der), AssignOptions{}); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeLabFiles puts the default lab's files on drive C when the lab was
// just created (and restores ones a user deleted is not our business).
func (s *Store) writeLabFiles(created bool) error {
	if !created {
		return nil
	}
	return WriteDefaultFiles(s.home)
}

// labFiles are the files the documentation names, on the lab's drive C,
// by their embedded name: the seed page's PFX and the Import-CsCertificate
// page's WebServer.pfx (no password).
var labFiles = []struct{ path, name string }{
	{S2SPFXPath, "ServerToServerAuth.pfx"},
	{WebServerPFXPath, "WebServer.pfx"},
}

// WebServerPFXPath is the Import-CsCertificate page's example file.
const WebServerPFXPath = `Certificates\WebServer.pfx`

func drivePath(home, p string) string {
	return filepath.Join(home, "drives", "C", filepath.FromSlash(strings.ReplaceAll(p, `\`, "/")))
}

// RestoreDefaultFiles writes the default lab's files again, replacing
// what is there (a reset).
func RestoreDefaultFiles(home string) error {
	for _, f := range labFiles {
		os.Remove(drivePath(home, f.path))
	}
	return WriteDefaultFiles(home)
}

// WriteDefaultFiles writes the files the documentation names into the
// lab's drive C (C:\Certificates\ServerToServerAuth.pfx, …), without
// overwriting a file that exists.
func WriteDefaultFiles(home string) error {
	for _, f := range labFiles {
		p := drivePath(home, f.path)
		if _, err := os.Stat(p); err == nil {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, labFile(f.name), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// DefaultPFX returns the default lab's server-to-server PFX file.
func DefaultPFX() []byte { return labFile("ServerToServerAuth.pfx") }
