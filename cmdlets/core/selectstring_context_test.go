package core

import (
	"reflect"
	"testing"
)

// TestDisplayContexts: Select-String.md Example 8, -Context 2,3 over two
// adjacent matches shows each line once: the first match keeps its two
// lines before and no lines after, the second none before and three
// after. Lines beyond a match's post-context become the next match's
// pre-context.
func TestDisplayContexts(t *testing.T) {
	lines := []string{"a", "b", "M1", "M2", "c", "d", "e", "f", "g", "h", "M3", "i"}
	matched := make([]bool, len(lines))
	for i, l := range lines {
		matched[i] = l[0] == 'M'
	}
	got := displayContexts(matched, lines, 2, 3)
	want := map[int][2][]string{
		2:  {{"a", "b"}, nil},
		3:  {nil, {"c", "d", "e"}},
		10: {{"g", "h"}, {"i"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Without post-context a match is complete at once.
	got = displayContexts([]bool{false, true, false, true}, []string{"x", "M", "y", "M"}, 1, 0)
	want = map[int][2][]string{1: {{"x"}, nil}, 3: {{"y"}, nil}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("no post: got %v", got)
	}
}
