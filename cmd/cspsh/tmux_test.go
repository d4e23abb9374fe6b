package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// term is the real cspsh binary running in a tmux pane, driven by
// keystrokes (send-keys) and read back from the screen (capture-pane):
// the REPL as a user sees it, in a terminal the test controls.
type term struct {
	t          *testing.T
	tmux, sock string
	home, dir  string
}

// newTerm starts cspsh -NoProfile in a fresh lab inside a private tmux
// server, or skips the test when tmux is not installed. env adds
// variables (LANG=C, …).
func newTerm(t *testing.T, width, height int, env ...string) *term {
	t.Helper()
	return startTerm(t, width, height, "", env...)
}

// startTerm is newTerm with a profile script: when profile is not empty
// it is written to the lab's profile.ps1 and the shell starts without
// -NoProfile.
func startTerm(t *testing.T, width, height int, profile string, env ...string) *term {
	t.Helper()
	tm, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux not installed")
	}
	// testscript.Main (TestMain) puts the test binary in $PATH as cspsh.
	bin, err := exec.LookPath("cspsh")
	if err != nil {
		t.Skip("cspsh binary not in PATH")
	}
	base, err := os.MkdirTemp("", "cspsh-tmux")
	if err != nil {
		t.Fatal(err)
	}
	term := &term{t: t, tmux: tm, sock: filepath.Join(base, "s"), home: filepath.Join(base, "lab"), dir: filepath.Join(base, "work")}
	os.MkdirAll(filepath.Join(term.dir, "My Docs"), 0o755)
	conf := filepath.Join(base, "tmux.conf")
	os.WriteFile(conf, []byte("set -s escape-time 20\nset -g remain-on-exit on\nset -g history-limit 5000\n"), 0o644)
	t.Cleanup(func() {
		exec.Command(tm, "-S", term.sock, "kill-server").Run()
		os.RemoveAll(base)
	})
	cmd := []string{"env", "-u", "NO_COLOR", "CSPSH_HOME=" + term.home, "TERM=xterm-256color", "TZ=UTC"}
	cmd = append(cmd, env...)
	cmd = append(cmd, bin)
	if profile == "" {
		cmd = append(cmd, "-NoProfile")
	} else {
		os.MkdirAll(term.home, 0o700)
		os.WriteFile(filepath.Join(term.home, "profile.ps1"), []byte(profile), 0o644)
	}
	args := []string{"-S", term.sock, "-f", conf, "new-session", "-d", "-s", "t", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), "-c", term.dir}
	if out, err := exec.Command(tm, append(args, cmd...)...).CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	term.waitFor("first prompt", func(s string) bool { return strings.Contains(s, "> ") || strings.HasSuffix(s, ">") })
	return term
}

func (m *term) run(args ...string) string {
	m.t.Helper()
	out, err := exec.Command(m.tmux, append([]string{"-S", m.sock}, args...)...).CombinedOutput()
	if err != nil {
		m.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names (Tab, Enter, C-c, Up) and literal text.
func (m *term) keys(keys ...string) { m.run(append([]string{"send-keys", "-t", "t"}, keys...)...) }

// text types s literally.
func (m *term) text(s string) { m.run("send-keys", "-t", "t", "-l", s) }

// screen is the pane's text, trailing blank lines removed.
func (m *term) screen() string {
	return strings.TrimRight(m.run("capture-pane", "-p", "-t", "t", "-S", "-"), "\n ")
}

// lastLine is the line the cursor is on (the one being edited).
func (m *term) lastLine() string {
	lines := strings.Split(m.screen(), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// waitFor polls the screen until ok says so (10s at most).
func (m *term) waitFor(what string, ok func(screen string) bool) string {
	m.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := m.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// waitLine waits until the edited line is the prompt followed by want.
func (m *term) waitLine(want string) {
	m.t.Helper()
	m.waitFor(fmt.Sprintf("line %q", want), func(string) bool {
		l := m.lastLine()
		i := strings.Index(l, "> ")
		return i >= 0 && l[i+2:] == want
	})
}

// clear empties the edited line (Escape, as PSReadLine binds it).
func (m *term) clear() {
	m.keys("Escape")
	m.waitFor("empty line", func(string) bool { return strings.HasSuffix(m.lastLine(), ">") })
}

// prompts counts the prompts on screen, to wait for the next one.
func (m *term) prompts() int { return strings.Count(m.screen(), "PS ") }

// enter runs the edited line and waits for the next prompt.
func (m *term) enter() string {
	m.t.Helper()
	n := m.prompts()
	m.keys("Enter")
	return m.waitFor("next prompt", func(s string) bool {
		return strings.Count(s, "PS ") > n && strings.HasSuffix(m.lastLine(), ">")
	})
}
