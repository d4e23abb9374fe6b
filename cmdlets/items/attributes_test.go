package items

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Get-ChildItem reference, -Attributes: ! is NOT, + is AND, a comma is
// OR, spaces allowed after commas (Directory, !Directory, Hidden,
// ReadOnly, !Directory+Hidden, "ReadOnly, Directory"); hidden items
// are listed when the expression asks for Hidden. Unknown names fail
// with the FileAttributes conversion error.
func TestAttributes(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"d", ".hd"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for f, mode := range map[string]os.FileMode{"a.txt": 0o644, ".h": 0o644, "ro.txt": 0o444} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, mode); err != nil {
			t.Fatal(err)
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sortEntries(ents)
	cases := []struct{ expr, want string }{
		{"Directory", "d"},
		{"!Directory", "a.txt ro.txt"},
		{"Hidden", ".hd .h"},
		{"ReadOnly", "ro.txt"},
		{"Archive", "a.txt ro.txt"},
		{"!Directory+Hidden", ".h"},
		{"ReadOnly, Directory", "d ro.txt"},
		{"Directory+!Hidden,ReadOnly", "d ro.txt"},
		{"System", ""},
	}
	for _, tc := range cases {
		attrs, ex := parseAttributes(tc.expr)
		if ex != nil {
			t.Fatalf("%s: %v", tc.expr, ex)
		}
		o := &listOptions{attrs: attrs, depth: -1}
		var got []string
		for _, e := range ents {
			fi, err := e.Info()
			if err != nil {
				t.Fatal(err)
			}
			if o.keep(fi) {
				got = append(got, e.Name())
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("-Attributes %s: got %q, want %q", tc.expr, g, tc.want)
		}
	}
	_, ex := parseAttributes("Foo")
	if ex == nil || !strings.Contains(ex.Message, `Unable to match the identifier name Foo to a valid enumerator name.`) {
		t.Errorf("Foo: %v", ex)
	}
}
