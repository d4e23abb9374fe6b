// Package repl is the interactive front of cspsh: the prompt loop with
// multi-line continuation, history, Ctrl-C handling and the terminal host.
package repl

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
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
	// OnInput is told about every complete input before it runs (for the
	// session's Get-History list).
	OnInput func(src string)
}

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
		src, err := readInput(c)
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
		if c.History != nil {
			c.History.Add(src)
		}
		if c.OnInput != nil {
			c.OnInput(src)
		}
		c.Runner.RunInteractive(src)
		if code, exited := c.Runner.ExitCode(); exited {
			return code
		}
	}
}

// readInput reads one complete input: the first line, then ">> " lines
// while the parser says the input is only incomplete. An empty
// continuation line ends the input, as in PowerShell's console, so a
// mistake gets its parse error instead of an endless ">> ".
func readInput(c Config) (string, error) {
	line, err := c.Reader.ReadLine(c.Runner.Prompt())
	if err != nil {
		return "", err
	}
	src := line
	for c.Incomplete != nil && c.Incomplete(src) {
		more, err := c.Reader.ReadLine(">> ")
		if err == io.EOF {
			return src, nil
		}
		if err != nil {
			return "", err
		}
		if strings.TrimSpace(more) == "" {
			break
		}
		src += "\n" + more
	}
	return src, nil
}
