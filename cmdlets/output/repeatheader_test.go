package output

import "testing"

// TestFormatTableRepeatHeader: 5.1's -RepeatHeader is accepted; output
// that is not paged to a console shows the table exactly as without it.
func TestFormatTableRepeatHeader(t *testing.T) {
	rt := newRT()
	in := []any{obj("Id", int32(1), "Name", "a"), obj("Id", int32(2), "Name", "b")}
	tests := []struct {
		name string
		args []any
	}{
		{"alone", []any{"-RepeatHeader"}},
		{"with AutoSize", []any{"-AutoSize", "-RepeatHeader"}},
	}
	want := "\nId Name\n-- ----\n 1 a\n 2 b\n\n\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatToString(t, rt, formatTable(), in, tt.args...); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
