package store

import (
	"crypto/x509"
	"database/sql"
	"errors"

	"cspsh/pki"
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

func thumbOf(der []byte) string { return pki.Thumbprint(der) }

// PutCertificate records a certificate (idempotent) and returns its
// thumbprint.
func (tx *Tx) PutCertificate(der []byte) (string, error) {
	t := thumbOf(der)
	if err := tx.exec("INSERT OR IGNORE INTO certificates(thumbprint, der) VALUES (?, ?)", t, der); err != nil {
		return "", err
	}
	return t, nil
}

// Certificate returns the certificate with the given thumbprint.
func (tx *Tx) Certificate(thumb string) (*x509.Certificate, error) {
	var der []byte
	err := tx.q.QueryRowContext(tx.ctx, "SELECT der FROM certificates WHERE thumbprint = ?", thumb).Scan(&der)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

// MachineCert is one certificate in one computer's certificate store
// (Cert:\LocalMachine\<Store>), with its private key when it has one.
type MachineCert struct {
	Computer     string
	Store        string // My, Root, CA
	DER          []byte
	Thumbprint   string
	PrivateKey   []byte // PKCS#8; nil without a key
	Exportable   bool
	FriendlyName string
	Cert         *x509.Certificate
}

// AddMachineCert puts a certificate into a computer's store, replacing
// an entry with the same thumbprint (a key and friendly name it gains
// are kept, as importing again on Windows does).
func (tx *Tx) AddMachineCert(m MachineCert) error {
	t, err := tx.PutCertificate(m.DER)
	if err != nil {
		return err
	}
	now, err := tx.Now()
	if err != nil {
		return err
	}
	return tx.exec(`INSERT INTO machine_certs(computer, store, thumbprint, private_key, exportable, friendly_name, added)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(computer, store, thumbprint) DO UPDATE SET
			private_key = COALESCE(excluded.private_key, machine_certs.private_key),
			exportable = CASE WHEN excluded.private_key IS NULL THEN machine_certs.exportable ELSE excluded.exportable END,
			friendly_name = CASE WHEN excluded.friendly_name = '' THEN machine_certs.friendly_name ELSE excluded.friendly_name END`,
		m.Computer, m.Store, t, nullBytes(m.PrivateKey), m.Exportable, m.FriendlyName, timeText(now))
}

func nullBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

const machineCols = "m.computer, m.store, c.der, m.thumbprint, m.private_key, m.exportable, m.friendly_name"

func scanMachine(rows interface{ Scan(...any) error }) (MachineCert, error) {
	var m MachineCert
	err := rows.Scan(&m.Computer, &m.Store, &m.DER, &m.Thumbprint, &m.PrivateKey, &m.Exportable, &m.FriendlyName)
	if err != nil {
		return m, err
	}
	m.Cert, err = x509.ParseCertificate(m.DER)
	return m, err
}

// MachineCert returns the entry for thumb in a computer's store.
func (tx *Tx) MachineCert(computer, store, thumb string) (*MachineCert, error) {
	row := tx.q.QueryRowContext(tx.ctx, "SELECT "+machineCols+` FROM machine_certs m JOIN certificates c USING (thumbprint)
		WHERE m.computer = ? AND m.store = ? AND m.thumbprint = ?`, computer, store, thumb)
	m, err := scanMachine(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// MachineCerts lists a computer's store in the order certificates were
// added.
func (tx *Tx) MachineCerts(computer, store string) ([]MachineCert, error) {
	rows, err := tx.q.QueryContext(tx.ctx, "SELECT "+machineCols+` FROM machine_certs m JOIN certificates c USING (thumbprint)
		WHERE m.computer = ? AND m.store = ? ORDER BY m.added, m.rowid`, computer, store)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []MachineCert
	for rows.Next() {
		m, err := scanMachine(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// RemoveMachineCert deletes a certificate from a computer's store; it
// reports whether there was one.
func (tx *Tx) RemoveMachineCert(computer, store, thumb string) (bool, error) {
	if !tx.writable {
		return false, errors.New("store: write in a read transaction")
	}
	res, err := tx.q.ExecContext(tx.ctx, "DELETE FROM machine_certs WHERE computer = ? AND store = ? AND thumbprint = ?", computer, store, thumb)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}
