package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextWidth checks the width Out-String and Out-File lay a table out
// for: the console's width less one (5.1's BufferSize.Width - 1) unless
// -Width says otherwise.
func TestTextWidth(t *testing.T) {
	long := strings.Repeat("x", 70)
	tests := []struct {
		name      string
		hostWidth int
		args      []any
		want      int // the length of the value line
	}{
		{"default 120-column console", 0, nil, 119},
		{"80-column console", 80, nil, 79},
		{"explicit width", 80, []any{"-Width", int32(30)}, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []any{obj("Name", long+long, "N", int32(1))}
			rt := newRT()
			rt.host.width = tt.hostWidth
			out, err := run(t, rt, outString(), in, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if got := longest(out[0].(string)); got != tt.want {
				t.Errorf("Out-String: longest line %d, want %d\n%s", got, tt.want, out[0])
			}
			p := filepath.Join(t.TempDir(), "w.txt")
			if _, err := run(t, rt, outFile(), in, append([]any{p}, tt.args...)...); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if got := longest(string(b)); got != tt.want {
				t.Errorf("Out-File: longest line %d, want %d\n%s", got, tt.want, b)
			}
		})
	}
}

// TestWidthRange: -Width is [ValidateRange(2, int.MaxValue)] in 5.1.
func TestWidthRange(t *testing.T) {
	_, err := run(t, newRT(), outString(), []any{"x"}, "-Width", int32(1))
	want := "Cannot validate argument on parameter 'Width'. The 1 argument is less than the minimum allowed range of 2. Supply an argument that is greater than or equal to 2 and then try the command again."
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}

func longest(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, len(strings.TrimRight(l, "\r")))
	}
	return n
}
