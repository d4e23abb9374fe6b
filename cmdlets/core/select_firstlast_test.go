package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestSelectFirstLastSkip follows SelectObjectQueue: with -First, -Skip
// is spent at the start and -Last keeps the final objects; with -Last
// alone, -Skip counts from the end.
func TestSelectFirstLastSkip(t *testing.T) {
	tests := []struct {
		name string
		in   []any
		args []any
		want string
	}{
		{"first last skip", ints(1, 20), []any{P("First"), 3, P("Last"), 3, P("Skip"), 4}, "5,6,7,18,19,20"},
		{"first last overlap", ints(1, 4), []any{P("First"), 3, P("Last"), 3}, "1,2,3,4"},
		{"last skip", ints(1, 10), []any{P("Last"), 3, P("Skip"), 1}, "7,8,9"},
		{"first zero last", ints(1, 10), []any{P("First"), 0, P("Last"), 2}, "9,10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(selectObject(), tt.in, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if got := text(out); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
