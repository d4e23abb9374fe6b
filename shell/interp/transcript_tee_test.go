package interp_test

import (
	"bytes"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// Start-Transcript "creates a record of all or part of a PowerShell
// session to a text file. The transcript includes all commands that the
// user types and all output that appears on the console" (Start-Transcript
// docs): output, host writes, warnings and errors reach it.
func TestTranscriptGetsConsoleOutput(t *testing.T) {
	var out, errb, tr bytes.Buffer
	sess := &pipeline.Session{Home: t.TempDir(), Location: "/tmp", Transcript: &tr}
	r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithStdout(&out), interp.WithStderr(&errb),
		interp.WithNonInteractive(true), interp.WithSession(sess))
	r.RunString(`'hello'; Write-Host 'from host'; Write-Warning 'careful'; Write-Error 'failed'`, "")
	for _, want := range []string{"hello\n", "from host\n", "WARNING: careful\n", "failed"} {
		if !strings.Contains(tr.String(), want) {
			t.Errorf("transcript lacks %q:\n%s", want, tr.String())
		}
	}
	if !strings.Contains(out.String(), "hello\n") {
		t.Errorf("console lost its output: %q", out.String())
	}
	sess.Transcript = nil
	tr.Reset()
	r.RunString(`'after'`, "")
	if tr.Len() != 0 {
		t.Errorf("stopped transcript still written: %q", tr.String())
	}
}
