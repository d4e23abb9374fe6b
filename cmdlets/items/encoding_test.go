package items

import (
	"os"
	"path/filepath"
	"testing"
)

func TestEncodeContentMarks(t *testing.T) {
	dir := t.TempDir()
	full := filepath.Join(dir, "full.txt")
	if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, enc, host string
		appending       bool
		want            string
	}{
		{"no encoding stays UTF-8", "", filepath.Join(dir, "new.txt"), false, "A"},
		{"UTF8 new file gets a mark", "UTF8", filepath.Join(dir, "new.txt"), false, "\xEF\xBB\xBFA"},
		{"Unicode new file", "unicode", filepath.Join(dir, "new.txt"), false, "\xFF\xFEA\x00"},
		{"appending to an empty or new file marks it", "Unicode", filepath.Join(dir, "new.txt"), true, "\xFF\xFEA\x00"},
		{"appending to text keeps one mark", "Unicode", full, true, "A\x00"},
		{"replacing text writes the mark again", "UTF32", full, false, "\xFF\xFE\x00\x00A\x00\x00\x00"},
		{"ASCII has no mark", "Ascii", full, false, "A"},
	} {
		if got := encodeContent(tc.enc, "A", tc.host, tc.appending); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDecodeTextUTF32(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"\xFF\xFE\x00\x00A\x00\x00\x00\xAC\x20\x00\x00", "A€"},
		{"\x00\x00\xFE\xFF\x00\x00\x00A\x00\x00\x00", "A"},
		{"\xFF\xFEA\x00", "A"},
	} {
		if got := decodeText([]byte(tc.in)); got != tc.want {
			t.Errorf("decodeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
