package interp_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// A transcript file holds cases in the conformance format:
//
//	# source: where the expected output is documented
//	--- script
//	…
//	--- output
//	…
//
// Several cases may follow each other in one file. "# stream: error"
// before a script means each expected line must appear somewhere in
// stdout+stderr (error messages).
type transcript struct {
	name, script, output string
	contains             bool
}

func parseTranscripts(t *testing.T, path string) []transcript {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []transcript
	var cur *transcript
	mode := ""
	var script, output []string
	contains := false
	flush := func() {
		if cur != nil {
			cur.script = strings.Join(script, "\n") + "\n"
			cur.output = strings.Join(output, "\n")
			out = append(out, *cur)
		}
		cur, script, output, mode = nil, nil, nil, ""
	}
	for i, line := range strings.Split(string(data), "\n") {
		switch {
		case line == "--- script":
			if mode == "output" || cur != nil && mode == "" {
				flush()
			}
			cur = &transcript{name: filepath.Base(path) + ":" + itoa(i+1), contains: contains}
			contains = false
			mode = "script"
		case line == "--- output":
			mode = "output"
		case mode == "output" && strings.HasPrefix(line, "# ") && (strings.HasPrefix(line, "# source:") || strings.HasPrefix(line, "# stream:") || strings.HasPrefix(line, "# area:") || strings.HasPrefix(line, "# compare:")):
			flush()
			if strings.Contains(line, "stream: error") || strings.Contains(line, "compare: contains") {
				contains = true
			}
		case mode == "script":
			script = append(script, line)
		case mode == "output":
			output = append(output, line)
		default:
			if strings.Contains(line, "stream: error") || strings.Contains(line, "compare: contains") {
				contains = true
			}
		}
	}
	flush()
	return out
}

func itoa(n int) string {
	var b []byte
	for n >= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(append([]byte{byte('0' + n)}, b...))
}

func trimLines(s string) []string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// runScript runs src as a script file in a fresh runner.
func runScript(t *testing.T, src string) (string, string) {
	dir := t.TempDir()
	t.Setenv("CSPSH_HOME", dir)
	path := filepath.Join(dir, "case.ps1")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithStdout(&out), interp.WithStderr(&errb),
		interp.WithNonInteractive(true), interp.WithSession(&pipeline.Session{Home: dir}))
	r.RunFile(path, nil)
	return out.String(), errb.String()
}

func TestTranscripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	// The team's shared conformance cases, when this checkout sits in
	// the team's work tree.
	shared, _ := filepath.Glob("../../../shared/conformance/lang/*.txt")
	files = append(files, shared...)
	for _, f := range files {
		for _, tc := range parseTranscripts(t, f) {
			t.Run(tc.name, func(t *testing.T) {
				stdout, stderr := runScript(t, tc.script)
				want := trimLines(tc.output)
				if tc.contains {
					all := stdout + "\n" + stderr
					for _, w := range want {
						if !strings.Contains(all, strings.TrimSpace(w)) {
							t.Errorf("missing %q in\n%s", w, all)
						}
					}
					return
				}
				got := trimLines(stdout)
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("script:\n%s\ngot:\n%s\nwant:\n%s\nstderr:\n%s", tc.script, strings.Join(got, "\n"), strings.Join(want, "\n"), stderr)
				}
			})
		}
	}
}
