package repl

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/pipeline/paths"
	"cspsh/shell/interp"
	"cspsh/store"
)

// newTestCompleter builds a completer over a real interpreter and a fresh
// lab, with a host folder holding a few files.
func newTestCompleter(t *testing.T) (*Completer, *interp.Runner, string) {
	t.Helper()
	home := t.TempDir()
	paths.Materialize = store.WriteDefaultFiles
	host := t.TempDir()
	for _, d := range []string{"scripts", "My Docs"} {
		os.Mkdir(filepath.Join(host, d), 0o755)
	}
	for _, f := range []string{"check.ps1", "Check2.ps1", "it's.txt"} {
		os.WriteFile(filepath.Join(host, f), nil, 0o644)
	}
	sess := &pipeline.Session{Home: home, Computer: store.LocalComputer, Location: host}
	r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithSession(sess), interp.WithNonInteractive(true))
	t.Cleanup(func() {
		for _, c := range sess.Closers {
			c()
		}
	})
	if err := r.RunString(`$c = Get-CsCertificate -Type Default; $h = @{ Alpha = 1; Beta = 2 }; $xyzzy = 1`, ""); err != nil {
		t.Fatal(err)
	}
	return &Completer{Rt: r.Runtime()}, r, host
}

func texts(c Completion) []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.Text)
	}
	return out
}

func TestComplete(t *testing.T) {
	comp, r, _ := newTestCompleter(t)
	tp := ""
	if v, err := r.Runtime().RunString(`$c.Thumbprint`); err == nil && len(v) == 1 {
		tp, _ = v[0].(string)
	}
	if tp == "" {
		t.Fatal("no Default certificate in the lab")
	}
	tests := []struct {
		line string
		// want lists candidates that must be there (in this order, not
		// necessarily adjacent); first, when set, is the first one.
		want  []string
		first string
		none  []string
		start int // expected replacement start (-1: don't check)
	}{
		{line: "Get-CsCer", first: "Get-CsCertificate", start: 0},
		{line: "get-cscer", first: "Get-CsCertificate", start: 0},
		{line: "*-CsCert*", want: []string{"Get-CsCertificate", "Import-CsCertificate", "Remove-CsCertificate", "Request-CsCertificate", "Set-CsCertificate"}, start: 0},
		{line: "gc", want: []string{"gci", "gcm"}, start: 0},
		{line: "Set-CsCertificate -Ef", first: "-EffectiveDate", start: 18},
		{line: "Set-CsCertificate -Type Default -T", want: []string{"-Thumbprint"}, none: []string{"-Type"}, start: 32},
		{line: "Set-CsCertificate -R", want: []string{"-Roll"}, start: 18},
		{line: "Get-CsCertificate -Err", want: []string{"-ErrorAction", "-ErrorVariable"}, start: 18},
		{line: "Get-CsCertificate -Type OA", first: "OAuthTokenIssuer", start: 24},
		{line: "Get-CsCertificate -Type:oa", first: "OAuthTokenIssuer", start: 24},
		{line: "Get-CsCertificate -ErrorAction si", first: "SilentlyContinue", start: 31},
		{line: "Set-CsCertificate -Thumbprint ", want: []string{tp}, start: 30},
		{line: "Set-CsCertificate -Thumbprint " + tp[:4], first: tp, start: 30},
		{line: "Set-CsCertificate -Identity gl", first: "global", start: 28},
		{line: "Set-CsCertificate -Identity atl-cs-00", want: []string{"atl-cs-001.litwareinc.com", "atl-cs-002.litwareinc.com"}, start: 28},
		{line: "Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl", want: []string{"atl-cs-001.litwareinc.com"}, start: 52},
		{line: "Request-CsCertificate -New -Type Default -CA ", first: store.LabCA, start: 45},
		{line: `Import-CsCertificate -Path C:\Cert`, first: `C:\Certificates\`, start: 27},
		{line: `Import-CsCertificate -Path c:\certificates\server`, first: `c:\certificates\ServerToServerAuth.pfx`, start: 27},
		{line: `Get-ChildItem Cert:\LocalMachine\My\`, want: []string{`Cert:\LocalMachine\My\` + tp}, start: 14},
		{line: `Get-ChildItem cert:\localmachine\`, want: []string{`cert:\localmachine\My\`}, start: 14},
		{line: "Get-Content ./sc", first: "./scripts/", start: 12},
		{line: "Get-Content ch", first: "check.ps1", none: []string{"Check2.ps1"}, start: 12},
		{line: "Get-Content My", first: "'My Docs/'", start: 12},
		{line: "Get-Content 'My", first: "'My Docs/'", start: 12},
		{line: "Get-Content it", first: "'it''s.txt'", start: 12},
		{line: "$xyz", first: "$xyzzy", start: 0},
		{line: "Write-Output $xy", first: "$xyzzy", start: 13},
		{line: "$c.Thu", first: "Thumbprint", start: 3},
		{line: "$c.", want: []string{"Thumbprint", "Use"}, start: 3},
		{line: "$h.Al", first: "Alpha", start: 3},
		{line: "[datet", first: "[datetime]", start: 0},
		{line: "[System.Int3", first: "[System.Int32]", start: 0},
		{line: "$x = (Get-CsCertificate -Type Def", first: "Default", start: 30},
		{line: "Enter-PSSession atl-cs-00", first: "atl-cs-001.litwareinc.com", start: 16},
		{line: "Get-CsCertificate gl", first: "global", start: 18},
		{line: "Set-CsCertificate -Roll ./sc", first: "./scripts/", start: 24},
		{line: "Get-CsCertificate | Select-Object -Fir", first: "-First", start: 34},
	}
	for _, tt := range tests {
		got := comp.Complete(context.Background(), []rune(tt.line), len([]rune(tt.line)))
		g := texts(got)
		if tt.first != "" && (len(g) == 0 || g[0] != tt.first) {
			t.Errorf("%q: got %q, want %q first", tt.line, g, tt.first)
			continue
		}
		idx := 0
		for _, w := range tt.want {
			found := false
			for ; idx < len(g); idx++ {
				if g[idx] == w {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%q: got %q, want %q among them (in order)", tt.line, g, tt.want)
				break
			}
		}
		for _, n := range tt.none {
			for _, x := range g {
				if strings.EqualFold(x, n) {
					t.Errorf("%q: got %q, must not offer %q", tt.line, g, n)
				}
			}
		}
		if tt.start >= 0 && got.Start != tt.start {
			t.Errorf("%q: replaces from %d, want %d", tt.line, got.Start, tt.start)
		}
	}
}

// Completion in the middle of a line replaces the whole word under the
// cursor, not only the part before it.
func TestCompleteReplacesWord(t *testing.T) {
	comp, _, _ := newTestCompleter(t)
	line := []rune("get-cscertificate -Type Default")
	got := comp.Complete(context.Background(), line, 3)
	if got.Start != 0 || got.End != 17 || len(got.Items) != 1 || got.Items[0].Text != "Get-CsCertificate" {
		t.Errorf("got %+v", got)
	}
}

// A cancelled completion lists no directory.
func TestCompleteCancelled(t *testing.T) {
	comp, _, _ := newTestCompleter(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got := comp.Complete(ctx, []rune("Get-Content ch"), 14)
	if len(got.Items) != 0 {
		t.Errorf("cancelled completion listed %v", texts(got))
	}
}

// A huge folder is read only up to the bound.
func TestCompleteBounded(t *testing.T) {
	comp, _, host := newTestCompleter(t)
	big := filepath.Join(host, "big")
	os.Mkdir(big, 0o755)
	for i := 0; i < 600; i++ {
		os.WriteFile(filepath.Join(big, "f"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+itoa(i)), nil, 0o644)
	}
	comp.MaxEntries = 256
	got := comp.Complete(context.Background(), []rune("Get-Content big/f"), 17)
	if n := len(got.Items); n == 0 || n > 256 {
		t.Errorf("%d candidates, want 1..256", n)
	}
}

func itoa(i int) string {
	s := ""
	for {
		s = string(rune('0'+i%10)) + s
		i /= 10
		if i == 0 {
			return s
		}
	}
}
