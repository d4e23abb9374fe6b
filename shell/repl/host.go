package repl

import (
	"io"
	"os"
	"regexp"

	"github.com/chzyer/readline"

	"cspsh/internal/lazy"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/shell/interp"
)

// TermHost is the console host of an interactive session: output to the
// terminal, prompts through the line editor.
type TermHost struct {
	Out, Err io.Writer
	Reader   *Readline
	// NonInteractive is -NonInteractive: prompts fail instead of asking.
	NonInteractive bool
	// Session receives a copy of the console text while Start-Transcript
	// runs.
	Session *pipeline.Session
}

// errNonInteractive is PowerShell's error when a prompt is needed but the
// host cannot ask.
func errNonInteractive() error {
	return object.NewException("System.Management.Automation.PSInvalidOperationException", "%s", interp.NonInteractiveMessage)
}

// ansiSeq matches the colour and cursor sequences a transcript leaves out.
// It is compiled on first use, not at start-up.
var ansiSeqRE = lazy.Value[*regexp.Regexp]{Build: func() *regexp.Regexp {
	return regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")
}}

func ansiSeq() *regexp.Regexp { return ansiSeqRE.Get() }

// tee copies console text, without colour, to a running transcript.
func (h *TermHost) tee(text string) {
	if h.Session != nil && h.Session.Transcript != nil {
		pipeline.TeeTranscript(h.Session, ansiSeq().ReplaceAllString(text, ""))
	}
}

// Write writes text to standard output.
func (h *TermHost) Write(text string) {
	h.Session.ClearProgress(h.Err)
	io.WriteString(h.Out, text)
	h.tee(text)
}

// WriteErr writes text to standard error.
func (h *TermHost) WriteErr(text string) {
	h.Session.ClearProgress(h.Err)
	io.WriteString(h.Err, text)
	h.tee(text)
}

// Interactive reports whether prompts can be answered.
func (h *TermHost) Interactive() bool { return !h.NonInteractive && h.Reader != nil }

// ReadLine prompts and reads one line.
func (h *TermHost) ReadLine(prompt string) (string, error) {
	if !h.Interactive() {
		return "", errNonInteractive()
	}
	line, err := h.Reader.ReadLine(prompt)
	h.tee(prompt + line + "\n")
	return line, err
}

// ReadSecret prompts and reads a line without echo.
func (h *TermHost) ReadSecret(prompt string) (string, error) {
	if !h.Interactive() {
		return "", errNonInteractive()
	}
	line, err := h.Reader.ReadSecret(prompt)
	h.tee(prompt + "\n")
	return line, err
}

// Width is the terminal width; a terminal reporting zero columns (a
// resize to nothing) falls back to 120 so formatting never divides by 0.
func (h *TermHost) Width() int {
	if h.Reader != nil {
		if w := h.Reader.Width(); w > 0 {
			return w
		}
	}
	return 120
}

// Color reports whether ANSI colour may be written on stream 1 or 2: only
// on a terminal, and not when NO_COLOR is set or TERM is dumb.
func (h *TermHost) Color(stream int) bool {
	return ColorAllowed(stream)
}

// ColorAllowed applies the colour rules to the process's own stdout (1)
// or stderr (2).
func ColorAllowed(stream int) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f := os.Stdout
	if stream == 2 {
		f = os.Stderr
	}
	return IsTerminal(f)
}

// IsTerminal reports whether f is a terminal. A character device is not
// enough: /dev/null is one, and `cspsh </dev/null` must not start the
// interactive shell or wait for answers to prompts.
func IsTerminal(f *os.File) bool {
	return readline.IsTerminal(int(f.Fd()))
}
