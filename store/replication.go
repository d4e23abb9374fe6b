package store

import (
	"database/sql"
	"errors"
	"strings"
	"time"
)

// ReplicationInterval is how long after a change of the Central
// Management Store a replica picks it up on its own.
const ReplicationInterval = time.Minute

// Replica is one computer's copy of the Central Management Store.
type Replica struct {
	FQDN               string
	UpToDate           bool
	LastStatusReport   time.Time
	LastUpdateCreation time.Time
}

// CMS describes the Central Management Store master.
type CMS struct {
	Host    string
	Version int
	Changed time.Time
}

// CentralStore returns the CMS master's state.
func (tx *Tx) CentralStore() (*CMS, error) {
	var c CMS
	var changed string
	if err := tx.q.QueryRowContext(tx.ctx, "SELECT host, version, changed FROM cms WHERE id = 1").Scan(&c.Host, &c.Version, &changed); err != nil {
		return nil, err
	}
	t, err := parseTime(changed)
	c.Changed = t.Local()
	return &c, err
}

// GlobalChanged records a change of the Central Management Store: every
// replica is out of date until it catches up.
func (tx *Tx) GlobalChanged() error {
	now, err := tx.Now()
	if err != nil {
		return err
	}
	return tx.exec("UPDATE cms SET version = version + 1, changed = ? WHERE id = 1", timeText(now))
}

// Replicas lists the replicas and whether each is up to date.
func (tx *Tx) Replicas() ([]Replica, error) {
	cms, err := tx.CentralStore()
	if err != nil {
		return nil, err
	}
	rows, err := tx.q.QueryContext(tx.ctx, `SELECT r.fqdn, r.applied_version, r.last_status_report, r.last_update_creation
		FROM replicas r JOIN computers c ON c.fqdn = r.fqdn JOIN pools p ON p.fqdn = c.pool ORDER BY p.rowid, c.ordinal`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Replica
	for rows.Next() {
		var r Replica
		var v int
		var rep, upd sql.NullString
		if err := rows.Scan(&r.FQDN, &v, &rep, &upd); err != nil {
			return nil, err
		}
		r.UpToDate = v >= cms.Version
		if r.LastStatusReport, err = nullTime(rep); err != nil {
			return nil, err
		}
		if r.LastUpdateCreation, err = nullTime(upd); err != nil {
			return nil, err
		}
		r.LastStatusReport = r.LastStatusReport.Local()
		r.LastUpdateCreation = r.LastUpdateCreation.Local()
		out = append(out, r)
	}
	return out, rows.Err()
}

// CatchUp lets replicas apply the CMS changes: all of them when force is
// set (Invoke-CsManagementStoreReplication), else those whose
// replication interval has passed on the lab clock. Applying copies each
// global certificate, with its private key, into the replica's
// LocalMachine\My store. It returns the replicas it updated.
func (tx *Tx) CatchUp(force bool, only ...string) ([]string, error) {
	cms, err := tx.CentralStore()
	if err != nil {
		return nil, err
	}
	now, err := tx.Now()
	if err != nil {
		return nil, err
	}
	if !force && now.Before(cms.Changed.Add(ReplicationInterval)) {
		return nil, nil
	}
	reps, err := tx.Replicas()
	if err != nil {
		return nil, err
	}
	globals, err := tx.Assignments(GlobalScope)
	if err != nil {
		return nil, err
	}
	var done []string
	for _, r := range reps {
		if len(only) > 0 && !containsFold(only, r.FQDN) {
			continue
		}
		if r.UpToDate {
			if force {
				if err := tx.exec("UPDATE replicas SET last_status_report = ? WHERE fqdn = ?", timeText(now), r.FQDN); err != nil {
					return nil, err
				}
			}
			continue
		}
		for _, a := range globals {
			for _, t := range []string{a.Thumbprint, a.Previous} {
				if t == "" {
					continue
				}
				if err := tx.copyWithKey(t, r.FQDN); err != nil {
					return nil, err
				}
			}
		}
		if err := tx.snapshotGlobals(r.FQDN); err != nil {
			return nil, err
		}
		if err := tx.exec("UPDATE replicas SET applied_version = ?, last_status_report = ?, last_update_creation = ? WHERE fqdn = ?",
			cms.Version, timeText(now), timeText(now), r.FQDN); err != nil {
			return nil, err
		}
		done = append(done, r.FQDN)
	}
	return done, nil
}

// copyWithKey puts certificate thumb into computer's My store, taking
// the private key from any computer that has it.
func (tx *Tx) copyWithKey(thumb, computer string) error {
	var key []byte
	var exportable bool
	var friendly string
	err := tx.q.QueryRowContext(tx.ctx, `SELECT private_key, exportable, friendly_name FROM machine_certs
		WHERE thumbprint = ? AND store = 'My' AND private_key IS NOT NULL LIMIT 1`, thumb).Scan(&key, &exportable, &friendly)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var der []byte
	if err := tx.q.QueryRowContext(tx.ctx, "SELECT der FROM certificates WHERE thumbprint = ?", thumb).Scan(&der); err != nil {
		return err
	}
	return tx.AddMachineCert(MachineCert{Computer: computer, Store: "My", DER: der, PrivateKey: key, Exportable: exportable, FriendlyName: friendly})
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// snapshotGlobals gives replica fqdn the CMS master's global
// assignments, as its replication agent does when it catches up.
func (tx *Tx) snapshotGlobals(fqdn string) error {
	if err := tx.exec("DELETE FROM replica_assignments WHERE fqdn = ?", fqdn); err != nil {
		return err
	}
	return tx.exec(`INSERT INTO replica_assignments(fqdn, use, thumbprint, effective, previous, changed, ordinal)
		SELECT ?, use, thumbprint, effective, previous, changed, rowid FROM assignments WHERE scope = ?`, fqdn, GlobalScope)
}

// GlobalsSeenBy returns the global assignments computer works with: the
// master's on the Central Management Server itself, elsewhere its
// replica's copy as of its last replication (none for a computer
// without a replica).
func (tx *Tx) GlobalsSeenBy(computer string) ([]*Assignment, error) {
	cms, err := tx.CentralStore()
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(cms.Host, computer) {
		return tx.Assignments(GlobalScope)
	}
	return tx.queryAssignments(`SELECT '`+GlobalScope+`', a.use, a.thumbprint, c.der, a.effective, a.previous, p.der, a.changed
		FROM replica_assignments a JOIN certificates c ON c.thumbprint = a.thumbprint
		LEFT JOIN certificates p ON p.thumbprint = a.previous WHERE a.fqdn = ? ORDER BY a.ordinal`, computer)
}
