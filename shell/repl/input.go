package repl

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Key markers are private-use runes standing for actions chzyer/readline
// lacks (replacing completion, prefix history search, Escape clearing the
// line, a Delete key that never exits). The input filter and the rune
// filter produce them; readline inserts them like any character, and the
// key listener removes the marker and performs the action on the line.
const (
	keyComplete     = '\uE000' + iota // Tab
	keyCompletePrev                   // Shift+Tab
	keyHistPrev                       // Up: previous entry starting with the typed prefix
	keyHistNext                       // Down
	keyClear                          // Escape: clear the line
	keyDelete                         // Delete: delete under the cursor (Ctrl+D still exits on an empty line)
)

func isKeyMarker(r rune) bool { return r >= keyComplete && r <= keyDelete }

// lineBreak stands for a line break inside a recalled multi-line history
// entry: readline's screen arithmetic cannot handle a real newline in the
// edited line, so the entry is edited as one line showing "↵" and the
// breaks come back when it is submitted.
const lineBreak = '\uE00E'

// shownBreak is how a lineBreak looks on screen.
const shownBreak = '\u21b5'

// toEdited and fromEdited convert between text and the edited line.
func toEdited(s string) string   { return strings.ReplaceAll(s, "\n", string(lineBreak)) }
func fromEdited(s string) string { return strings.ReplaceAll(s, string(lineBreak), "\n") }

// Bracketed paste (xterm): the terminal wraps pasted text in these once
// the application asks for it with pasteOn.
const (
	pasteOn    = "\x1b[?2004h"
	pasteOff   = "\x1b[?2004l"
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// keySeqs translates terminal key sequences readline reads wrongly or not
// at all into ones it knows (or into key markers).
var keySeqs = []struct{ seq, to string }{
	{"\x1b[1;5D", "\x1bb"}, {"\x1b[1;3D", "\x1bb"}, {"\x1b[5D", "\x1bb"}, // Ctrl/Alt+Left: word left
	{"\x1b[1;5C", "\x1bf"}, {"\x1b[1;3C", "\x1bf"}, {"\x1b[5C", "\x1bf"}, // Ctrl/Alt+Right: word right
	{"\x1b[1~", "\x01"}, {"\x1b[7~", "\x01"}, // Home
	{"\x1b[4~", "\x05"}, {"\x1b[8~", "\x05"}, // End
	{"\x1b[3~", string(keyDelete)},
	{"\x1b[Z", string(keyCompletePrev)},
}

// inputFilter sits between the terminal and readline. It takes a
// bracketed paste out of the key stream: the first pasted line goes to
// readline followed by Enter, the other complete lines wait in Pasted for
// the REPL, which joins them into one input (so a pasted script runs
// once, in order, and a wrong one gives one parse error); a last line
// without a newline is left for editing. It also translates keys
// (keySeqs, a lone Escape), and lets a running completion swallow Ctrl+C.
type inputFilter struct {
	src io.ReadCloser

	mu      sync.Mutex
	out     []byte // translated bytes for readline
	raw     []byte // an escape sequence cut by the end of a read
	inPaste bool
	paste   []byte
	pasted  []string // complete lines of the last paste after its first
	partial bool     // the last paste ended without a newline
	// onInterrupt is called for Ctrl+C; true means it was used (a
	// completion was cancelled) and the key is dropped.
	onInterrupt func() bool
}

func newInputFilter(src io.ReadCloser) *inputFilter { return &inputFilter{src: src} }

// Read gives readline the translated input.
func (f *inputFilter) Read(p []byte) (int, error) {
	buf := make([]byte, 4096)
	for {
		f.mu.Lock()
		if len(f.out) > 0 {
			n := copy(p, f.out)
			f.out = f.out[n:]
			f.mu.Unlock()
			return n, nil
		}
		f.mu.Unlock()
		n, err := f.src.Read(buf)
		if n > 0 {
			f.feed(buf[:n])
			continue
		}
		if err != nil {
			return 0, err
		}
	}
}

// Close stops reading the terminal.
func (f *inputFilter) Close() error { return f.src.Close() }

// TakePasted returns the lines of the last multi-line paste after its
// first (which readline already returned), and whether its last line is
// still being edited.
func (f *inputFilter) TakePasted() ([]string, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	lines, partial := f.pasted, f.partial
	f.pasted, f.partial = nil, false
	return lines, partial
}

// feed translates one chunk read from the terminal.
func (f *inputFilter) feed(chunk []byte) {
	f.mu.Lock()
	data := append(f.raw, chunk...)
	f.raw = nil
	f.mu.Unlock()
	for i := 0; i < len(data); {
		if f.inPaste {
			j := bytes.Index(data[i:], []byte(pasteEnd))
			if j < 0 {
				// Keep a possibly cut end marker for the next read.
				keep := 0
				for k := len(pasteEnd) - 1; k > 0; k-- {
					if bytes.HasSuffix(data[i:], []byte(pasteEnd[:k])) {
						keep = k
						break
					}
				}
				f.paste = append(f.paste, data[i:len(data)-keep]...)
				f.mu.Lock()
				f.raw = append([]byte(nil), data[len(data)-keep:]...)
				f.mu.Unlock()
				return
			}
			f.paste = append(f.paste, data[i:i+j]...)
			f.inPaste = false
			f.finishPaste()
			i += j + len(pasteEnd)
			continue
		}
		b := data[i]
		if b == 0x1b {
			rest := data[i:]
			if bytes.HasPrefix(rest, []byte(pasteStart)) {
				f.inPaste, f.paste = true, nil
				i += len(pasteStart)
				continue
			}
			if to, n := matchKeySeq(rest); n > 0 {
				f.emit([]byte(to))
				i += n
				continue
			}
			if len(rest) > 1 && len(rest) < 8 && isSeqPrefix(rest) {
				// A sequence cut by the read: wait for the rest.
				f.mu.Lock()
				f.raw = append([]byte(nil), rest...)
				f.mu.Unlock()
				return
			}
			if len(rest) == 1 || rest[1] == 0x1b {
				// A lone Escape (terminals send sequences in one write).
				f.emit([]byte(string(keyClear)))
				i++
				continue
			}
			f.emit(rest[:1])
			i++
			continue
		}
		if b == 0x03 && f.onInterrupt != nil && f.onInterrupt() {
			i++
			continue
		}
		f.emit(data[i : i+1])
		i++
	}
}

func (f *inputFilter) emit(b []byte) {
	f.mu.Lock()
	f.out = append(f.out, b...)
	f.mu.Unlock()
}

func matchKeySeq(b []byte) (string, int) {
	for _, k := range keySeqs {
		if bytes.HasPrefix(b, []byte(k.seq)) {
			return k.to, len(k.seq)
		}
	}
	return "", 0
}

// isSeqPrefix reports whether b is the start of a sequence this filter
// translates (so more bytes are needed to decide).
func isSeqPrefix(b []byte) bool {
	if bytes.HasPrefix([]byte(pasteStart), b) {
		return true
	}
	for _, k := range keySeqs {
		if len(b) < len(k.seq) && bytes.HasPrefix([]byte(k.seq), b) {
			return true
		}
	}
	return false
}

// finishPaste splits a completed paste: one line goes to readline as
// typed text; several lines give readline the first and an Enter, and
// keep the rest for the REPL.
func (f *inputFilter) finishPaste() {
	text := strings.ReplaceAll(string(f.paste), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	f.paste = nil
	lines := strings.Split(text, "\n")
	if len(lines) == 1 {
		f.emit([]byte(typedText(text)))
		return
	}
	rest := lines[1:]
	last := rest[len(rest)-1]
	f.mu.Lock()
	f.pasted = append(f.pasted[:0:0], rest[:len(rest)-1]...)
	f.partial = last != ""
	f.mu.Unlock()
	f.emit([]byte(typedText(lines[0]) + "\r"))
	if last != "" {
		// Left in the next line's buffer, for editing at ">> ".
		f.emit([]byte(typedText(last)))
	}
}

// typedText makes pasted text safe to give readline as keystrokes: a tab
// would complete and control characters would edit, so tabs become
// spaces and other control characters are dropped.
func typedText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString("    ")
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			if r == utf8.RuneError {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
