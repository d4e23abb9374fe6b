package repl

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"cspsh/pipeline"
)

// scripted is a LineReader fed by a list of lines; a line "PASTE a|b|c"
// stands for a bracketed paste whose first line readline returns and
// whose other lines wait in Pasted.
type scripted struct {
	lines   []string
	prompts []string
	pasted  []string
	partial bool
	echoed  []string
}

func (s *scripted) ReadLine(prompt string) (string, error) {
	s.prompts = append(s.prompts, prompt)
	if len(s.lines) == 0 {
		return "", io.EOF
	}
	l := s.lines[0]
	s.lines = s.lines[1:]
	if l == "^C" {
		return "", ErrInterrupt
	}
	if rest, ok := strings.CutPrefix(l, "PASTE "); ok {
		parts := strings.Split(rest, "|")
		s.pasted = parts[1:]
		if last := s.pasted[len(s.pasted)-1]; strings.HasPrefix(last, "~") {
			// An unfinished last line: it comes back from the next ReadLine.
			s.pasted = s.pasted[:len(s.pasted)-1]
			s.partial = true
			s.lines = append([]string{strings.TrimPrefix(last, "~")}, s.lines...)
		}
		return parts[0], nil
	}
	return l, nil
}
func (s *scripted) Close() error { return nil }
func (s *scripted) Pasted() ([]string, bool) {
	p, q := s.pasted, s.partial
	s.pasted, s.partial = nil, false
	return p, q
}
func (s *scripted) Echo(prompt, line string, _ bool) { s.echoed = append(s.echoed, prompt+line) }

// fakeRunner records what it was asked to run.
type fakeRunner struct {
	ran    []string
	fail   map[string]bool
	sess   *pipeline.Session
	exited bool
	lastOK bool
}

func (r *fakeRunner) RunInteractive(src string) error {
	r.ran = append(r.ran, src)
	r.lastOK = !r.fail[src]
	if src == "Enter-PSSession b" {
		r.sess.Computer, r.sess.ComputerName = "b.example.com", "b"
	}
	if src == "exit" {
		r.exited = true
	}
	return nil
}
func (r *fakeRunner) Prompt() string        { return "PS C:\\> " }
func (r *fakeRunner) Interrupt()            {}
func (r *fakeRunner) ExitCode() (int, bool) { return 3, r.exited }
func (r *fakeRunner) LastOK() bool          { return r.lastOK }

func TestLoop(t *testing.T) {
	sess := &pipeline.Session{Computer: "a"}
	run := &fakeRunner{sess: sess, fail: map[string]bool{"bad": true}}
	rd := &scripted{lines: []string{
		"Get-Date",
		"if (1) {", "'x'", "}",
		"PASTE $a = 1|foreach ($i in 1..2) {|$i|}",
		"PASTE Write-Output 1|~Write-Output 2",
		"^C",
		"bad",
		"if (1) {", "",
		"Enter-PSSession b",
		"exit",
		"never",
	}}
	code := Loop(Config{Runner: run, Reader: rd, Session: sess, LocalComputer: "a",
		Incomplete: func(src string) bool { return strings.Count(src, "{") > strings.Count(src, "}") }})
	if code != 3 {
		t.Errorf("exit code %d", code)
	}
	want := []string{"Get-Date", "if (1) {\n'x'\n}", "$a = 1\nforeach ($i in 1..2) {\n$i\n}", "Write-Output 1\nWrite-Output 2", "bad", "if (1) {", "Enter-PSSession b", "exit"}
	if !reflect.DeepEqual(run.ran, want) {
		t.Errorf("ran %q\nwant %q", run.ran, want)
	}
	if got := rd.echoed; !reflect.DeepEqual(got, []string{">> foreach ($i in 1..2) {", ">> $i", ">> }"}) {
		t.Errorf("echoed %q", got)
	}
	if got := rd.prompts[len(rd.prompts)-1]; got != "[b]: PS C:\\> " {
		t.Errorf("remote prompt %q", got)
	}
	var statuses []string
	for i, e := range sess.History {
		if e.Id != int64(i+1) || e.CommandLine != want[i] {
			t.Errorf("history %d: %+v", i, e)
		}
		statuses = append(statuses, e.ExecutionStatus)
	}
	if !reflect.DeepEqual(statuses, []string{"Completed", "Completed", "Completed", "Completed", "Failed", "Completed", "Completed", "Completed"}) {
		t.Errorf("statuses %q", statuses)
	}
}
