package store

import (
	"context"
	"fmt"
)

// migrations are applied in order; PRAGMA user_version counts how many a
// lab has. Never edit one that shipped: add a new one.
var migrations = []string{
	// 1: the first lab.
	`
CREATE TABLE settings (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE sip_domains (
	name       TEXT PRIMARY KEY COLLATE NOCASE,
	is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sites (
	site_id     INTEGER PRIMARY KEY,
	name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
	description TEXT NOT NULL DEFAULT '',
	kind        TEXT NOT NULL DEFAULT 'CentralSite',
	city        TEXT NOT NULL DEFAULT '',
	state       TEXT NOT NULL DEFAULT '',
	country     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pools (
	fqdn     TEXT PRIMARY KEY COLLATE NOCASE,
	site_id  INTEGER NOT NULL REFERENCES sites(site_id),
	kind     TEXT NOT NULL,          -- FrontEnd, Edge, Sql, FileStore
	services TEXT NOT NULL DEFAULT '' -- comma-separated service roles
);
CREATE TABLE computers (
	fqdn    TEXT PRIMARY KEY COLLATE NOCASE,
	pool    TEXT NOT NULL REFERENCES pools(fqdn),
	ordinal INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE simple_urls (
	component TEXT NOT NULL,          -- Meet, Dialin, Cscp
	domain    TEXT NOT NULL,
	url       TEXT NOT NULL,
	PRIMARY KEY (component, domain, url)
);
CREATE TABLE certificates (
	thumbprint TEXT PRIMARY KEY,
	der        BLOB NOT NULL
);
CREATE TABLE machine_certs (
	computer      TEXT NOT NULL COLLATE NOCASE REFERENCES computers(fqdn),
	store         TEXT NOT NULL COLLATE NOCASE, -- My, Root, CA
	thumbprint    TEXT NOT NULL REFERENCES certificates(thumbprint),
	private_key   BLOB,                         -- PKCS#8, NULL without a key
	exportable    INTEGER NOT NULL DEFAULT 0,
	friendly_name TEXT NOT NULL DEFAULT '',
	added         TEXT NOT NULL,
	PRIMARY KEY (computer, store, thumbprint)
);
CREATE TABLE assignments (
	scope      TEXT NOT NULL COLLATE NOCASE,  -- Global, or a computer FQDN
	use        TEXT NOT NULL COLLATE NOCASE,  -- a CertType name
	thumbprint TEXT NOT NULL REFERENCES certificates(thumbprint),
	effective  TEXT,                          -- set by -Roll -EffectiveDate
	previous   TEXT REFERENCES certificates(thumbprint),
	changed    TEXT NOT NULL,
	PRIMARY KEY (scope, use)
);
CREATE TABLE certificate_authorities (
	config      TEXT PRIMARY KEY COLLATE NOCASE, -- host\name
	thumbprint  TEXT NOT NULL REFERENCES certificates(thumbprint),
	private_key BLOB NOT NULL
);
CREATE TABLE cms (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	host    TEXT NOT NULL,
	version INTEGER NOT NULL,  -- bumped by every global change
	changed TEXT NOT NULL
);
CREATE TABLE replicas (
	fqdn                 TEXT PRIMARY KEY COLLATE NOCASE REFERENCES computers(fqdn),
	applied_version      INTEGER NOT NULL,
	last_status_report   TEXT,
	last_update_creation TEXT
);
`,
	// 2: certificate requests (Request-CsCertificate) and the web services
	// FQDNs that name a pool's certificates.
	`
CREATE TABLE web_services (
	pool          TEXT PRIMARY KEY COLLATE NOCASE REFERENCES pools(fqdn),
	internal_fqdn TEXT NOT NULL,
	external_fqdn TEXT NOT NULL
);
INSERT INTO web_services(pool, internal_fqdn, external_fqdn)
	SELECT fqdn, fqdn, 'webext.litwareinc.com' FROM pools WHERE fqdn = 'atl-cs-001.litwareinc.com';
CREATE TABLE cert_requests (
	request_id    INTEGER PRIMARY KEY AUTOINCREMENT,
	computer      TEXT NOT NULL COLLATE NOCASE,
	types         TEXT NOT NULL,             -- comma-separated uses
	ca            TEXT NOT NULL DEFAULT '',  -- host\name, '' for an offline request
	csr           BLOB NOT NULL,             -- PKCS#10 DER
	public_key    BLOB NOT NULL,             -- SubjectPublicKeyInfo DER, to match the answer
	private_key   BLOB NOT NULL,             -- PKCS#8
	exportable    INTEGER NOT NULL DEFAULT 0,
	friendly_name TEXT NOT NULL DEFAULT '',
	output        TEXT NOT NULL DEFAULT '',  -- where the request file was written
	status        TEXT NOT NULL DEFAULT 'Pending', -- Pending, Issued, Denied
	certificate   TEXT,                      -- thumbprint once issued
	created       TEXT NOT NULL
);
`,
	// 3: the Edge Server's certificates; the rows come from the embedded
	// files, so upgrade(3) adds them.
	`SELECT 1;`,
	// 4: each replica's copy of the global assignments, as of its last
	// replication; an existing lab's replicas start from the master.
	`
CREATE TABLE replica_assignments (
	fqdn       TEXT NOT NULL COLLATE NOCASE REFERENCES computers(fqdn),
	use        TEXT NOT NULL COLLATE NOCASE,
	thumbprint TEXT NOT NULL REFERENCES certificates(thumbprint),
	effective  TEXT,
	previous   TEXT REFERENCES certificates(thumbprint),
	changed    TEXT NOT NULL,
	ordinal    INTEGER NOT NULL,
	PRIMARY KEY (fqdn, use)
);
INSERT INTO replica_assignments(fqdn, use, thumbprint, effective, previous, changed, ordinal)
	SELECT r.fqdn, a.use, a.thumbprint, a.effective, a.previous, a.changed, a.rowid
	FROM replicas r, assignments a WHERE a.scope = 'Global';
`,
}

// upgrade returns what runs after the SQL of migration n when an
// existing lab is upgraded (a new lab is seeded whole instead), or nil.
func upgrade(n int) func(tx *Tx) error {
	switch n {
	case 3:
		return (*Tx).seedEdge
	}
	return nil
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) }

// migrate brings the schema up to date in one transaction and seeds the
// default lab when the database is new; it reports whether it did.
func (s *Store) migrate() (created bool, err error) {
	err = s.Update(func(tx *Tx) error {
		var v int
		if err := tx.q.QueryRowContext(context.Background(), "PRAGMA user_version").Scan(&v); err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("the lab was made by a newer cspsh (schema %d, this one knows %d)", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if err := tx.exec(migrations[i]); err != nil {
				return fmt.Errorf("schema %d: %w", i+1, err)
			}
			if up := upgrade(i + 1); up != nil && v > 0 {
				if err := up(tx); err != nil {
					return fmt.Errorf("schema %d: %w", i+1, err)
				}
			}
		}
		if v == len(migrations) {
			return nil
		}
		if err := tx.exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
			return err
		}
		if v == 0 {
			created = true
			return tx.seedDefaultLab()
		}
		return nil
	})
	return created, err
}
