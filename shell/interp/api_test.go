package interp_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

func newRunner(t *testing.T) (*interp.Runner, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithStdout(&out), interp.WithStderr(&errb),
		interp.WithNonInteractive(true), interp.WithSession(&pipeline.Session{Home: t.TempDir(), Location: "/tmp"}))
	return r, &out, &errb
}

func TestInterruptStopsLoop(t *testing.T) {
	r, _, _ := newRunner(t)
	go func() {
		time.Sleep(50 * time.Millisecond)
		r.Interrupt()
	}()
	done := make(chan error)
	go func() { done <- r.RunString("while ($true) { $i++ }", "") }()
	select {
	case err := <-done:
		if !interp.IsStopped(err) {
			t.Fatalf("want a stopped pipeline, got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Interrupt did not stop the loop")
	}
	// The runner is usable afterwards.
	if err := r.RunString("'again'", ""); err != nil {
		t.Fatal(err)
	}
}

func TestPrompt(t *testing.T) {
	r, _, _ := newRunner(t)
	if got := r.Prompt(); got != "PS /tmp> " {
		t.Errorf("default prompt = %q", got)
	}
	r.RunString(`function prompt { "custom> " }`, "")
	if got := r.Prompt(); got != "custom> " {
		t.Errorf("prompt function = %q", got)
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		src    string
		code   int
		exited bool
	}{
		{"'x'", 0, false},
		{"exit 5", 5, true},
		{"function f { exit 2 }; f; 'no'", 2, true},
	}
	for _, tt := range tests {
		r, _, _ := newRunner(t)
		r.RunString(tt.src, "")
		code, exited := r.ExitCode()
		if code != tt.code || exited != tt.exited {
			t.Errorf("%q: got (%d, %v), want (%d, %v)", tt.src, code, exited, tt.code, tt.exited)
		}
	}
}

func TestInteractiveStateCarriesOver(t *testing.T) {
	r, out, _ := newRunner(t)
	r.RunInteractive("$x = 40")
	r.RunInteractive("function Add2($n) { $n + 2 }")
	r.RunInteractive("Add2 $x")
	if got := strings.TrimSpace(out.String()); got != "42" {
		t.Errorf("got %q, want 42", got)
	}
}

func TestParseErrorRunsNothing(t *testing.T) {
	r, out, errb := newRunner(t)
	err := r.RunString("'first'\nif (", "")
	if err == nil {
		t.Fatal("want a parse error")
	}
	if out.Len() != 0 {
		t.Errorf("ran something: %q", out.String())
	}
	if !strings.Contains(errb.String(), "At line:2 char:") {
		t.Errorf("error display lacks the position: %q", errb.String())
	}
}

func TestErrorPosition(t *testing.T) {
	r, _, errb := newRunner(t)
	r.RunString("$a = 1\n$b = $null\n$b.Foo()", "")
	want := "You cannot call a method on a null-valued expression.\nAt line:3 char:1\n+ $b.Foo()\n+ ~~~~~~~~\n"
	if !strings.HasPrefix(errb.String(), want) {
		t.Errorf("got:\n%s\nwant prefix:\n%s", errb.String(), want)
	}
}

func TestVariablesAndCommandsForCompletion(t *testing.T) {
	r, _, _ := newRunner(t)
	r.RunString("$myVariable = 1; function Get-MyThing {}", "")
	found := false
	for _, v := range r.Variables() {
		if v.Name == "myVariable" {
			found = true
		}
	}
	if !found {
		t.Error("Variables() lacks $myVariable")
	}
	found = false
	for _, c := range r.Commands() {
		if c.Name == "Get-MyThing" {
			found = true
		}
	}
	if !found {
		t.Error("Commands() lacks Get-MyThing")
	}
}

func TestInterruptWakesWaitingCmdlet(t *testing.T) {
	r, _, _ := newRunner(t)
	go func() {
		time.Sleep(100 * time.Millisecond)
		r.Interrupt()
	}()
	start := time.Now()
	r.RunString("Start-Sleep -Seconds 30", "")
	if time.Since(start) > 20*time.Second {
		t.Fatal("Start-Sleep was not interrupted")
	}
}
