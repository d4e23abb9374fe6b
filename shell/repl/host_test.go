package repl

import (
	"bytes"
	"strings"
	"testing"

	"cspsh/pipeline"
)

// While Start-Transcript runs, console text is copied to it without
// colour; the REPL adds each input after its prompt.
func TestTermHostTranscript(t *testing.T) {
	var out, tr bytes.Buffer
	sess := &pipeline.Session{}
	h := &TermHost{Out: &out, Err: &out, Session: sess}
	h.Write("before\n")
	sess.Transcript = &tr
	h.WriteErr("\x1b[91mboom\x1b[0m\n")
	h.Write("hi\n")
	if got := tr.String(); got != "boom\nhi\n" {
		t.Errorf("transcript %q", got)
	}
	if !strings.Contains(out.String(), "\x1b[91mboom") {
		t.Errorf("console lost its colour: %q", out.String())
	}
	run := &fakeRunner{sess: sess}
	Loop(Config{Runner: run, Reader: &scripted{lines: []string{"Get-Date", "if (1) {", "}"}}, Session: sess,
		Incomplete: func(src string) bool { return strings.Count(src, "{") > strings.Count(src, "}") }})
	if got := tr.String(); !strings.HasSuffix(got, "PS C:\\> Get-Date\nPS C:\\> if (1) {\n>> }\n") {
		t.Errorf("transcript %q", got)
	}
	if _, err := h.ReadLine("x"); err == nil || !strings.Contains(err.Error(), "NonInteractive mode") {
		t.Errorf("prompt without a terminal: %v", err)
	}
}
