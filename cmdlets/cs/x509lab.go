package cs

import (
	"crypto/x509"
	"path/filepath"
	"sync"
	"time"

	"cspsh/pipeline/members"
	"cspsh/pipeline/paths"
	"cspsh/store"
)

// objectLabs holds the labs opened for .NET certificate objects, by lab
// folder.
var objectLabs sync.Map

// objectLab is the lab behind the .NET certificate objects a script makes
// with New-Object or [type]::new() (X509Store, X509Certificate2): those
// run outside any cmdlet, so they find the session's lab through the
// path resolver the interpreter gives .NET methods (C:\ is the lab's
// drives folder), as [IO.File] finds the session's C: drive.
func objectLab() (*store.Store, error) {
	drive, err := members.ResolvePath(`C:\`)
	home := ""
	if err == nil && filepath.Base(filepath.Dir(drive)) == "drives" {
		home = filepath.Dir(filepath.Dir(drive))
	}
	if home == "" {
		home = paths.LabHome(nil)
	}
	if v, ok := objectLabs.Load(home); ok {
		return v.(*store.Store), nil
	}
	st, err := store.Open(home)
	if err != nil {
		return nil, err
	}
	if v, loaded := objectLabs.LoadOrStore(home, st); loaded {
		st.Close()
		return v.(*store.Store), nil
	}
	return st, nil
}

// objectRoots reads the computer's trusted roots for Verify() on a
// certificate object made by a script.
func objectRoots() []*x509.Certificate {
	st, err := objectLab()
	if err != nil {
		return nil
	}
	var roots []*x509.Certificate
	st.View(func(tx *store.Tx) error {
		roots, err = tx.Roots(store.LocalComputer)
		return err
	})
	return roots
}

// objectNow is the clock Verify() checks against: the lab clock.
func objectNow() time.Time {
	now := time.Now()
	if st, err := objectLab(); err == nil {
		st.View(func(tx *store.Tx) error {
			t, err := tx.Now()
			if err == nil {
				now = t
			}
			return err
		})
	}
	return now
}
