package format

import "testing"

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
