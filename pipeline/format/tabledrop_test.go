package format

import (
	"strings"
	"testing"
)

// When columns are dropped from the right, the last column shown is not
// padded (TableWriter pads every column but the last), in the header,
// the dashes and the rows.
func TestDroppedColumnsNoTrailingPadding(t *testing.T) {
	tl := newTableLayout(18, []int{10, 10, 10}, []Align{AlignLeft, AlignLeft, AlignLeft}, false)
	lines := append(tl.header([]string{"A", "B", "C"}), tl.row([]string{"xxxxxxxxxx", "yyyyyyyyyy", "zz"}))
	want := []string{"A          B", "-          -", "xxxxxxxxxx yyyy..."}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", lines, want)
	}
}
