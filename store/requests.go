package store

import (
	"crypto"
	"crypto/x509"
	"database/sql"
	"errors"
	"strings"
	"time"

	"cspsh/pki"
)

// CertRequest is a certificate request made by Request-CsCertificate:
// pending until the CA's answer is installed with its private key.
type CertRequest struct {
	ID           int
	Computer     string
	Types        []string
	CA           string
	CSR          []byte
	PublicKey    []byte
	PrivateKey   []byte
	Exportable   bool
	FriendlyName string
	Output       string
	Status       string
	Certificate  string
	Created      time.Time
}

// AddRequest records a request and returns its id.
func (tx *Tx) AddRequest(r CertRequest) (int, error) {
	now, err := tx.Now()
	if err != nil {
		return 0, err
	}
	if !tx.writable {
		return 0, errors.New("store: write in a read transaction")
	}
	status := r.Status
	if status == "" {
		status = "Pending"
	}
	res, err := tx.q.ExecContext(tx.ctx, `INSERT INTO cert_requests(computer, types, ca, csr, public_key, private_key, exportable, friendly_name, output, status, certificate, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Computer, strings.Join(r.Types, ","), r.CA, r.CSR, r.PublicKey, r.PrivateKey, r.Exportable, r.FriendlyName, r.Output,
		status, nullString(r.Certificate), timeText(now))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	return int(id), err
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Requests lists the requests (one when id > 0), oldest first.
func (tx *Tx) Requests(id int) ([]CertRequest, error) {
	q := `SELECT request_id, computer, types, ca, csr, public_key, private_key, exportable, friendly_name, output, status, certificate, created FROM cert_requests`
	var args []any
	if id > 0 {
		q += " WHERE request_id = ?"
		args = append(args, id)
	}
	rows, err := tx.q.QueryContext(tx.ctx, q+" ORDER BY request_id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CertRequest
	for rows.Next() {
		var r CertRequest
		var types, created string
		var cert sql.NullString
		if err := rows.Scan(&r.ID, &r.Computer, &types, &r.CA, &r.CSR, &r.PublicKey, &r.PrivateKey, &r.Exportable,
			&r.FriendlyName, &r.Output, &r.Status, &cert, &created); err != nil {
			return nil, err
		}
		if types != "" {
			r.Types = strings.Split(types, ",")
		}
		r.Certificate = cert.String
		t, err := parseTime(created)
		if err != nil {
			return nil, err
		}
		r.Created = t.Local()
		out = append(out, r)
	}
	return out, rows.Err()
}

// RequestFor finds the pending request whose key the certificate certifies.
func (tx *Tx) RequestFor(c *x509.Certificate) (*CertRequest, error) {
	rs, err := tx.Requests(0)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if (r.Status == "Pending" || r.Status == "Approved") && string(r.PublicKey) == string(c.RawSubjectPublicKeyInfo) {
			return &r, nil
		}
	}
	return nil, ErrNotFound
}

// CompleteRequest installs an issued certificate with its request's
// private key in the requesting computer's My store.
func (tx *Tx) CompleteRequest(r *CertRequest, c *x509.Certificate) error {
	if err := tx.AddMachineCert(MachineCert{Computer: r.Computer, Store: "My", DER: c.Raw, PrivateKey: r.PrivateKey,
		Exportable: r.Exportable, FriendlyName: r.FriendlyName}); err != nil {
		return err
	}
	return tx.exec("UPDATE cert_requests SET status = 'Issued', certificate = ? WHERE request_id = ?", pki.Thumbprint(c.Raw), r.ID)
}

// DeleteRequests removes one request (id > 0) or all of them; it returns
// how many it removed.
func (tx *Tx) DeleteRequests(id int) (int, error) {
	if !tx.writable {
		return 0, errors.New("store: write in a read transaction")
	}
	q, args := "DELETE FROM cert_requests", []any{}
	if id > 0 {
		q += " WHERE request_id = ?"
		args = append(args, id)
	}
	res, err := tx.q.ExecContext(tx.ctx, q, args...)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// CA returns a certification authority of the lab by its config name
// (host\name, any case).
func (tx *Tx) CA(config string) (*pki.CA, error) {
	var der, key []byte
	var name string
	err := tx.q.QueryRowContext(tx.ctx, `SELECT a.config, c.der, a.private_key FROM certificate_authorities a
		JOIN certificates c ON c.thumbprint = a.thumbprint WHERE a.config = ?`, config).Scan(&name, &der, &key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	k, err := x509.ParsePKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	signer, ok := k.(crypto.Signer)
	if !ok {
		return nil, errors.New("the CA key cannot sign")
	}
	return &pki.CA{Cert: cert, Key: signer, Config: name}, nil
}

// Roots lists the certificates in a computer's Root store (what
// X509Certificate2.Verify trusts there).
func (tx *Tx) Roots(computer string) ([]*x509.Certificate, error) {
	ms, err := tx.MachineCerts(computer, "Root")
	if err != nil {
		return nil, err
	}
	out := make([]*x509.Certificate, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Cert)
	}
	return out, nil
}

// WebServices returns a pool's internal and external web services FQDNs.
func (tx *Tx) WebServices(pool string) (internal, external string, err error) {
	err = tx.q.QueryRowContext(tx.ctx, "SELECT internal_fqdn, external_fqdn FROM web_services WHERE pool = ?", pool).Scan(&internal, &external)
	if errors.Is(err, sql.ErrNoRows) {
		return pool, pool, nil
	}
	return internal, external, err
}

// ApproveRequest records the CA's answer to a pending request, for
// Request-CsCertificate -Retrieve to install.
func (tx *Tx) ApproveRequest(id int, c *x509.Certificate) error {
	if _, err := tx.PutCertificate(c.Raw); err != nil {
		return err
	}
	return tx.exec("UPDATE cert_requests SET status = 'Approved', certificate = ? WHERE request_id = ? AND status = 'Pending'", pki.Thumbprint(c.Raw), id)
}
