package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Each kind of Tab completion, at a real prompt.
func TestReplCompletion(t *testing.T) {
	m := newTerm(t, 160, 50)
	tests := []struct {
		typed string
		want  string         // the line after Tab
		match *regexp.Regexp // or a pattern for it
		tabs  int            // Tabs to press (default 1)
	}{
		{typed: "Get-CsCer", want: "Get-CsCertificate"},
		{typed: "Set-CsCertificate -Ef", want: "Set-CsCertificate -EffectiveDate"},
		{typed: "Set-CsCertificate -Type Default -Ty", want: "Set-CsCertificate -Type Default -Ty"}, // given: left out
		{typed: "Get-CsCertificate -Type OA", want: "Get-CsCertificate -Type OAuthTokenIssuer"},
		{typed: "Set-CsCertificate -Identity gl", want: "Set-CsCertificate -Identity global"},
		{typed: "Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001", want: "Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001.litwareinc.com"},
		{typed: "Request-CsCertificate -New -Type Default -CA atl", want: `Request-CsCertificate -New -Type Default -CA atl-ca-001.litwareinc.com\myca`},
		// Several certificates: the first Tab extends their common
		// prefix, the second lists them and takes the first.
		{typed: "Set-CsCertificate -Thumbprint ", match: regexp.MustCompile(`^Set-CsCertificate -Thumbprint [0-9A-F]{40}$`), tabs: 2},
		{typed: `Get-ChildItem C:\Cert`, want: `Get-ChildItem C:\Certificates\`},
		{typed: `Get-ChildItem c:\certificates\server`, want: `Get-ChildItem c:\certificates\ServerToServerAuth.pfx`},
		{typed: `Get-ChildItem Cert:\LocalMachine\My\`, match: regexp.MustCompile(`^Get-ChildItem Cert:\\LocalMachine\\My\\[0-9A-F]{40}$`), tabs: 2},
		{typed: "Get-ChildItem My", want: "Get-ChildItem 'My Docs/'"},
		{typed: "[datet", want: "[datetime]"},
	}
	for _, tt := range tests {
		m.text(tt.typed)
		m.keys("Tab")
		if tt.tabs == 2 {
			m.waitFor("the first Tab", func(string) bool {
				return !strings.HasSuffix(m.lastLine(), " ") && !strings.HasSuffix(m.lastLine(), `\`)
			})
			m.keys("Tab")
		}
		if tt.match != nil {
			m.waitFor("completion of "+tt.typed, func(string) bool {
				l := m.lastLine()
				i := strings.Index(l, "> ")
				return i >= 0 && tt.match.MatchString(l[i+2:])
			})
		} else {
			m.waitLine(tt.want)
		}
		m.clear()
	}
	// Wildcard command search: the first Tab takes the first match, the
	// second lists them all.
	m.text("*-CsCert*")
	m.keys("Tab")
	m.waitLine("Get-CsCertificate")
	m.keys("Tab")
	m.waitFor("the list", func(s string) bool {
		return strings.Contains(s, "Import-CsCertificate") && strings.Contains(s, "Request-CsCertificate")
	})
	m.waitLine("Import-CsCertificate")
	m.clear()
	// Variables and members of a variable whose value is known.
	m.text("$c = Get-CsCertificate -Type Default")
	m.enter()
	m.text("$c.Thu")
	m.keys("Tab")
	m.waitLine("$c.Thumbprint")
	m.clear()
	m.text("Write-Output $c")
	m.keys("Tab")
	m.waitLine("Write-Output $c")
	m.clear()
	// Completion replaces the word under the cursor, not only appends.
	m.text("get-cscertificate -Type Default")
	m.keys("Home", "Right", "Right", "Right", "Tab")
	m.waitLine("Get-CsCertificate -Type Default")
}

// A pasted block (bracketed paste) runs once, in order; a wrong one gets
// one parse error.
func TestReplPaste(t *testing.T) {
	m := newTerm(t, 120, 40)
	n := m.prompts()
	m.text("\x1b[200~$n = 0\rforeach ($i in 1..3) {\r  $n += $i\r}\r\"sum=$n\"\r\x1b[201~")
	s := m.waitFor("the block's output", func(s string) bool {
		return strings.Count(s, "PS ") > n && strings.HasSuffix(m.lastLine(), ">")
	})
	if strings.Count(s, "sum=6") != 2 { // the echoed line holds "sum=$n"
		if strings.Count(s, "\nsum=6") != 1 {
			t.Errorf("block did not run once:\n%s", s)
		}
	}
	n = m.prompts()
	m.text("\x1b[200~Write-Output 'never'\r$x = 1 +\r}\r\x1b[201~")
	s = m.waitFor("the parse error", func(s string) bool {
		return strings.Count(s, "PS ") > n && strings.HasSuffix(m.lastLine(), ">")
	})
	if c := strings.Count(s, "CategoryInfo"); c != 1 {
		t.Errorf("%d error records, want 1:\n%s", c, s)
	}
	if strings.Contains(s, "\nnever") {
		t.Errorf("a wrong block ran in part:\n%s", s)
	}
}

// Ctrl+C stops a long pipeline and the shell keeps working, with the
// terminal still in a state the line editor can use.
func TestReplCtrlC(t *testing.T) {
	m := newTerm(t, 120, 40)
	m.text("1..10000000 | ForEach-Object { $_ }")
	m.keys("Enter")
	// Wait for output, so the key reaches a running pipeline (as SIGINT)
	// and not the line editor.
	started := regexp.MustCompile(`\n\d+\n`)
	m.waitFor("the pipeline's output", started.MatchString)
	m.keys("C-c")
	m.waitFor("the prompt after Ctrl+C", func(s string) bool {
		l := m.lastLine()
		return strings.HasPrefix(l, "PS ") && strings.HasSuffix(l, ">")
	})
	m.text("Get-CsCer")
	m.keys("Tab")
	m.waitLine("Get-CsCertificate")
	m.clear()
	m.text("(Get-History)[-1].ExecutionStatus")
	if s := m.enter(); !strings.Contains(s, "\nStopped") {
		t.Errorf("history status after Ctrl+C:\n%s", s)
	}
	// Ctrl+C on a line being typed cancels it.
	m.text("Write-Output half")
	m.keys("C-c")
	m.waitFor("the cancelled line", func(string) bool { return strings.HasSuffix(m.lastLine(), ">") })
}

// Resizing to (almost) nothing and a non-UTF-8 locale do not crash.
func TestReplResizeAndLocale(t *testing.T) {
	m := newTerm(t, 100, 30, "LANG=C", "LC_ALL=C")
	m.run("resize-window", "-t", "t", "-x", "1", "-y", "5")
	m.text("Get-CsCertificate -Type Default")
	m.keys("Enter")
	m.text("\xe9\xe8 x")
	m.keys("Enter")
	m.run("resize-window", "-t", "t", "-x", "100", "-y", "30")
	m.text("Write-Output ('st' + 'ill ok')")
	m.keys("Enter")
	m.waitFor("output after the resize", func(s string) bool { return strings.Contains(s, "\nstill ok") })
	if dead := m.run("display", "-p", "-t", "t", "#{pane_dead}"); strings.TrimSpace(dead) != "0" {
		t.Errorf("shell exited")
	}
}

// The history file after a session that typed a password: mode 0600,
// the password line left out, the rest kept; Up still recalls it in the
// session; Ctrl+D on an empty line ends the shell.
func TestReplHistoryFile(t *testing.T) {
	m := newTerm(t, 200, 40)
	secret := `Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path C:\Certificates\ServerToServerAuth.pfx  -Password "P@ssw0rd"`
	m.text(secret)
	m.enter()
	m.text("Get-CsCertificate -Type OAuthTokenIssuer")
	m.enter()
	m.text("Import")
	m.keys("Up")
	m.waitLine(secret)
	m.clear()
	m.keys("C-d")
	m.waitFor("the shell to exit", func(string) bool {
		return strings.TrimSpace(m.run("display", "-p", "-t", "t", "#{pane_dead}")) == "1"
	})
	path := filepath.Join(m.home, "history.txt")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("history mode %v, want 0600", st.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "P@ssw0rd") {
		t.Errorf("the password reached the history file:\n%s", data)
	}
	if !strings.Contains(string(data), "Get-CsCertificate -Type OAuthTokenIssuer\n") {
		t.Errorf("history file lacks the other command:\n%s", data)
	}
}

// seedSteps is the seed page's procedure (assign a server-to-server
// authentication certificate) typed mostly by Tab: "<Tab>", "<Up>" and
// "<Enter>" are keys, the rest is typed text.
var seedSteps = [][]string{
	{"Set-Loc", "<Tab>", ` C:\`, "<Enter>"},
	{"Get-CsCer", "<Tab>", " -Ty", "<Tab>", " OA", "<Tab>", "<Enter>"},
	{"Import-CsC", "<Tab>", " -Id", "<Tab>", " gl", "<Tab>", " -Ty", "<Tab>", " OA", "<Tab>", " -Pat", "<Tab>", ` C:\Cert`, "<Tab>", "Ser", "<Tab>", " -Passw", "<Tab>", ` "P@ssw0rd"`, "<Enter>"},
	{"Get-CsCer", "<Tab>", " -Ty", "<Tab>", " OA", "<Tab>", "<Enter>"},
	{"$x = (Get-CsCer", "<Tab>", " -Ty", "<Tab>", " Def", "<Tab>", ").Thumbprint", "<Enter>"},
	{"Set-CsC", "<Tab>", " -Id", "<Tab>", " gl", "<Tab>", " -Ty", "<Tab>", " OA", "<Tab>", " -Th", "<Tab>", " $x", "<Enter>"},
	{"Set-CsC", "<Up>", " -Ef", "<Tab>", ` "7/1/2015" -Ro`, "<Tab>", "<Enter>"},
	{"Get-CsCer", "<Tab>", " -Ty", "<Tab>", " OA", "<Tab>", "<Enter>"},
}

// The seed procedure at the prompt, by Tab; with CSPSH_UPDATE_TRANSCRIPT
// set it records testdata/repl-seed-session.txt.
func TestReplSeedByTab(t *testing.T) {
	m := newTerm(t, 200, 200)
	var keys strings.Builder
	for _, step := range seedSteps {
		for i, k := range step {
			switch k {
			case "<Tab>", "<Up>":
				m.keys(strings.Trim(k, "<>"))
			case "<Enter>":
				m.enter()
			default:
				m.text(k)
			}
			if i > 0 && k != "<Enter>" && !strings.HasPrefix(k, "<") || k == "<Tab>" || k == "<Up>" {
				// Let the key take effect before typing on.
				time.Sleep(40 * time.Millisecond)
			}
			keys.WriteString(k)
		}
		keys.WriteString("\n")
	}
	screen := m.screen()
	for _, want := range []string{
		`PS C:\> Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path C:\Certificates\ServerToServerAuth.pfx -Password "P@ssw0rd"`,
		`PS C:\> Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x`,
		`PS C:\> Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x -EffectiveDate "7/1/2015" -Roll`,
		"Use                : OAuthTokenIssuer",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "FullyQualifiedErrorId") {
		t.Errorf("an error in the procedure:\n%s", screen)
	}
	if os.Getenv("CSPSH_UPDATE_TRANSCRIPT") != "" {
		out := "# The seed page's procedure (assign a server-to-server authentication certificate)\n" +
			"# typed at the cspsh prompt mostly by Tab, recorded from a tmux pane by\n" +
			"# TestReplSeedByTab (cmd/cspsh/repl_test.go).\n#\n# Keystrokes, one input per line:\n"
		for _, l := range strings.Split(strings.TrimSuffix(keys.String(), "\n"), "\n") {
			out += "#   " + l + "\n"
		}
		out += "#\n# Screen (the temporary start folder shown as <workdir>):\n" + strings.ReplaceAll(screen, m.dir, "<workdir>") + "\n"
		if err := os.WriteFile(filepath.Join("..", "..", "testdata", "repl-seed-session.txt"), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The profile runs at start ($PROFILE names it), its prompt function
// replaces "PS <location>> ", and inside a remote session the host puts
// "[computer]: " in front.
func TestReplProfileAndPrompt(t *testing.T) {
	m := startTerm(t, 120, 40, "function prompt { 'LAB ' + (Get-Location) + '> ' }\n$global:fromProfile = 'yes'\n")
	m.waitFor("the profile's prompt", func(string) bool { return strings.HasPrefix(m.lastLine(), "LAB ") })
	m.text("$fromProfile; Split-Path $PROFILE -Leaf")
	m.keys("Enter")
	m.waitFor("the profile's variable", func(s string) bool { return strings.Contains(s, "\nyes\nprofile.ps1\n") })
	// The prompt shows the name as typed, not the FQDN it resolves to.
	m.text("Enter-PSSession atl-cs-002")
	m.keys("Enter")
	m.waitFor("the remote prompt", func(string) bool {
		return strings.HasPrefix(m.lastLine(), "[atl-cs-002]: LAB ")
	})
	m.text("Exit-PSSession")
	m.keys("Enter")
	m.waitFor("the local prompt", func(string) bool { return strings.HasPrefix(m.lastLine(), "LAB ") })
}

// The edited line is coloured as PSReadLine colours it, errors are red;
// NO_COLOR turns every colour off.
func TestReplColor(t *testing.T) {
	for _, noColor := range []bool{false, true} {
		var env []string
		if noColor {
			env = append(env, "NO_COLOR=1")
		}
		m := newTerm(t, 120, 40, env...)
		m.text(`Get-Item -Path 'C:\nowhere' # x`)
		m.waitFor("the typed line", func(string) bool { return strings.HasSuffix(m.lastLine(), "# x") })
		typed := m.run("capture-pane", "-p", "-e", "-t", "t")
		m.keys("Enter")
		m.waitFor("the error", func(s string) bool { return strings.Contains(s, "FullyQualifiedErrorId") })
		all := m.run("capture-pane", "-p", "-e", "-t", "t")
		if noColor {
			if strings.Contains(all, "\x1b[") {
				t.Errorf("NO_COLOR: colour on screen:\n%q", all)
			}
			continue
		}
		for _, want := range []string{"\x1b[93mGet-Item", "\x1b[90m-Path", "\x1b[36m'C:\\nowhere'", "\x1b[32m# x"} {
			if !strings.Contains(typed, want) {
				t.Errorf("line lacks %q:\n%q", want, typed)
			}
		}
		if !strings.Contains(all, "\x1b[91m") {
			t.Errorf("error not red:\n%q", all)
		}
	}
}
