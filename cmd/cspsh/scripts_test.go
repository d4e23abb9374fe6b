package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAdminScripts runs every testdata/scripts/*.ps1 unchanged through the
// cspsh binary (`-NoProfile -NonInteractive -File`, fresh lab home) and
// compares standard output with the sibling .expected file: the text
// Windows PowerShell 5.1 prints for the script, worked out by hand from the
// documentation (testdata/scripts/README.md says which rules). Lines are
// compared without trailing white space, and blank lines at both ends are
// ignored, as the conformance runner does. Standard error must match the
// sibling .stderr file ({SCRIPT} in it is the script's path, as error
// positions show it), or be empty when there is none.
func TestAdminScripts(t *testing.T) {
	bin, err := exec.LookPath("cspsh")
	if err != nil {
		t.Fatalf("cspsh is not on PATH (TestMain provides it): %v", err)
	}
	scripts, err := filepath.Glob(filepath.Join("..", "..", "testdata", "scripts", "*.ps1"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no scripts in testdata/scripts")
	}
	for _, ps1 := range scripts {
		name := strings.TrimSuffix(filepath.Base(ps1), ".ps1")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runAdminScript(t, bin, ps1)
		})
	}
}

// runAdminScript runs one script and reports every difference from its
// expected standard output and standard error.
func runAdminScript(t *testing.T, bin, ps1 string) {
	base := strings.TrimSuffix(ps1, ".ps1")
	want, err := os.ReadFile(base + ".expected")
	if err != nil {
		t.Fatal(err)
	}
	wantErr, err := os.ReadFile(base + ".stderr")
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(ps1)
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-NoProfile", "-NonInteractive", "-File", abs)
	cmd.Dir = home
	cmd.Env = append(os.Environ(), "CSPSH_HOME="+filepath.Join(home, "lab"), "HOME="+home,
		"TERM=dumb", "NO_COLOR=1", "TZ=UTC")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	if ctx.Err() != nil {
		t.Fatal("timed out after 60 s")
	}
	if got, exp := normLines(stdout.String()), normLines(string(want)); strings.Join(got, "\n") != strings.Join(exp, "\n") {
		t.Errorf("standard output differs (exit: %v)\n%s", runErr, lineDiff(exp, got))
	}
	// Error positions name the script file: {SCRIPT} stands for its path.
	expErr := strings.ReplaceAll(string(wantErr), "{SCRIPT}", abs)
	if got, exp := normLines(stderr.String()), normLines(expErr); strings.Join(got, "\n") != strings.Join(exp, "\n") {
		t.Errorf("standard error differs\nwant:\n%s\ngot:\n%s", strings.Join(exp, "\n"), strings.Join(got, "\n"))
	}
}

// lineDiff shows the first differing line with a little context, which
// reads better than two 150-line dumps.
func lineDiff(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(0, i-3)
	var b strings.Builder
	b.WriteString("first difference at line " + itoa(i+1) + "\n")
	for k := from; k < i+4; k++ {
		if k < len(want) {
			b.WriteString("want: " + want[k] + "\n")
		}
		if k < len(got) {
			b.WriteString("got:  " + got[k] + "\n")
		}
	}
	b.WriteString("\nwhole output:\n" + strings.Join(got, "\n"))
	return b.String()
}

// itoa avoids strconv for one line number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
