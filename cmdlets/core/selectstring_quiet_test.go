package core

import (
	"os"
	"path/filepath"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestQuietFiles: Select-String.md, -Quiet: "The value is True if the
// pattern is found; otherwise the value is False" — for the files of
// one command, as 5.1 writes False after searching them in vain.
func TestQuietFiles(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("cat -> Get-Content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		pattern string
		want    any
	}{{"Get-", true}, {"zzz", false}} {
		out, err := cmdtest.New().Run(selectString(), nil, P("Path"), f, P("Pattern"), tt.pattern, P("Quiet"))
		if err != nil || len(out) != 1 || out[0] != tt.want {
			t.Errorf("%s: %v %v, want [%v]", tt.pattern, out, err, tt.want)
		}
	}
	// Piped text that never matches writes nothing.
	out, err := cmdtest.New().Run(selectString(), strs("a", "b"), P("Pattern"), "zzz", P("Quiet"))
	if err != nil || len(out) != 0 {
		t.Errorf("piped: %v %v", out, err)
	}
}
