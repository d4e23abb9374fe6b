package repl

import (
	"io"
	"reflect"
	"testing"
)

// chunks is a terminal that delivers the given reads one by one.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts = c.parts[1:]
	return n, nil
}
func (c *chunks) Close() error { return nil }

func readAll(f *inputFilter) string {
	b, _ := io.ReadAll(f)
	return string(b)
}

func TestInputFilter(t *testing.T) {
	tests := []struct {
		name    string
		reads   []string
		want    string // what readline gets
		pasted  []string
		partial bool
	}{
		{"plain keys", []string{"Get-Date\r"}, "Get-Date\r", nil, false},
		{"one-line paste", []string{"\x1b[200~Get-Date\x1b[201~"}, "Get-Date", nil, false},
		{"paste tab is not completion", []string{"\x1b[200~a\tb\x1b[201~"}, "a    b", nil, false},
		{"multi-line paste", []string{"\x1b[200~$a = 1\r$b = 2\rWrite-Output $b\r\x1b[201~"}, "$a = 1\r", []string{"$b = 2", "Write-Output $b"}, false},
		{"CRLF paste, last line unfinished", []string{"\x1b[200~a\r\nb\r\nc\x1b[201~"}, "a\rc", []string{"b"}, true},
		{"paste cut across reads", []string{"\x1b[20", "0~x\ny\n\x1b[2", "01~"}, "x\r", []string{"y"}, false},
		{"Ctrl+Left/Right", []string{"\x1b[1;5D\x1b[1;5C"}, "\x1bb\x1bf", nil, false},
		{"Home/End", []string{"\x1b[1~\x1b[4~"}, "\x01\x05", nil, false},
		{"Delete key", []string{"\x1b[3~"}, string(keyDelete), nil, false},
		{"lone Escape clears", []string{"abc", "\x1b"}, "abc" + string(keyClear), nil, false},
		{"arrows pass through", []string{"\x1b[A\x1b[B"}, "\x1b[A\x1b[B", nil, false},
		{"Shift+Tab", []string{"\x1b[Z"}, string(keyCompletePrev), nil, false},
		{"invalid UTF-8 passes", []string{"\xe9t\xe9"}, "\xe9t\xe9", nil, false},
	}
	for _, tt := range tests {
		f := newInputFilter(&chunks{parts: tt.reads})
		got := readAll(f)
		if got != tt.want {
			t.Errorf("%s: readline got %q, want %q", tt.name, got, tt.want)
		}
		pasted, partial := f.TakePasted()
		if len(pasted) == 0 {
			pasted = nil
		}
		if !reflect.DeepEqual(pasted, tt.pasted) || partial != tt.partial {
			t.Errorf("%s: pasted %q partial %v, want %q %v", tt.name, pasted, partial, tt.pasted, tt.partial)
		}
	}
}

// Ctrl+C during a completion cancels it and is used up; otherwise it
// reaches readline (which cancels the line).
func TestInputFilterInterrupt(t *testing.T) {
	busy := true
	f := newInputFilter(&chunks{parts: []string{"a\x03b"}})
	f.onInterrupt = func() bool { return busy }
	if got := readAll(f); got != "ab" {
		t.Errorf("busy: got %q", got)
	}
	busy = false
	f = newInputFilter(&chunks{parts: []string{"a\x03b"}})
	f.onInterrupt = func() bool { return busy }
	if got := readAll(f); got != "a\x03b" {
		t.Errorf("idle: got %q", got)
	}
}
