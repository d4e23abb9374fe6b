// Package repl is the interactive front of cspsh: the prompt loop with
// multi-line continuation and bracketed paste, history, Ctrl-C handling,
// tab completion, syntax colouring and the terminal host.
package repl

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// Runner is what the loop needs from the interpreter.
type Runner interface {
	// RunInteractive parses and runs one complete input.
	RunInteractive(src string) error
	// Prompt returns the prompt text (the user's prompt function, or
	// "PS <location>> ").
	Prompt() string
	// Interrupt stops the running pipeline (Ctrl-C).
	Interrupt()
	// ExitCode reports whether `exit` was run, and its code.
	ExitCode() (int, bool)
	// LastOK is $? after the input ran (for the history entry's status).
	LastOK() bool
}

// LineReader reads one edited line; readline implements it, tests use a
// scripted one.
type LineReader interface {
	// ReadLine returns the line, ErrInterrupt on Ctrl-C, io.EOF on Ctrl-D.
	ReadLine(prompt string) (string, error)
	Close() error
}

// ErrInterrupt is returned by a LineReader when the user pressed Ctrl-C.
var ErrInterrupt = errors.New("interrupt")

// Config wires the loop.
type Config struct {
	Runner  Runner
	Reader  LineReader
	History *History
	// Incomplete reports whether src is unfinished input that more lines
	// could complete (the parser's "incomplete" bit).
	Incomplete func(src string) bool
	// OnInput is told about every complete input before it runs.
	OnInput func(src string)
	// Session, when set, receives a Get-History entry per input, and its
	// Computer (after Enter-PSSession) prefixes the prompt.
	Session *pipeline.Session
	// LocalComputer is the computer the shell runs on: no prefix for it.
	LocalComputer string
	// Color colours echoed pasted lines.
	Color bool
}

// pasteReader is a LineReader that takes bracketed pastes apart.
type pasteReader interface {
	Pasted() ([]string, bool)
	Echo(prompt, line string, color bool)
}

// historyReader is a LineReader with its own recall list (Up, Ctrl+R).
type historyReader interface{ AddHistory(line string) }

// idleReader is a LineReader whose completion may still be finishing.
type idleReader interface{ Idle() }

// Loop runs the read-eval-print loop until exit or Ctrl-D and returns the
// exit code.
func Loop(c Config) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			c.Runner.Interrupt()
		}
	}()
	for {
		src, shown, err := readInput(c)
		if err == io.EOF {
			return 0
		}
		if err == ErrInterrupt {
			continue
		}
		if err != nil {
			return 1
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		if c.Session != nil {
			// The transcript reads like the console: prompt, then input.
			pipeline.TeeTranscript(c.Session, ansiSeq().ReplaceAllString(shown, "")+strings.ReplaceAll(src, "\n", "\n>> ")+"\n")
		}
		if c.History != nil {
			c.History.Add(src)
		}
		if h, ok := c.Reader.(historyReader); ok {
			h.AddHistory(src)
		}
		if c.OnInput != nil {
			c.OnInput(src)
		}
		if i, ok := c.Reader.(idleReader); ok {
			i.Idle()
		}
		start := time.Now()
		err = c.Runner.RunInteractive(src)
		c.Session.ClearProgress(os.Stderr)
		if c.Session != nil {
			c.Session.AddHistory(src, status(err, c.Runner.LastOK()), start, time.Now())
		}
		if code, exited := c.Runner.ExitCode(); exited {
			return code
		}
	}
}

// status is the ExecutionStatus of a history entry: Stopped after Ctrl+C,
// Failed when the input ended in an error, else Completed.
func status(err error, ok bool) string {
	switch {
	case interp.IsStopped(err):
		return "Stopped"
	case err != nil || !ok:
		return "Failed"
	}
	return "Completed"
}

// prompt is the runner's prompt, with "[computer]: " in front inside a
// remote session, as PowerShell's host adds it.
func prompt(c Config) string {
	p := c.Runner.Prompt()
	if s := c.Session; s != nil && s.Computer != "" && c.LocalComputer != "" && !strings.EqualFold(s.Computer, c.LocalComputer) {
		shown := s.Computer
		if s.ComputerName != "" {
			shown = s.ComputerName
		}
		p = "[" + shown + "]: " + p
	}
	return p
}

// readInput reads one complete input: the first line, then ">> " lines
// while the parser says the input is only incomplete. An empty
// continuation line ends the input, as in PowerShell's console, so a
// mistake gets its parse error instead of an endless ">> ".
func readInput(c Config) (string, string, error) {
	shown := prompt(c)
	line, err := c.Reader.ReadLine(shown)
	if err != nil {
		return "", shown, err
	}
	src := line
	if _, err := absorbPaste(c, &src); err != nil {
		return "", shown, err
	}
	for c.Incomplete != nil && c.Incomplete(src) {
		more, err := c.Reader.ReadLine(">> ")
		if err == io.EOF {
			return src, shown, nil
		}
		if err != nil {
			return "", shown, err
		}
		blank := strings.TrimSpace(more) == ""
		pasted, err := absorbPaste(c, &more)
		if err != nil {
			return "", shown, err
		}
		if blank && !pasted {
			break
		}
		src += "\n" + more
	}
	return src, shown, nil
}

// absorbPaste appends to *src the lines of a multi-line paste whose first
// line ReadLine just returned, so the pasted block is one input that
// runs once, in order, as a script does. A last pasted line without a
// newline is read at ">> " for editing first.
func absorbPaste(c Config, src *string) (bool, error) {
	pr, ok := c.Reader.(pasteReader)
	if !ok {
		return false, nil
	}
	any := false
	for {
		lines, partial := pr.Pasted()
		for _, l := range lines {
			pr.Echo(">> ", l, c.Color)
			*src += "\n" + l
		}
		any = any || len(lines) > 0 || partial
		if !partial {
			return any, nil
		}
		more, err := c.Reader.ReadLine(">> ")
		if err == io.EOF {
			return any, nil
		}
		if err != nil {
			return any, err
		}
		*src += "\n" + more
	}
}
