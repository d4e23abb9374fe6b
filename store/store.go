// Package store is the lab's state: topology, certificates, each
// computer's machine certificate stores, the Central Management Store's
// assignments, replication, and the lab clock. It is one SQLite file
// ($CSPSH_HOME/lab.db) shared by every shell on the lab; every change runs
// in one IMMEDIATE transaction, so concurrent shells serialise their
// writes instead of losing them, and a failed command changes nothing.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
	_ "github.com/ncruces/go-sqlite3/driver" // registers the "sqlite3" database/sql driver
)

// Store is an opened lab.
type Store struct {
	db   *sql.DB
	home string
	// hostNow is the host clock (time.Now), replaced in tests.
	hostNow func() time.Time
}

// driverName is the database/sql driver SQLite is opened with:
// github.com/ncruces/go-sqlite3, SQLite translated to Go (wasm2go), with no
// cgo. It replaced modernc.org/sqlite, whose translated C library sets
// itself up in every process that links it, so also in every shell that
// never opens the lab: 0.6 ms of each start (bench/README.md, "What
// changed in the start").
const driverName = "sqlite3"

// DBName is the database file inside the lab folder.
const DBName = "lab.db"

// Open opens (creating when needed) the lab in folder home: the database,
// its schema, and on first use the default lab with its files.
func Open(home string) (*Store, error) {
	if err := os.MkdirAll(home, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(home, DBName)
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(30000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, home: home, hostNow: time.Now}
	created, err := s.migrate()
	// Two shells creating a new lab at the same moment: switching a new
	// file to WAL takes a lock SQLite's busy handler does not wait for,
	// so the loser sees SQLITE_BUSY at once. Trying again after a pause
	// finds the lab the winner made.
	for tries := 0; err != nil && isBusy(err) && tries < 100; tries++ {
		time.Sleep(20 * time.Millisecond)
		created, err = s.migrate()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("Cannot open the lab database %s: %w. Move the file away to start a new lab.", path, sqliteError{err})
	}
	if err := s.writeLabFiles(created); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// sqliteError is err as the user reads it: SQLite's own message ("file is
// not a database"), without the driver's "sqlite3:" prefixes and the
// step that hit it ("invalid _pragma" when the first statement on a
// damaged file is a PRAGMA).
type sqliteError struct{ err error }

func (e sqliteError) Error() string {
	// The driver reports a failure with a message as *sqlite3.Error and
	// one without as a bare result code.
	var se *sqlite3.Error
	var xcode sqlite3.ExtendedErrorCode
	var code sqlite3.ErrorCode
	var inner error
	switch {
	case errors.As(e.err, &se):
		inner = se
	case errors.As(e.err, &xcode):
		inner = xcode
	case errors.As(e.err, &code):
		inner = code
	default:
		return e.err.Error()
	}
	return strings.TrimPrefix(inner.Error(), "sqlite3: ")
}

func (e sqliteError) Unwrap() error { return e.err }

// isBusy reports SQLite's "database is locked" (SQLITE_BUSY).
func isBusy(err error) bool { return errors.Is(err, sqlite3.BUSY) }

// Home is the lab folder.
func (s *Store) Home() string { return s.home }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SetHostClock replaces the host clock the lab clock is based on (tests).
func (s *Store) SetHostClock(now func() time.Time) { s.hostNow = now }

// querier is what Tx needs from a connection.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Tx is one transaction on the lab. Its methods are the only way the
// cmdlets read or change the lab.
type Tx struct {
	ctx      context.Context
	q        querier
	s        *Store
	writable bool
	now      time.Time // lab clock, read once per transaction
	nowSet   bool
	// after runs once the transaction committed (files written by a
	// command, for example).
	after []func() error
}

// Update runs fn in a write transaction (BEGIN IMMEDIATE): either all of
// its changes are committed, or, when fn or the commit fails, none.
func (s *Store) Update(fn func(tx *Tx) error) error { return s.run(true, fn) }

// View runs fn in a read transaction: a consistent snapshot.
func (s *Store) View(fn func(tx *Tx) error) error { return s.run(false, fn) }

func (s *Store) run(write bool, fn func(tx *Tx) error) (err error) {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	begin := "BEGIN"
	if write {
		begin = "BEGIN IMMEDIATE"
	}
	if _, err := conn.ExecContext(ctx, begin); err != nil {
		return err
	}
	tx := &Tx{ctx: ctx, q: conn, s: s, writable: write}
	defer func() {
		if p := recover(); p != nil {
			conn.ExecContext(ctx, "ROLLBACK")
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		if _, rerr := conn.ExecContext(ctx, "ROLLBACK"); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	for _, f := range tx.after {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// AfterCommit schedules f to run when the transaction has committed.
func (tx *Tx) AfterCommit(f func() error) { tx.after = append(tx.after, f) }

func (tx *Tx) exec(query string, args ...any) error {
	if !tx.writable {
		return fmt.Errorf("store: write in a read transaction")
	}
	_, err := tx.q.ExecContext(tx.ctx, query, args...)
	return err
}

// timeText and parseTime store times as UTC RFC 3339 with nanoseconds.
func timeText(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTime(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }

func nullTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}
