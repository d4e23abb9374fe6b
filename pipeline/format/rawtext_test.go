package format

import (
	"strings"
	"testing"
)

// Strings are written with one WriteLine each, so their own line breaks,
// trailing ones included, show as they are (about_Special_Characters:
// "abc`n" prints abc and an empty line; Out-String's result ends with a
// newline that shows as an empty line).
func TestRawTextLines(t *testing.T) {
	tests := []struct {
		in   []any
		want string
	}{
		{[]any{"abc"}, "abc\n"},
		{[]any{"abc\n", "x"}, "abc\n\nx\n"},
		{[]any{"a\r\nb\r\n"}, "a\nb\n\n"},
		{[]any{"", "x"}, "\nx\n"},
	}
	for _, tt := range tests {
		if got := render(t, 80, tt.in...); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Out-String -Stream (NewLineWriter) passes a string on whole: 5.1's
// StreamingTextWriter gets one WriteLine per string.
func TestLineWriterRawWhole(t *testing.T) {
	tests := []struct {
		in   []any
		want []string
	}{
		{[]any{"a\nb", "c"}, []string{"a\nb", "c"}},
		{[]any{"abc\n"}, []string{"abc\n"}},
		{[]any{int32(1), int32(2)}, []string{"1", "2"}},
	}
	for _, tt := range tests {
		var got []string
		w := NewLineWriter(80, func(l string) { got = append(got, l) })
		for _, v := range tt.in {
			if err := w.Write(v); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}
