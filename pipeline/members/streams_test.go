package members

import (
	"os"
	"path/filepath"
	"testing"
)

func TestStreamWriterReader(t *testing.T) {
	dir := t.TempDir()
	utf8NoBOM, _ := New("System.Text.UTF8Encoding", []any{false})
	utf8BOM, _ := New("System.Text.UTF8Encoding", []any{true})
	cases := []struct {
		name   string
		args   func(p string) []any
		writes [][]any // WriteLine arguments, one call each
		want   string
	}{
		{"path only", func(p string) []any { return []any{p} }, [][]any{{"a"}, {}}, "a\r\n\r\n"},
		{"no BOM", func(p string) []any { return []any{p, false, utf8NoBOM} }, [][]any{{"é"}}, "\xC3\xA9\r\n"},
		{"BOM", func(p string) []any { return []any{p, false, utf8BOM} }, [][]any{{"{0}{1}", "x", int32(1)}}, "\xEF\xBB\xBFx1\r\n"},
		{"BOM, nothing written", func(p string) []any { return []any{p, false, utf8BOM} }, nil, "\xEF\xBB\xBF"},
	}
	for _, c := range cases {
		p := filepath.Join(dir, "w.txt")
		w, err := New("System.IO.StreamWriter", c.args(p))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, a := range c.writes {
			if _, err := Call(w, "WriteLine", a); err != nil {
				t.Fatalf("%s: WriteLine: %v", c.name, err)
			}
		}
		if _, err := Call(w, "Close", nil); err != nil {
			t.Fatalf("%s: Close: %v", c.name, err)
		}
		b, _ := os.ReadFile(p)
		if string(b) != c.want {
			t.Errorf("%s: file = %q, want %q", c.name, b, c.want)
		}
		if _, err := Call(w, "Write", []any{"late"}); err == nil {
			t.Errorf("%s: Write after Close succeeded", c.name)
		}
	}

	p := filepath.Join(dir, "r.txt")
	os.WriteFile(p, []byte("\xEF\xBB\xBFa\r\nb\rc\n"), 0o644)
	r, err := New("System.IO.StreamReader", []any{p})
	if err != nil {
		t.Fatal(err)
	}
	var lines []any
	for {
		l, _ := Call(r, "ReadLine", nil)
		if l == nil {
			break
		}
		lines = append(lines, l)
	}
	if len(lines) != 3 || lines[0] != "a" || lines[1] != "b" || lines[2] != "c" {
		t.Errorf("ReadLine gave %q, want a, b, c (the BOM dropped)", lines)
	}
	if eos, _ := Get(r, "EndOfStream"); eos != true {
		t.Error("EndOfStream is not true at the end")
	}
	if _, err := New("System.IO.StreamReader", []any{filepath.Join(dir, "none.txt")}); err == nil {
		t.Error("StreamReader on a missing file succeeded")
	}
}
