package store

import (
	"database/sql"
	"path/filepath"
	"testing"
)

// A lab made by an older build (schema 1) is upgraded in place and keeps
// its data.
func TestUpgradeFromSchema1(t *testing.T) {
	home := t.TempDir()
	s, err := Open(home)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open(driverName, "file:"+filepath.Join(home, DBName))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE replica_assignments", "DROP TABLE cert_requests", "DROP TABLE web_services",
		"DELETE FROM assignments WHERE scope = 'atl-edge-001.litwareinc.com'",
		"DELETE FROM machine_certs WHERE computer = 'atl-edge-001.litwareinc.com' AND store = 'My'",
		"PRAGMA user_version = 1"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err = Open(home)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.View(func(tx *Tx) error {
		in, ext, err := tx.WebServices(FrontEndPool)
		if err != nil || in != FrontEndPool || ext != "webext.litwareinc.com" {
			t.Errorf("web services after upgrade = %q, %q, %v", in, ext, err)
		}
		as, err := tx.Assignments(LocalComputer)
		if err != nil || len(as) != 3 {
			t.Errorf("assignments after upgrade = %d, %v", len(as), err)
		}
		edge, err := tx.Assignments(EdgePool)
		if err != nil || len(edge) != 4 {
			t.Errorf("Edge assignments after upgrade = %d, %v", len(edge), err)
		}
		var v int
		tx.q.QueryRowContext(tx.ctx, "PRAGMA user_version").Scan(&v)
		if v != SchemaVersion() {
			t.Errorf("user_version = %d", v)
		}
		return nil
	})
}
