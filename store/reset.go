package store

// labTables are the tables a reset empties, children before parents.
var labTables = []string{
	"cert_requests", "web_services", "replica_assignments", "replicas", "cms", "certificate_authorities", "assignments",
	"machine_certs", "certificates", "simple_urls", "computers", "pools", "sites", "sip_domains", "settings",
}

// ResetToDefault empties the lab and seeds the default deployment again,
// in the caller's transaction; the default files are rewritten after
// commit (the PFX a learner may have changed or deleted).
func (tx *Tx) ResetToDefault() error {
	for _, t := range labTables {
		if err := tx.exec("DELETE FROM " + t); err != nil {
			return err
		}
	}
	tx.nowSet = false
	if err := tx.seedDefaultLab(); err != nil {
		return err
	}
	home := tx.s.home
	tx.AfterCommit(func() error { return RestoreDefaultFiles(home) })
	return nil
}
