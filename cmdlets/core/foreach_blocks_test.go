package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestForEachBlockMapping checks how ForEach-Object maps its script
// blocks to begin, process and end: -Begin heads the list, the first of
// two or more blocks is the begin block, and the last of three or more
// is the end block only when -End is not bound (ForEach-Object.md
// Examples 8-10).
func TestForEachBlockMapping(t *testing.T) {
	say := func(s string) cmdtest.Block { return cmdtest.SB(s, func(any) any { return s }) }
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"two positional", []any{say("b"), say("p")}, "b,p,p"},
		{"four positional", []any{say("b"), say("A"), say("B"), say("e")}, "b,A,B,A,B,e"},
		{"begin and two process", []any{P("Begin"), say("b"), P("Process"), []any{say("A"), say("B")}}, "b,A,A,B"},
		{"null begin and end", []any{P("Begin"), nil, P("Process"), []any{say("1"), say("2"), say("3")}, P("End"), nil}, "1,2,3,1,2,3"},
		{"end keeps the last process block", []any{P("Process"), []any{say("b"), say("A"), say("B")}, P("End"), say("e")}, "b,A,B,A,B,e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(forEachObject(), ints(1, 2), tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if got := text(out); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
