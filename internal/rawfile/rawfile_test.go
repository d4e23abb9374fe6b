//go:build unix

package rawfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadString(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, text string
		fifo       bool // size unknown until the end: read in growing steps
	}{
		{"empty", "", false},
		{"one line", "Write-Output 1\n", false},
		{"larger than a page", strings.Repeat("$x = 1 # padding\n", 1000), false},
		{"non-ASCII", "'Grüße' + \"`u{1F600}\"\r\n", false},
		{"pipe, empty", "", true},
		{"pipe, below the first buffer", strings.Repeat("a", 511), true},
		{"pipe, the first buffer exactly", strings.Repeat("b", 512), true},
		{"pipe, several buffers", strings.Repeat("0123456789abcdef", 700), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_"))
			if tc.fifo {
				if err := syscall.Mkfifo(path, 0o600); err != nil {
					t.Skip("no FIFOs here:", err)
				}
				go func() {
					w, err := os.OpenFile(path, os.O_WRONLY, 0)
					if err != nil {
						return
					}
					// Small writes, so that reads see the text in pieces.
					for s := tc.text; s != ""; {
						n := min(len(s), 100)
						w.WriteString(s[:n])
						s = s[n:]
					}
					w.Close()
				}()
			} else if err := os.WriteFile(path, []byte(tc.text), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := ReadString(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.text {
				t.Errorf("read %d bytes %.40q..., want %d bytes %.40q...", len(got), got, len(tc.text), tc.text)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		path := filepath.Join(dir, "nosuch.ps1")
		_, err := ReadString(path)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Op != "open" || pe.Path != path || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("error = %v, want an open PathError for %s that is fs.ErrNotExist", err, path)
		}
	})
}
