package store

import (
	"bytes"
	"crypto/x509"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cspsh/pki"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestDefaultLab(t *testing.T) {
	s := openTemp(t)
	err := s.View(func(tx *Tx) error {
		fes, err := tx.FrontEnds()
		if err != nil {
			return err
		}
		if len(fes) != 3 || fes[0] != "atl-cs-001.litwareinc.com" {
			t.Errorf("front ends = %v", fes)
		}
		for _, fe := range fes {
			as, err := tx.Assignments(fe)
			if err != nil {
				return err
			}
			var uses []string
			for _, a := range as {
				uses = append(uses, a.Use)
			}
			if len(as) != 3 || uses[0] != "Default" || uses[1] != "WebServicesInternal" || uses[2] != "WebServicesExternal" {
				t.Errorf("%s uses = %v", fe, uses)
			}
			if as[0].Thumbprint != as[1].Thumbprint || as[0].Thumbprint == as[2].Thumbprint {
				t.Errorf("%s: Default and WebServicesInternal must share one certificate, WebServicesExternal another", fe)
			}
			if got := pki.FormatName(as[0].Cert.RawSubject); got != "CN=atl-cs-001.litwareinc.com" {
				t.Errorf("Default subject = %q", got)
			}
			if got := pki.FormatName(as[0].Cert.RawIssuer); got != "CN=myca" {
				t.Errorf("Default issuer = %q", got)
			}
			my, err := tx.MachineCerts(fe, "My")
			if err != nil {
				return err
			}
			if len(my) != 2 || my[0].PrivateKey == nil || my[1].PrivateKey == nil {
				t.Errorf("%s My store: %d certificates", fe, len(my))
			}
		}
		edge, err := tx.Assignments(EdgePool)
		if err != nil {
			return err
		}
		var edgeUses []string
		for _, a := range edge {
			edgeUses = append(edgeUses, a.Use)
		}
		if strings.Join(edgeUses, ",") != "Internal,AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication" {
			t.Errorf("Edge uses = %v", edgeUses)
		}
		if edge[0].Thumbprint == edge[1].Thumbprint || edge[1].Thumbprint != edge[3].Thumbprint {
			t.Error("the Edge Server has one internal and one external certificate")
		}
		g, err := tx.Assignments("global")
		if err != nil {
			return err
		}
		if len(g) != 0 {
			t.Errorf("global assignments = %d, want none", len(g))
		}
		doms, err := tx.SIPDomains()
		if err != nil {
			return err
		}
		if len(doms) != 1 || doms[0] != "litwareinc.com" {
			t.Errorf("SIP domains = %v", doms)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pfx, err := os.ReadFile(filepath.Join(s.Home(), "drives", "C", "Certificates", "ServerToServerAuth.pfx"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := pki.ReadPFX(pfx, "P@ssw0rd")
	if err != nil {
		t.Fatal(err)
	}
	if got := pki.FormatName(b.Leaf.RawSubject); got != "CN=sip.litwareinc.com, O=Litware, C=US" {
		t.Errorf("PFX subject = %q", got)
	}
}

func TestReproducibleThumbprints(t *testing.T) {
	thumb := func() string {
		s := openTemp(t)
		var out string
		if err := s.View(func(tx *Tx) error {
			a, err := tx.Assignment(LocalComputer, "Default")
			if err != nil {
				return err
			}
			out = a.Thumbprint
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if a, b := thumb(), thumb(); a != b {
		t.Errorf("two new labs have different Default thumbprints: %s, %s", a, b)
	}
}

func TestFailedUpdateChangesNothing(t *testing.T) {
	s := openTemp(t)
	boom := errors.New("boom")
	err := s.Update(func(tx *Tx) error {
		a, err := tx.Assignment(LocalComputer, "Default")
		if err != nil {
			return err
		}
		if err := tx.Assign("global", "OAuthTokenIssuer", a.Thumbprint, AssignOptions{}); err != nil {
			return err
		}
		if _, err := tx.Unassign(LocalComputer, "Default", false); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Update error = %v", err)
	}
	s.View(func(tx *Tx) error {
		if _, err := tx.Assignment("Global", "OAuthTokenIssuer"); !errors.Is(err, ErrNotFound) {
			t.Errorf("global OAuthTokenIssuer survived a failed transaction: %v", err)
		}
		if _, err := tx.Assignment(LocalComputer, "Default"); err != nil {
			t.Errorf("Default assignment lost by a failed transaction: %v", err)
		}
		cms, err := tx.CentralStore()
		if err != nil || cms.Version != 0 {
			t.Errorf("CMS version = %v, %v", cms, err)
		}
		return nil
	})
}

func TestTwoHandlesSeeEachOther(t *testing.T) {
	home := t.TempDir()
	a, err := Open(home)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(home)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var thumb string
	if err := a.Update(func(tx *Tx) error {
		x, err := tx.Assignment(LocalComputer, "Default")
		if err != nil {
			return err
		}
		thumb = x.Thumbprint
		return tx.Assign("global", "OAuthTokenIssuer", thumb, AssignOptions{})
	}); err != nil {
		t.Fatal(err)
	}
	if err := b.View(func(tx *Tx) error {
		x, err := tx.Assignment("global", "OAuthTokenIssuer")
		if err != nil {
			return err
		}
		if x.Thumbprint != thumb {
			t.Errorf("second handle sees %s, want %s", x.Thumbprint, thumb)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// Concurrent read-modify-write transactions from two handles must not
// lose an update: each bumps a counter setting.
func TestConcurrentUpdatesAreNotLost(t *testing.T) {
	home := t.TempDir()
	var stores []*Store
	for i := 0; i < 2; i++ {
		s, err := Open(home)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	const n = 25
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for _, s := range stores {
		wg.Add(1)
		go func(s *Store) {
			defer wg.Done()
			for i := 0; i < n; i++ {
				errs <- s.Update(func(tx *Tx) error {
					v, err := tx.Setting("counter")
					if err != nil {
						return err
					}
					k := 0
					for _, c := range v {
						k = k*10 + int(c-'0')
					}
					time.Sleep(time.Millisecond)
					return tx.SetSetting("counter", itoa(k+1))
				})
			}
		}(s)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	stores[0].View(func(tx *Tx) error {
		v, _ := tx.Setting("counter")
		if v != itoa(2*n) {
			t.Errorf("counter = %s, want %d", v, 2*n)
		}
		return nil
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestRollAndPrevious(t *testing.T) {
	s := openTemp(t)
	fixed := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	err := s.Update(func(tx *Tx) error {
		if err := tx.SetClockFixed(fixed); err != nil {
			return err
		}
		def, err := tx.Assignment(LocalComputer, "Default")
		if err != nil {
			return err
		}
		ext, err := tx.Assignment(LocalComputer, "WebServicesExternal")
		if err != nil {
			return err
		}
		if err := tx.Assign("Global", "OAuthTokenIssuer", ext.Thumbprint, AssignOptions{}); err != nil {
			return err
		}
		eff := fixed.Add(48 * time.Hour)
		if err := tx.Assign("Global", "OAuthTokenIssuer", def.Thumbprint, AssignOptions{Effective: eff}); err != nil {
			return err
		}
		a, err := tx.Assignment("global", "OAuthTokenIssuer")
		if err != nil {
			return err
		}
		if a.Thumbprint != def.Thumbprint || a.Previous != ext.Thumbprint || !a.Effective.Equal(eff) {
			t.Errorf("rolled assignment = %+v", a)
		}
		now, _ := tx.Now()
		if a.InUse(now) != ext.Thumbprint {
			t.Errorf("before the effective date the previous certificate must be in use")
		}
		if a.InUse(eff.Add(time.Second)) != def.Thumbprint {
			t.Errorf("after the effective date the new certificate must be in use")
		}
		if ok, err := tx.Unassign("global", "OAuthTokenIssuer", true); err != nil || !ok {
			t.Errorf("Unassign previous = %v, %v", ok, err)
		}
		a, _ = tx.Assignment("global", "OAuthTokenIssuer")
		if a.Previous != "" {
			t.Errorf("previous not cleared")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReplicationCatchUp(t *testing.T) {
	s := openTemp(t)
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var pfxThumb string
	err := s.Update(func(tx *Tx) error {
		if err := tx.SetClockFixed(start); err != nil {
			return err
		}
		b, err := pki.ReadPFX(DefaultPFX(), "P@ssw0rd")
		if err != nil {
			return err
		}
		key, err := pkcs8(b)
		if err != nil {
			return err
		}
		if err := tx.AddMachineCert(MachineCert{Computer: LocalComputer, Store: "My", DER: b.Leaf.Raw, PrivateKey: key}); err != nil {
			return err
		}
		pfxThumb = pki.Thumbprint(b.Leaf.Raw)
		return tx.Assign("global", "OAuthTokenIssuer", pfxThumb, AssignOptions{})
	})
	if err != nil {
		t.Fatal(err)
	}
	check := func(wantUpToDate bool, wantInStore bool) {
		t.Helper()
		s.View(func(tx *Tx) error {
			reps, err := tx.Replicas()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range reps {
				if r.UpToDate != wantUpToDate {
					t.Errorf("%s UpToDate = %v, want %v", r.FQDN, r.UpToDate, wantUpToDate)
				}
			}
			m, err := tx.MachineCert("atl-cs-002.litwareinc.com", "My", pfxThumb)
			if (err == nil) != wantInStore {
				t.Errorf("atl-cs-002 holds the certificate: %v, want %v", err == nil, wantInStore)
			}
			if err == nil && m.PrivateKey == nil {
				t.Errorf("replicated certificate has no private key")
			}
			// The CMS host reads the master; a replica its own copy, as
			// of its last replication.
			for _, c := range []struct {
				computer string
				want     int
			}{{LocalComputer, 1}, {"atl-cs-002.litwareinc.com", b2i(wantInStore)}, {"atl-sql-001.litwareinc.com", 0}} {
				seen, err := tx.GlobalsSeenBy(c.computer)
				if err != nil || len(seen) != c.want {
					t.Errorf("%s sees %d global assignments (%v), want %d", c.computer, len(seen), err, c.want)
				}
				if len(seen) == 1 && (seen[0].Thumbprint != pfxThumb || !IsGlobal(seen[0].Scope)) {
					t.Errorf("%s sees %s at %s", c.computer, seen[0].Thumbprint, seen[0].Scope)
				}
			}
			return nil
		})
	}
	check(false, false)
	s.Update(func(tx *Tx) error {
		done, err := tx.CatchUp(false)
		if err != nil || len(done) != 0 {
			t.Errorf("CatchUp before the interval = %v, %v", done, err)
		}
		return tx.SetClockFixed(start.Add(2 * time.Minute))
	})
	s.Update(func(tx *Tx) error {
		done, err := tx.CatchUp(false)
		if err != nil || len(done) != 4 {
			t.Errorf("CatchUp after the interval = %v, %v", done, err)
		}
		return nil
	})
	check(true, true)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pkcs8(b *pki.Bundle) ([]byte, error) { return x509.MarshalPKCS8PrivateKey(b.Key) }

func TestResetToDefault(t *testing.T) {
	s := openTemp(t)
	pfx := filepath.Join(s.Home(), "drives", "C", "Certificates", "ServerToServerAuth.pfx")
	os.Remove(pfx)
	var before string
	s.Update(func(tx *Tx) error {
		a, _ := tx.Assignment(LocalComputer, "Default")
		before = a.Thumbprint
		tx.Assign("global", "OAuthTokenIssuer", a.Thumbprint, AssignOptions{})
		tx.Unassign(LocalComputer, "Default", false)
		return tx.SetClockFixed(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	})
	if err := s.Update(func(tx *Tx) error { return tx.ResetToDefault() }); err != nil {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if g, _ := tx.Assignments("global"); len(g) != 0 {
			t.Error("global assignments survive a reset")
		}
		if a, err := tx.Assignment(LocalComputer, "Default"); err != nil || a.Thumbprint != before {
			t.Errorf("Default after reset: %v", err)
		}
		if m, _, _ := tx.Clock(); m != ClockReal {
			t.Errorf("clock mode after reset: %s", m)
		}
		return nil
	})
	if _, err := os.Stat(pfx); err != nil {
		t.Errorf("PFX not restored: %v", err)
	}
}

// Two shells that start on a new lab at the same moment make one lab.
func TestConcurrentCreation(t *testing.T) {
	home := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	stores := make([]*Store, 4)
	for i := range stores {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			stores[i], errs[i] = Open(home)
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	stores[0].View(func(tx *Tx) error {
		as, err := tx.Assignments(LocalComputer)
		if err != nil || len(as) != 3 {
			t.Errorf("assignments = %d, %v (seeded more than once?)", len(as), err)
		}
		cs, _ := tx.Computers()
		if len(cs) != 5 {
			t.Errorf("computers = %d", len(cs))
		}
		return nil
	})
}

// A damaged lab file is refused with SQLite's own words and left as it was:
// the user is told to move it away, and nothing in it is overwritten.
func TestDamagedLabIsRefusedAndKept(t *testing.T) {
	for _, tc := range []struct {
		name    string
		content []byte
		want    string
	}{
		{"not a database", bytes.Repeat([]byte("not sqlite "), 500), ": file is not a database. Move the file away to start a new lab."},
		{"truncated header", []byte("SQLite format 3\x00\x10\x00"), ": file is not a database. Move the file away to start a new lab."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			path := filepath.Join(home, DBName)
			if err := os.WriteFile(path, tc.content, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(home)
			if err == nil {
				s.Close()
				t.Fatal("Open accepted a damaged lab")
			}
			want := "Cannot open the lab database " + path + tc.want
			if err.Error() != want {
				t.Errorf("error:\n got %q\nwant %q", err, want)
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, tc.content) {
				t.Errorf("the damaged file was changed (%d bytes, was %d)", len(got), len(tc.content))
			}
		})
	}
}
