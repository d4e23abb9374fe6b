package repl

import (
	"io"

	"github.com/chzyer/readline"
)

// Readline adapts github.com/chzyer/readline to LineReader. History is
// written by History, not by the library, so secrets never reach the file.
type Readline struct {
	rl *readline.Instance
}

// NewReadline opens the terminal for line editing with the given history
// preloaded (for Up/Down) and completer.
func NewReadline(hist []string, complete readline.AutoCompleter) (*Readline, error) {
	rl, err := readline.NewEx(&readline.Config{
		DisableAutoSaveHistory: true,
		HistoryLimit:           4096,
		HistorySearchFold:      true,
		AutoComplete:           complete,
		InterruptPrompt:        "^C",
		EOFPrompt:              "",
	})
	if err != nil {
		return nil, err
	}
	for _, h := range hist {
		rl.SaveHistory(h)
	}
	return &Readline{rl: rl}, nil
}

// ReadLine reads one line after printing prompt.
func (r *Readline) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	switch err {
	case readline.ErrInterrupt:
		return "", ErrInterrupt
	case io.EOF:
		if line != "" {
			return line, nil
		}
		return "", io.EOF
	}
	if err == nil {
		r.rl.SaveHistory(line)
	}
	return line, err
}

// ReadSecret reads a line without echo (Read-Host -AsSecureString).
func (r *Readline) ReadSecret(prompt string) (string, error) {
	b, err := r.rl.ReadPassword(prompt)
	return string(b), err
}

// Width is the terminal's width (0 when unknown).
func (r *Readline) Width() int { return readline.GetScreenWidth() }

// Close restores the terminal.
func (r *Readline) Close() error { return r.rl.Close() }
