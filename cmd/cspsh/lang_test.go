package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
)

// langCase is one conformance case: a script and the output Windows
// PowerShell documents for it (see /work/shared/bin/cases for the format).
type langCase struct {
	meta   map[string]string
	script string
	output string
}

// parseLangCase reads the "# key: value" header and the "--- script" and
// "--- output" sections, exactly as the shared cases runner does, so a case
// passes here if and only if it passes there.
func parseLangCase(text string) langCase {
	c := langCase{meta: map[string]string{}}
	sections := map[string][]string{}
	cur := ""
	inBody := false
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "--- "):
			cur = strings.TrimSpace(line[4:])
			sections[cur] = []string{}
			inBody = true
		case !inBody:
			if strings.HasPrefix(line, "#") && strings.Contains(line, ":") {
				k, v, _ := strings.Cut(line[1:], ":")
				c.meta[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		default:
			sections[cur] = append(sections[cur], line)
		}
	}
	c.script = strings.Join(sections["script"], "\n")
	c.output = strings.Join(sections["output"], "\n")
	return c
}

// normLines splits s into lines without trailing spaces and drops blank
// lines at both ends, the runner's notion of "same output".
func normLines(s string) []string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// knownGapRe finds the case file names listed in KNOWN-GAPS.md.
var knownGapRe = regexp.MustCompile("`([0-9]+-[A-Za-z0-9_.-]+\\.txt)`")

// knownGaps returns the case files that KNOWN-GAPS.md lists with a reason;
// the test skips exactly those.
func knownGaps(t *testing.T, path string) map[string]bool {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	gaps := map[string]bool{}
	for _, m := range knownGapRe.FindAllStringSubmatch(string(data), -1) {
		gaps[m[1]] = true
	}
	return gaps
}

// TestLangCases runs every testdata/lang/*.txt case, and the cmdlet
// families' own cases (cmdlets/*/testdata/cases/*.txt), through the cspsh
// binary the way /work/shared/bin/cases does: `-NoProfile -NonInteractive
// -File case.ps1` in a fresh home, comparing standard output line by line,
// or, for error and "contains" cases, looking for each expected line in
// standard output and standard error together.
func TestLangCases(t *testing.T) {
	bin, err := exec.LookPath("cspsh")
	if err != nil {
		t.Fatalf("cspsh is not on PATH (TestMain provides it): %v", err)
	}
	root := filepath.Join("..", "..", "testdata")
	files, err := filepath.Glob(filepath.Join(root, "lang", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no cases in testdata/lang")
	}
	family, err := filepath.Glob(filepath.Join("..", "..", "cmdlets", "*", "testdata", "cases", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, family...)
	gaps := knownGaps(t, filepath.Join(root, "KNOWN-GAPS.md"))
	for _, f := range files {
		name := filepath.Base(f)
		sub := strings.TrimSuffix(name, ".txt")
		if dir := filepath.Dir(f); filepath.Base(dir) == "cases" {
			// cmdlets/<family>/testdata/cases/x.txt runs as <family>-x.
			sub = filepath.Base(filepath.Dir(filepath.Dir(dir))) + "-" + sub
		}
		t.Run(sub, func(t *testing.T) {
			if gaps[name] {
				t.Skip("listed in testdata/KNOWN-GAPS.md")
			}
			t.Parallel()
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			runLangCase(t, bin, parseLangCase(string(data)))
		})
	}
}

// runLangCase runs one case and reports a difference as a test error.
func runLangCase(t *testing.T, bin string, c langCase) {
	home := t.TempDir()
	ps1 := filepath.Join(home, "case.ps1")
	if err := os.WriteFile(ps1, []byte(c.script+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-NoProfile", "-NonInteractive", "-File", ps1)
	cmd.Dir = home
	cmd.Env = append(os.Environ(), "CSPSH_HOME="+filepath.Join(home, "lab"), "HOME="+home,
		"TERM=dumb", "NO_COLOR=1", "TZ=UTC")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_ = cmd.Run() // a failing script exits non-zero; the output decides
	if ctx.Err() != nil {
		t.Fatal("timed out after 20 s")
	}
	if c.meta["stream"] == "error" || c.meta["compare"] == "contains" {
		got := strings.Join(strings.Fields(stdout.String()+"\n"+stderr.String()), " ")
		for _, line := range normLines(c.output) {
			want := strings.Join(strings.Fields(line), " ")
			if want != "" && !strings.Contains(got, want) {
				t.Errorf("expected text not found: %s\ngot:\n%s%s", want, stdout.String(), stderr.String())
			}
		}
		return
	}
	got, want := normLines(stdout.String()), normLines(c.output)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output differs\nwant:\n%s\ngot:\n%s\nstderr:\n%s",
			strings.Join(want, "\n"), strings.Join(got, "\n"), stderr.String())
	}
}
