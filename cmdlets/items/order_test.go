package items

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Folders list before files, each by name without case, in a listing and
// in wildcard matches (Get-ChildItem reference, Examples 1 and 5).
func TestListingOrder(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"logs", "Backup"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"anotherfile.txt", "Command.txt", "zeta.log"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := "Backup logs anotherfile.txt Command.txt zeta.log"
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sortEntries(ents)
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != want {
		t.Errorf("sortEntries: got %q, want %q", got, want)
	}
	ms := []string{filepath.Join(dir, "zeta.log"), filepath.Join(dir, "logs"), filepath.Join(dir, "Command.txt"),
		filepath.Join(dir, "anotherfile.txt"), filepath.Join(dir, "Backup")}
	sortMatches(ms)
	got = got[:0]
	for _, m := range ms {
		got = append(got, filepath.Base(m))
	}
	if strings.Join(got, " ") != want {
		t.Errorf("sortMatches: got %q, want %q", got, want)
	}
}

// Join-Path's separator follows the path's kind (Join-Path reference,
// Examples 1 and 2).
func TestJoinPath(t *testing.T) {
	tests := []struct{ parent, child, want string }{
		{`path\`, `\childpath`, `path\childpath`},
		{`C:`, "New", `C:\New`},
		{`C:\Test`, "Logs", `C:\Test\Logs`},
		{"/tmp", "x", "/tmp/x"},
		{".", "testfile1.txt", "./testfile1.txt"},
	}
	for _, tt := range tests {
		if got := joinPath(tt.parent, tt.child); got != tt.want {
			t.Errorf("joinPath(%q, %q) = %q, want %q", tt.parent, tt.child, got, tt.want)
		}
	}
}
