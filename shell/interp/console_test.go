package interp_test

import (
	"strings"
	"testing"
)

// Out-Default lays out in one column less than the console (5.1's
// ConsoleLineOutput never writes the last column): a wide table on a
// 120-column console is cut at 119.
func TestOutDefaultLeavesLastColumn(t *testing.T) {
	r, out, _ := newRunner(t)
	r.RunString(`[pscustomobject]@{A='x'*50; B='y'*50; C='z'*50} | Format-Table`, "")
	longest := 0
	for _, l := range strings.Split(out.String(), "\n") {
		longest = max(longest, len(l))
	}
	if longest != 119 {
		t.Errorf("longest line %d, want 119:\n%s", longest, out.String())
	}
}

// Out-Host and an explicit Out-Default write to the same console, so
// they keep its last column free too.
func TestOutHostLeavesLastColumn(t *testing.T) {
	r, out, _ := newRunner(t)
	r.RunString(`[pscustomobject]@{A='x'*50; B='y'*50; C='z'*50} | Out-Host`, "")
	longest := 0
	for _, l := range strings.Split(out.String(), "\n") {
		longest = max(longest, len(l))
	}
	if longest != 119 {
		t.Errorf("longest line %d, want 119:\n%s", longest, out.String())
	}
}
