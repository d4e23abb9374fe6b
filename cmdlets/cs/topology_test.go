package cs

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

func TestTopologyCmdlets(t *testing.T) {
	l := newLab(t)
	out, err := l.run("Get-CsComputer", "-Pool", "atl-cs-001.litwareinc.com")
	if err != nil || len(out) != 3 {
		t.Fatalf("Get-CsComputer -Pool: %d, %v", len(out), err)
	}
	if prop(out[1].(*object.PSObject), "Fqdn") != "atl-cs-002.litwareinc.com" {
		t.Errorf("second front end = %v", prop(out[1].(*object.PSObject), "Fqdn"))
	}
	out, err = l.run("Get-CsComputer", "-Filter", "*edge*")
	if err != nil || len(out) != 1 {
		t.Fatalf("Get-CsComputer -Filter: %d, %v", len(out), err)
	}
	out, err = l.run("Get-CsPool", "atl-cs-001.litwareinc.com")
	if err != nil || len(out) != 1 {
		t.Fatalf("Get-CsPool positional identity: %d, %v", len(out), err)
	}
	pool := out[0].(*object.PSObject)
	if len(prop(pool, "Computers").([]any)) != 3 || prop(pool, "Site") != "Site:Redmond" {
		t.Errorf("pool = %v / %v", prop(pool, "Computers"), prop(pool, "Site"))
	}
	out, err = l.run("Get-CsSite")
	if err != nil || len(out) != 1 || prop(out[0].(*object.PSObject), "DisplayName") != "Redmond" {
		t.Fatalf("Get-CsSite: %v, %v", out, err)
	}
}

func replicas(t *testing.T, l *lab) map[string]bool {
	t.Helper()
	out, err := l.run("Get-CsManagementStoreReplicationStatus")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, o := range out {
		m[prop(o.(*object.PSObject), "ReplicaFqdn").(string)] = prop(o.(*object.PSObject), "UpToDate").(bool)
	}
	return m
}

func TestGlobalChangeReplicates(t *testing.T) {
	l := newLab(t)
	st, err := OpenLab(nil2call(l))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	st.Update(func(tx *storeTx) error { return tx.SetClockFixed(start) })
	for fqdn, up := range replicas(t, l) {
		if !up {
			t.Errorf("%s out of date on a fresh lab", fqdn)
		}
	}
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x); err != nil {
		t.Fatal(err)
	}
	reps := replicas(t, l)
	if len(reps) != 4 {
		t.Fatalf("replicas = %v", reps)
	}
	for fqdn, up := range reps {
		if up {
			t.Errorf("%s up to date right after a global change", fqdn)
		}
	}
	if _, err := l.run("Invoke-CsManagementStoreReplication", "-ReplicaFqdn", "atl-cs-002.litwareinc.com"); err != nil {
		t.Fatal(err)
	}
	reps = replicas(t, l)
	if !reps["atl-cs-002.litwareinc.com"] || reps["atl-cs-003.litwareinc.com"] {
		t.Errorf("after Invoke on atl-cs-002: %v", reps)
	}
	st.Update(func(tx *storeTx) error { return tx.SetClockFixed(start.Add(5 * time.Minute)) })
	for fqdn, up := range replicas(t, l) {
		if !up {
			t.Errorf("%s still out of date after the replication interval", fqdn)
		}
	}
}

func TestRemoveCertificate(t *testing.T) {
	l := newLab(t)
	if _, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", s2sPath, "-Password", "P@ssw0rd"); err != nil {
		t.Fatal(err)
	}
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x, "-EffectiveDate", "7/1/2015", "-Roll"); err != nil {
		t.Fatal(err)
	}
	if _, err := l.run("Remove-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Previous"); err != nil {
		t.Fatal(err)
	}
	c := l.get("-Type", "OAuthTokenIssuer")
	if len(c) != 1 || prop(c[0], "Thumbprint") != x || prop(c[0], "PreviousThumbprint") != nil {
		t.Fatalf("after -Previous: %v", c)
	}
	if _, err := l.run("Remove-CsCertificate", "-Type", "WebServicesExternal", "-Force"); err != nil {
		t.Fatal(err)
	}
	if got := l.get("-Type", "WebServicesExternal"); len(got) != 0 {
		t.Error("WebServicesExternal still assigned")
	}
	if got := l.get(); len(got) != 3 { // Default, WebServicesInternal, global OAuthTokenIssuer
		t.Errorf("remaining assignments: %d", len(got))
	}
}

// The -Roll page removes the previous OAuthTokenIssuer certificate with
// "Remove-CsCertificate -Type OAuthTokenIssuer -Previous": the global one.
func TestRemovePreviousOfGlobalUseWithoutIdentity(t *testing.T) {
	l := newLab(t)
	def := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	ext := prop(l.get("-Type", "WebServicesExternal")[0], "Thumbprint").(string)
	l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", def)
	if _, err := l.run("Set-CsCertificate", "-Type", "OAuthTokenIssuer", "-Thumbprint", ext, "-Roll", "-EffectiveDate", "7/21/2015 1:00:00 PM", "-Identity", "Global"); err != nil {
		t.Fatal(err)
	}
	if _, err := l.run("Remove-CsCertificate", "-Type", "OAuthTokenIssuer", "-Previous"); err != nil {
		t.Fatal(err)
	}
	g := l.get("-Identity", "global")
	if len(g) != 1 || prop(g[0], "Thumbprint") != ext || prop(g[0], "PreviousThumbprint") != nil {
		t.Errorf("global OAuthTokenIssuer after Remove -Previous: %v", g)
	}
}

// The -Roll page's OAuthTokenIssuer command without -Identity stages the
// global certificate when that is the one the deployment has.
func TestRollGlobalOAuthWithoutIdentity(t *testing.T) {
	l := newLab(t)
	def := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	ext := prop(l.get("-Type", "WebServicesExternal")[0], "Thumbprint").(string)
	l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", def)
	if _, err := l.run("Set-CsCertificate", "-Type", "OAuthTokenIssuer", "-Thumbprint", ext, "-Roll", "-EffectiveDate", "7/21/2015 1:00:00 PM"); err != nil {
		t.Fatal(err)
	}
	g := l.get("-Identity", "global")
	if len(g) != 1 || prop(g[0], "Thumbprint") != ext || prop(g[0], "PreviousThumbprint") != def {
		t.Errorf("global OAuthTokenIssuer after the page's command: %v", g)
	}
	if own := l.get("-Identity", "atl-cs-001.litwareinc.com"); len(own) != 4 {
		t.Errorf("atl-cs-001 sees %d assignments, want its 3 and the global one", len(own))
	}
}
