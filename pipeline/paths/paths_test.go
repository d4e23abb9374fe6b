package paths

import (
	"os"
	"path/filepath"
	"testing"

	"cspsh/pipeline"
)

func TestHome(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"CSPSH_HOME": "/labs/one", "HOME": "/home/u"}, "/labs/one"},
		{map[string]string{"HOME": "/home/u"}, "/home/u/.cspsh"},
		{map[string]string{"CSPSH_HOME": "~/lab", "HOME": "/home/u"}, "/home/u/lab"},
	}
	for _, tt := range tests {
		got := Home(func(k string) string { return tt.env[k] })
		if got != tt.want {
			t.Errorf("Home(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	home := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(home, "drives", "C", "Certificates"), 0o755))
	must(os.WriteFile(filepath.Join(home, "drives", "C", "Certificates", "ServerToServerAuth.pfx"), nil, 0o644))
	c := filepath.Join(home, "drives", "C")
	hostDir := t.TempDir()
	t.Setenv("HOME", "/home/tester")

	tests := []struct {
		loc, in, want string
	}{
		{"", `C:\Certificates\ServerToServerAuth.pfx`, filepath.Join(c, "Certificates", "ServerToServerAuth.pfx")},
		{"", `c:/certificates/SERVERTOSERVERAUTH.PFX`, filepath.Join(c, "Certificates", "ServerToServerAuth.pfx")},
		{"", `C:\CERTIFICATES\New\File.txt`, filepath.Join(c, "Certificates", "New", "File.txt")},
		{"", `C:\`, c},
		{"", `C:`, c},
		{"", `d:\Data\x.csv`, filepath.Join(home, "drives", "D", "Data", "x.csv")},
		{"", `C:\Certificates\..\..\..\x`, filepath.Join(c, "x")},
		{"", `C:\.\Certificates\.\a.pfx`, filepath.Join(c, "Certificates", "a.pfx")},
		{"", `FileSystem::C:\Certificates`, filepath.Join(c, "Certificates")},
		{`C:\Certificates`, `ServerToServerAuth.pfx`, filepath.Join(c, "Certificates", "ServerToServerAuth.pfx")},
		{`C:\Certificates`, `..\x.txt`, filepath.Join(c, "x.txt")},
		{`C:\Certificates`, `C:a.pfx`, filepath.Join(c, "Certificates", "a.pfx")},
		{hostDir, `x.pfx`, filepath.Join(hostDir, "x.pfx")},
		{hostDir, `./sub/../y.pfx`, filepath.Join(hostDir, "y.pfx")},
		{hostDir, `/tmp/x.pfx`, "/tmp/x.pfx"},
		{"", `~`, "/home/tester"},
		{"", `~/lab/x.ps1`, "/home/tester/lab/x.ps1"},
		{"", `~\lab\x.ps1`, "/home/tester/lab/x.ps1"},
		// \ is the current drive's root on a lab drive; / stays the host's.
		{`C:\Certificates`, `\`, c},
		{`C:\Certificates`, `\Certificates\a.pfx`, filepath.Join(c, "Certificates", "a.pfx")},
		{`C:\Certificates`, `/tmp/x`, "/tmp/x"},
		{hostDir, `\tmp\x`, "/tmp/x"},
	}
	for _, tt := range tests {
		s := &pipeline.Session{Home: home, Location: tt.loc}
		got, err := Resolve(s, tt.in)
		if err != nil {
			t.Errorf("Resolve(%q at %q): %v", tt.in, tt.loc, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Resolve(%q at %q) = %q, want %q", tt.in, tt.loc, got, tt.want)
		}
	}
}

func TestResolveRelativeToWorkingDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Resolve(&pipeline.Session{Home: t.TempDir()}, "a/b.txt")
	if err != nil || got != filepath.Join(wd, "a", "b.txt") {
		t.Errorf("Resolve(a/b.txt) = %q, %v", got, err)
	}
}

func TestResolveOtherDrives(t *testing.T) {
	tests := []struct{ in, msg string }{
		{`Cert:\LocalMachine\My`, `Cannot open file because the current provider (Microsoft.PowerShell.Security\Certificate) cannot open a file.`},
		{`Q1:\x`, "Cannot find drive. A drive with the name 'Q1' does not exist."},
	}
	for _, tt := range tests {
		_, err := Resolve(&pipeline.Session{Home: t.TempDir()}, tt.in)
		if err == nil || err.Error() != tt.msg {
			t.Errorf("Resolve(%q) error = %v, want %q", tt.in, err, tt.msg)
		}
	}
}

func TestDisplay(t *testing.T) {
	home := "/labs/one"
	tests := []struct{ in, want string }{
		{"/labs/one/drives/C/Certificates/a.pfx", `C:\Certificates\a.pfx`},
		{"/labs/one/drives/C", `C:\`},
		{"/labs/one/drives/D/x", `D:\x`},
		{"/tmp/x.pfx", "/tmp/x.pfx"},
		{"/labs/one/lab.db", "/labs/one/lab.db"},
	}
	for _, tt := range tests {
		if got := DisplayIn(home, tt.in); got != tt.want {
			t.Errorf("DisplayIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	s := &pipeline.Session{Home: home}
	if got := Display(s, "/labs/one/drives/C/x"); got != `C:\x` {
		t.Errorf("Display = %q", got)
	}
}

func TestSplitDrive(t *testing.T) {
	tests := []struct {
		in          string
		drive, rest string
		ok          bool
	}{
		{`Cert:\LocalMachine\My`, "Cert", `\LocalMachine\My`, true},
		{`env:PATH`, "env", "PATH", true},
		{`C:\x`, "C", `\x`, true},
		{`/tmp/x`, "", "/tmp/x", false},
		{`FileSystem::/tmp`, "", "FileSystem::/tmp", false},
	}
	for _, tt := range tests {
		d, r, ok := SplitDrive(tt.in)
		if d != tt.drive || r != tt.rest || ok != tt.ok {
			t.Errorf("SplitDrive(%q) = %q, %q, %v", tt.in, d, r, ok)
		}
	}
}

func TestResolveHostBackslashes(t *testing.T) {
	dir := t.TempDir()
	s := &pipeline.Session{Home: t.TempDir(), Location: dir}
	for in, want := range map[string]string{
		`.\notes.txt`:  filepath.Join(dir, "notes.txt"),
		`sub\a.txt`:    filepath.Join(dir, "sub", "a.txt"),
		`..\x`:         filepath.Join(filepath.Dir(dir), "x"),
		`/tmp\y\z.ps1`: "/tmp/y/z.ps1",
	} {
		got, err := Resolve(s, in)
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
