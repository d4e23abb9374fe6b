package items

import (
	"strings"
	"testing"
)

// New-Item -ItemType takes a leading part of a FileSystem type name
// (the reference page's "directory", "file", "SymbolicLink"; ni -Type
// dir); anything else is FileSystemProviderStrings.UnknownType.
func TestFileItemType(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"", "file", true},
		{"file", "file", true},
		{"Directory", "directory", true},
		{"dir", "directory", true},
		{"d", "directory", true},
		{"SymbolicLink", "symboliclink", true},
		{"Junction", "junction", true},
		{"HardLink", "hardlink", true},
		{"container", "directory", true},
		{"Folder", "", false},
	}
	for _, tc := range cases {
		got, ok := fileItemType(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("fileItemType(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// Get-Content -Delimiter keeps the delimiter at the end of each piece.
func TestSplitDelimited(t *testing.T) {
	cases := []struct{ text, delim, want string }{
		{"a,b,c", ",", "a,|b,|c"},
		{"a,b,", ",", "a,|b,"},
		{"abc", ",", "abc"},
		{"a--b", "--", "a--|b"},
		{"abc", "", ""},
	}
	for _, tc := range cases {
		if got := strings.Join(splitDelimited(tc.text, tc.delim), "|"); got != tc.want {
			t.Errorf("splitDelimited(%q, %q) = %q, want %q", tc.text, tc.delim, got, tc.want)
		}
	}
}

// Set-Content -Encoding Byte writes each value as a byte, arrays element
// by element; a value that is no byte is the conversion's error.
func TestContentBytes(t *testing.T) {
	b, ex := contentBytes([]any{int32(104), []any{uint8(105), int32(10)}})
	if ex != nil || string(b) != "hi\n" {
		t.Errorf("contentBytes = %q, %v", b, ex)
	}
	if _, ex := contentBytes([]any{"x"}); ex == nil {
		t.Error("contentBytes(\"x\"): no error")
	}
}
