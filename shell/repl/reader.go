package repl

import (
	"context"
	"io"
	"os"

	"github.com/chzyer/readline"
)

// Readline adapts github.com/chzyer/readline to LineReader. History is
// written by History, not by the library, so secrets never reach the file.
//
// What the library lacks is added around it rather than inside it: an
// input filter between the terminal and readline (bracketed paste, key
// sequences it does not know, Ctrl+C during completion), and a key
// listener that edits the line for completion, prefix history search,
// Escape and Delete.
type Readline struct {
	rl     *readline.Instance
	filter *inputFilter
	ed     *editor
	out    io.Writer
	paste  bool
}

// ReadlineConfig says how to set the editor up.
type ReadlineConfig struct {
	// History lists the entries Up/Down and Ctrl+R go through (oldest
	// first); it is called at each key press.
	History func() []string
	// Complete computes Tab completions (nil: none).
	Complete func(ctx context.Context, line []rune, pos int) Completion
	// Color turns on syntax colouring of the edited line.
	Color bool
}

// NewReadline opens the terminal for line editing.
func NewReadline(cfg ReadlineConfig) (*Readline, error) {
	// Bracketed paste is asked of the terminal only when the screen is
	// one (escape codes must not end up in a piped transcript).
	r := &Readline{out: os.Stdout, paste: IsTerminal(os.Stdout)}
	r.filter = newInputFilter(readline.NewCancelableStdin(os.Stdin))
	r.ed = &editor{complete: cfg.Complete, width: r.Width}
	if cfg.History != nil {
		r.ed.history = func() []string {
			h := cfg.History()
			out := make([]string, len(h))
			for i, l := range h {
				out[i] = toEdited(l)
			}
			return out
		}
	}
	if cfg.Complete != nil {
		r.ed.complete = func(ctx context.Context, line []rune, pos int) Completion {
			in := []rune(fromEdited(string(line)))
			return cfg.Complete(ctx, in, pos)
		}
	}
	r.filter.onInterrupt = r.ed.interrupt
	rl, err := readline.NewEx(&readline.Config{
		DisableAutoSaveHistory: true,
		HistoryLimit:           4096,
		HistorySearchFold:      true,
		InterruptPrompt:        "^C",
		EOFPrompt:              "\n",
		Stdin:                  r.filter,
		Painter:                &Painter{Color: cfg.Color},
		Listener:               r.ed,
		FuncFilterInputRune:    r.ed.filterRune,
		FuncGetWidth:           safeWidth,
	})
	if err != nil {
		return nil, err
	}
	r.rl = rl
	r.ed.out = rl.Stdout
	r.ed.search = func() bool { return rl.Operation.IsSearchMode() }
	r.ed.bell = func() { io.WriteString(rl.Stdout(), "\a") }
	if cfg.History != nil {
		for _, h := range cfg.History() {
			rl.SaveHistory(toEdited(h))
		}
	}
	return r, nil
}

// safeWidth is the terminal width for the line editor: readline divides
// by it, so a terminal reporting zero columns (or none) counts as 80.
func safeWidth() int {
	if w := readline.GetScreenWidth(); w > 0 {
		return w
	}
	return 80
}

// ReadLine reads one line after printing prompt. Bracketed paste is on
// only while the line is edited, so programs the shell runs never get
// the paste markers.
func (r *Readline) ReadLine(prompt string) (string, error) {
	r.filter.TakePasted() // a paste into a Read-Host prompt ends there
	if r.paste {
		io.WriteString(r.out, pasteOn)
		defer io.WriteString(r.out, pasteOff)
	}
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	line = fromEdited(line)
	switch err {
	case readline.ErrInterrupt:
		return "", ErrInterrupt
	case io.EOF:
		if line != "" {
			return line, nil
		}
		return "", io.EOF
	}
	return line, err
}

// Pasted returns the lines of a multi-line paste that followed the line
// ReadLine just returned, and whether the paste's last line is still to
// be edited (its text is already in the next line's buffer).
func (r *Readline) Pasted() ([]string, bool) { return r.filter.TakePasted() }

// Echo shows lines the user pasted after a continuation prompt, coloured
// like the edited line.
func (r *Readline) Echo(prompt, line string, color bool) {
	if color {
		line = Highlight([]rune(line))
	}
	io.WriteString(r.out, prompt+line+"\n")
}

// AddHistory makes a line available to Up/Down and Ctrl+R.
func (r *Readline) AddHistory(line string) { r.rl.SaveHistory(toEdited(line)) }

// Idle waits until no completion is still running (a cancelled one may
// finish in the background; commands must not run beside it).
func (r *Readline) Idle() { r.ed.inflight.Wait() }

// ReadSecret reads a line without echo (Read-Host -AsSecureString).
func (r *Readline) ReadSecret(prompt string) (string, error) {
	b, err := r.rl.ReadPassword(prompt)
	return string(b), err
}

// Width is the terminal's width (0 when unknown).
func (r *Readline) Width() int {
	if w := readline.GetScreenWidth(); w > 0 {
		return w
	}
	return 0
}

// Close restores the terminal.
func (r *Readline) Close() error { return r.rl.Close() }
