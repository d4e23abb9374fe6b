package cs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pki"
)

const s2sPath = `C:\Certificates\ServerToServerAuth.pfx`

// Seed page: "If no certificate information is returned, you must assign
// a token issuer certificate" — the default lab has none.
func TestFreshLabHasNoOAuthCertificate(t *testing.T) {
	l := newLab(t)
	if got := l.get("-Type", "OAuthTokenIssuer"); len(got) != 0 {
		t.Fatalf("OAuthTokenIssuer on a fresh lab: %d objects", len(got))
	}
	if got := l.get("-Identity", "global"); len(got) != 0 {
		t.Fatalf("global assignments on a fresh lab: %d", len(got))
	}
	all := l.get()
	var uses []string
	for _, o := range all {
		uses = append(uses, dotnet.ToString(prop(o, "Use")))
	}
	if strings.Join(uses, ",") != "Default,WebServicesInternal,WebServicesExternal" {
		t.Errorf("uses = %v", uses)
	}
	def := all[0]
	if def.TypeNames[0] != "Microsoft.Rtc.Management.Deployment.CertificateReference" {
		t.Errorf("type = %v", def.TypeNames)
	}
	var names []string
	for _, p := range def.Properties() {
		names = append(names, p.Name)
	}
	if want := "Issuer,NotAfter,NotBefore,SerialNumber,Subject,AlternativeNames,Thumbprint,EffectiveDate,PreviousThumbprint,PreviousNotAfter,Use"; strings.Join(names, ",") != want {
		t.Errorf("properties = %s", strings.Join(names, ","))
	}
	if prop(def, "Subject") != "CN=atl-cs-001.litwareinc.com" || prop(def, "Issuer") != "CN=myca" {
		t.Errorf("Default subject/issuer = %v / %v", prop(def, "Subject"), prop(def, "Issuer"))
	}
	if alt := prop(def, "AlternativeNames").([]any); len(alt) != 8 || alt[0] != "atl-cs-001.litwareinc.com" {
		t.Errorf("AlternativeNames = %v", alt)
	}
	if na := prop(def, "NotAfter").(time.Time); na.UTC().Year() != 2035 {
		t.Errorf("NotAfter = %v", na)
	}
}

// Seed page: Import-CsCertificate -Identity global -Type OAuthTokenIssuer
// -Path C:\Certificates\ServerToServerAuth.pfx -Password "P@ssw0rd".
func TestImportGlobalOAuth(t *testing.T) {
	l := newLab(t)
	if _, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", s2sPath, "-Password", "P@ssw0rd"); err != nil {
		t.Fatal(err)
	}
	got := l.get("-Type", "OAuthTokenIssuer")
	if len(got) != 1 {
		t.Fatalf("OAuthTokenIssuer: %d objects", len(got))
	}
	c := got[0]
	if dotnet.ToString(prop(c, "Use")) != "OAuthTokenIssuer" || prop(c, "Subject") != "CN=sip.litwareinc.com, O=Litware, C=US" || prop(c, "Issuer") != "CN=myca" {
		t.Errorf("imported = %v / %v / %v", prop(c, "Use"), prop(c, "Subject"), prop(c, "Issuer"))
	}
	if g := l.get("-Identity", "global"); len(g) != 1 {
		t.Errorf("global: %d", len(g))
	}
	// The other front ends see the global assignment once their replica
	// of the Central Management Store has caught up.
	l.rt.Sess.Computer = "atl-cs-003.litwareinc.com"
	if g := l.get("-Type", "OAuthTokenIssuer"); len(g) != 0 {
		t.Errorf("atl-cs-003 sees %d OAuthTokenIssuer certificates before replication", len(g))
	}
	if _, err := l.run("Invoke-CsManagementStoreReplication"); err != nil {
		t.Fatal(err)
	}
	if g := l.get("-Type", "OAuthTokenIssuer"); len(g) != 1 {
		t.Errorf("atl-cs-003 sees %d OAuthTokenIssuer certificates after replication", len(g))
	}
}

func TestImportRefusalsChangeNothing(t *testing.T) {
	l := newLab(t)
	l.get() // creates the lab
	home := l.rt.Sess.Home
	write := func(name string, data []byte) string {
		p := filepath.Join(home, "drives", "C", "Certificates", name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return `C:\Certificates\` + name
	}
	nokey, _ := os.ReadFile("../../pki/testdata/nokey.pfx")
	tests := []struct {
		name string
		args []any
		msg  string
	}{
		{"wrong password", []any{"-Path", s2sPath, "-Password", "wrong"}, "The specified network password is not correct."},
		{"missing file", []any{"-Path", `C:\Certificates\Missing.pfx`, "-Password", "x"}, `Cannot find path 'C:\Certificates\Missing.pfx' because it does not exist.`},
		{"corrupt file", []any{"-Path", write("corrupt.pfx", []byte("not a pfx")), "-Password", "x"}, "Cannot find the requested object."},
		{"no private key", []any{"-Path", write("nokey.pfx", nokey), "-Password", "NoKey1"}, "holds no private key"},
	}
	for _, tt := range tests {
		args := append([]any{"-Identity", "global", "-Type", "OAuthTokenIssuer"}, tt.args...)
		_, err := l.run("Import-CsCertificate", args...)
		rec, ok := err.(*object.ErrorRecord)
		if !ok {
			t.Errorf("%s: error %v (%T), want an error record", tt.name, err, err)
			continue
		}
		if !strings.Contains(rec.Exception.Message, tt.msg) {
			t.Errorf("%s: message %q, want %q", tt.name, rec.Exception.Message, tt.msg)
		}
		if got := l.get("-Identity", "global"); len(got) != 0 {
			t.Errorf("%s: global assignments changed", tt.name)
		}
	}
}

func TestImportRefusesCertificateNotValidOnLabClock(t *testing.T) {
	l := newLab(t)
	st, err := OpenLab(nil2call(l))
	if err != nil {
		t.Fatal(err)
	}
	st.Update(func(tx *storeTx) error { return tx.SetClockFixed(time.Date(2036, 6, 1, 0, 0, 0, 0, time.UTC)) })
	_, err = l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", s2sPath, "-Password", "P@ssw0rd")
	if err == nil || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("import of an expired certificate: %v", err)
	}
	if got := l.get("-Identity", "global"); len(got) != 0 {
		t.Error("expired certificate assigned")
	}
}

// Seed page: $x = (Get-CsCertificate -Type Default).Thumbprint;
// Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x.
func TestDefaultAsOAuth(t *testing.T) {
	l := newLab(t)
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x); err != nil {
		t.Fatal(err)
	}
	got := l.get("-Type", "OAuthTokenIssuer")
	if len(got) != 1 || prop(got[0], "Thumbprint") != x || prop(got[0], "Subject") != "CN=atl-cs-001.litwareinc.com" {
		t.Fatalf("OAuthTokenIssuer = %v", got)
	}
	if prop(got[0], "EffectiveDate") != nil || prop(got[0], "PreviousThumbprint") != nil {
		t.Error("a plain assignment has no effective date and no previous certificate")
	}
}

// Seed page: -EffectiveDate "7/1/2015" -Roll after importing the PFX.
func TestRollWithEffectiveDate(t *testing.T) {
	l := newLab(t)
	if _, err := l.run("Import-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Path", s2sPath, "-Password", "P@ssw0rd"); err != nil {
		t.Fatal(err)
	}
	old := prop(l.get("-Type", "OAuthTokenIssuer")[0], "Thumbprint")
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x, "-EffectiveDate", "7/1/2015", "-Roll"); err != nil {
		t.Fatal(err)
	}
	c := l.get("-Type", "OAuthTokenIssuer")[0]
	if prop(c, "Thumbprint") != x || prop(c, "PreviousThumbprint") != old {
		t.Errorf("after roll: thumbprint %v previous %v", prop(c, "Thumbprint"), prop(c, "PreviousThumbprint"))
	}
	eff, ok := prop(c, "EffectiveDate").(time.Time)
	if !ok || eff.Format("2006-01-02") != "2015-07-01" {
		t.Errorf("EffectiveDate = %v", prop(c, "EffectiveDate"))
	}
	if _, ok := prop(c, "PreviousNotAfter").(time.Time); !ok {
		t.Error("PreviousNotAfter missing")
	}
}

// Set-CsCertificate reference: -Roll without -EffectiveDate fails.
func TestRollNeedsEffectiveDate(t *testing.T) {
	l := newLab(t)
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	_, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x, "-Roll")
	if err == nil || !strings.Contains(err.Error(), "EffectiveDate") {
		t.Fatalf("-Roll alone: %v", err)
	}
	if got := l.get("-Type", "OAuthTokenIssuer"); len(got) != 0 {
		t.Error("-Roll alone changed the store")
	}
}

func TestSetUnknownThumbprint(t *testing.T) {
	l := newLab(t)
	_, err := l.run("Set-CsCertificate", "-Type", "WebServicesExternal", "-Thumbprint", "B142918E463981A76503828BB1278391B716280987B")
	if err == nil || !strings.Contains(err.Error(), "Cannot find a certificate with thumbprint") {
		t.Fatalf("unknown thumbprint: %v", err)
	}
}

func TestWhatIfChangesNothing(t *testing.T) {
	l := newLab(t)
	x := prop(l.get("-Type", "Default")[0], "Thumbprint").(string)
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", x, "-WhatIf"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(l.rt.H.Out.String(), "What if: ") {
		t.Errorf("host output = %q", l.rt.H.Out.String())
	}
	if got := l.get("-Type", "OAuthTokenIssuer"); len(got) != 0 {
		t.Error("-WhatIf changed the store")
	}
}

func TestSetThroughReference(t *testing.T) {
	l := newLab(t)
	def := l.get("-Type", "Default")[0]
	if _, err := l.run("Set-CsCertificate", "-Reference", def, "-Type", "WebServicesExternal"); err != nil {
		t.Fatal(err)
	}
	ext := l.get("-Type", "WebServicesExternal")[0]
	if prop(ext, "Thumbprint") != prop(def, "Thumbprint") || prop(ext, "PreviousThumbprint") == nil {
		t.Errorf("WebServicesExternal after Set -Reference: %v, previous %v", prop(ext, "Thumbprint"), prop(ext, "PreviousThumbprint"))
	}
}

func TestOAuthNeedsSipDomainInSubject(t *testing.T) {
	l := newLab(t)
	ext := prop(l.get("-Type", "WebServicesExternal")[0], "Thumbprint").(string)
	// CN=webext.litwareinc.com holds the SIP domain: accepted.
	if _, err := l.run("Set-CsCertificate", "-Identity", "global", "-Type", "OAuthTokenIssuer", "-Thumbprint", ext); err != nil {
		t.Fatalf("webext as OAuthTokenIssuer: %v", err)
	}
	_ = pki.Thumbprint
}
