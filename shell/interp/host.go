package interp

import (
	"bufio"
	"io"
	"strings"
	"sync"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// NonInteractiveMessage is what Windows PowerShell says when a script run
// with -NonInteractive (or without a console) asks the user something.
const NonInteractiveMessage = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."

// Host is the console for runs without a terminal: text goes to the given
// writers, the width is 120 as when powershell.exe's output is redirected,
// there is no colour, and reading fails unless an input reader is given.
type Host struct {
	mu          sync.Mutex
	out, err    io.Writer
	in          *bufio.Reader
	interactive bool
	// sess is the session whose transcript (Start-Transcript) receives
	// a copy of what the host writes.
	sess *pipeline.Session
}

// NewHost returns a host writing to out and err. When interactive is
// false, ReadLine fails with PowerShell's NonInteractive error.
func NewHost(out, err io.Writer, interactive bool) *Host {
	return &Host{out: out, err: err, interactive: interactive}
}

// WithInput gives the host a reader for ReadLine (a script piped on
// standard input cannot be prompted, so this is for tests and -Command -).
func (h *Host) WithInput(r io.Reader) *Host {
	h.in = bufio.NewReader(r)
	h.interactive = true
	return h
}

// Write writes text to standard output.
func (h *Host) Write(text string) {
	h.mu.Lock()
	h.sess.ClearProgress(h.err)
	io.WriteString(h.out, text)
	h.mu.Unlock()
	pipeline.TeeTranscript(h.sess, text)
}

// WriteErr writes text to standard error.
func (h *Host) WriteErr(text string) {
	h.mu.Lock()
	h.sess.ClearProgress(h.err)
	io.WriteString(h.err, text)
	h.mu.Unlock()
	pipeline.TeeTranscript(h.sess, text)
}

// Interactive reports whether prompts can be answered.
func (h *Host) Interactive() bool { return h.interactive }

// ReadLine prints prompt and reads one line.
func (h *Host) ReadLine(prompt string) (string, error) {
	if !h.interactive || h.in == nil {
		return "", object.NewException("System.Management.Automation.PSInvalidOperationException", NonInteractiveMessage)
	}
	h.Write(prompt)
	line, err := h.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// ReadSecret reads a line; without a terminal there is no echo to hide.
func (h *Host) ReadSecret(prompt string) (string, error) { return h.ReadLine(prompt) }

// Width is 120, powershell.exe's width when output is redirected.
func (h *Host) Width() int { return 120 }

// Color is always false: redirected output carries no escape codes.
func (h *Host) Color(stream int) bool { return false }
