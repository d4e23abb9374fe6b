package store

import (
	"crypto/x509"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// Assignment is one row of the Central Management Store's certificate
// configuration: at a scope (Global or a computer) a use has a current
// certificate, an optional effective date (a rolled certificate), and
// the previous certificate.
type Assignment struct {
	Scope, Use   string
	Thumbprint   string
	Cert         *x509.Certificate
	Effective    time.Time // zero: assigned without -Roll
	Previous     string    // "" when none
	PreviousCert *x509.Certificate
	Changed      time.Time
}

// InUse returns the thumbprint in force at now: a rolled certificate
// takes over when the clock passes its effective date; before that the
// previous one is still in use.
func (a *Assignment) InUse(now time.Time) string {
	if !a.Effective.IsZero() && now.Before(a.Effective) && a.Previous != "" {
		return a.Previous
	}
	return a.Thumbprint
}

// IsGlobal reports whether scope names the global scope.
func IsGlobal(scope string) bool { return strings.EqualFold(scope, GlobalScope) }

// AssignOptions are Set-CsCertificate's -EffectiveDate and -Roll.
type AssignOptions struct {
	Effective time.Time
}

// Assign makes thumb the current certificate for use at scope. The
// certificate it displaces becomes the previous one (assigning the same
// certificate again keeps the previous one). A global change is a
// change of the Central Management Store, which replicas then catch up
// with.
func (tx *Tx) Assign(scope, use, thumb string, o AssignOptions) error {
	if IsGlobal(scope) {
		scope = GlobalScope
	}
	now, err := tx.Now()
	if err != nil {
		return err
	}
	old, err := tx.Assignment(scope, use)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	var previous any
	if old != nil {
		if !strings.EqualFold(old.Thumbprint, thumb) {
			previous = old.Thumbprint
		} else if old.Previous != "" {
			previous = old.Previous
		}
	}
	var eff any
	if !o.Effective.IsZero() {
		eff = timeText(o.Effective)
	}
	if err := tx.exec(`INSERT INTO assignments(scope, use, thumbprint, effective, previous, changed) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT(scope, use) DO UPDATE SET thumbprint = excluded.thumbprint, effective = excluded.effective,
			previous = excluded.previous, changed = excluded.changed`,
		scope, use, thumb, eff, previous, timeText(now)); err != nil {
		return err
	}
	if scope == GlobalScope {
		return tx.GlobalChanged()
	}
	return nil
}

// Unassign removes the assignment of use at scope, or with previous only
// its previous certificate. It reports whether there was something to
// remove.
func (tx *Tx) Unassign(scope, use string, previous bool) (bool, error) {
	if !tx.writable {
		return false, errors.New("store: write in a read transaction")
	}
	q := "DELETE FROM assignments WHERE scope = ? AND use = ?"
	if previous {
		q = "UPDATE assignments SET previous = NULL WHERE scope = ? AND use = ? AND previous IS NOT NULL"
	}
	res, err := tx.q.ExecContext(tx.ctx, q, scope, use)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	if n > 0 && IsGlobal(scope) {
		return true, tx.GlobalChanged()
	}
	return n > 0, nil
}

const assignCols = `a.scope, a.use, a.thumbprint, c.der, a.effective, a.previous, p.der, a.changed`

func scanAssignment(r interface{ Scan(...any) error }) (*Assignment, error) {
	var a Assignment
	var der, pder []byte
	var eff, prev sql.NullString
	var changed string
	if err := r.Scan(&a.Scope, &a.Use, &a.Thumbprint, &der, &eff, &prev, &pder, &changed); err != nil {
		return nil, err
	}
	var err error
	if a.Cert, err = x509.ParseCertificate(der); err != nil {
		return nil, err
	}
	if a.Effective, err = nullTime(eff); err != nil {
		return nil, err
	}
	if !a.Effective.IsZero() {
		a.Effective = a.Effective.Local()
	}
	if a.Changed, err = parseTime(changed); err != nil {
		return nil, err
	}
	a.Previous = prev.String
	if pder != nil {
		if a.PreviousCert, err = x509.ParseCertificate(pder); err != nil {
			return nil, err
		}
	}
	return &a, nil
}

const assignFrom = ` FROM assignments a JOIN certificates c ON c.thumbprint = a.thumbprint
	LEFT JOIN certificates p ON p.thumbprint = a.previous`

// Assignment returns the assignment of use at scope.
func (tx *Tx) Assignment(scope, use string) (*Assignment, error) {
	row := tx.q.QueryRowContext(tx.ctx, "SELECT "+assignCols+assignFrom+" WHERE a.scope = ? AND a.use = ?", scope, use)
	a, err := scanAssignment(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return a, err
}

// Assignments lists the assignments at scope in the order they were
// first made.
func (tx *Tx) Assignments(scope string) ([]*Assignment, error) {
	return tx.queryAssignments("SELECT "+assignCols+assignFrom+" WHERE a.scope = ? ORDER BY a.rowid", scope)
}

// queryAssignments runs a query whose columns are assignCols' and reads
// every row; the CMS and each replica keep assignments in that shape.
func (tx *Tx) queryAssignments(query string, args ...any) ([]*Assignment, error) {
	rows, err := tx.q.QueryContext(tx.ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Assignment
	for rows.Next() {
		a, err := scanAssignment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
