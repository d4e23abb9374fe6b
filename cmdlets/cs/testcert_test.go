package cs

import (
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func statuses(t *testing.T, l *lab) map[string]string {
	t.Helper()
	out, err := l.run("Test-CsCertificateConfiguration")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, o := range out {
		m[dotnet.ToString(prop(o.(*object.PSObject), "Use"))] = prop(o.(*object.PSObject), "Status").(string)
	}
	return m
}

func TestCertificateConfiguration(t *testing.T) {
	l := newLab(t)
	st, _ := OpenLab(nil2call(l))
	st.Update(func(tx *storeTx) error { return tx.SetClockFixed(time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)) })
	got := statuses(t, l)
	if len(got) != 3 || got["Default"] != "Valid" || got["WebServicesExternal"] != "Valid" {
		t.Fatalf("fresh lab: %v", got)
	}
	if _, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", s2sPath, "-Password", "P@ssw0rd"); err != nil {
		t.Fatal(err)
	}
	if s := statuses(t, l)["OAuthTokenIssuer"]; s != statusNotReplicated {
		t.Errorf("OAuthTokenIssuer before replication: %s", s)
	}
	l.run("Invoke-CsManagementStoreReplication")
	if s := statuses(t, l)["OAuthTokenIssuer"]; s != statusValid {
		t.Errorf("OAuthTokenIssuer after replication: %s", s)
	}
	st.Update(func(tx *storeTx) error { return tx.SetClockFixed(time.Date(2036, 5, 1, 9, 0, 0, 0, time.UTC)) })
	if s := statuses(t, l)["Default"]; s != statusExpired {
		t.Errorf("Default in 2036: %s", s)
	}
}

func TestAdminRoles(t *testing.T) {
	l := newLab(t)
	out, err := l.run("Get-CsAdminRole", "-Identity", "CsViewOnlyAdministrator")
	if err != nil || len(out) != 1 {
		t.Fatalf("Get-CsAdminRole: %v, %v", out, err)
	}
	var names []string
	for _, c := range prop(out[0].(*object.PSObject), "Cmdlets").([]any) {
		names = append(names, prop(c.(*object.PSObject), "Name").(string))
	}
	all := strings.Join(names, ",")
	if !strings.Contains(all, "Get-CsPool") || strings.Contains(all, "Set-CsCertificate") || strings.Contains(all, "Invoke-") {
		t.Errorf("view-only cmdlets: %s", all)
	}
}
