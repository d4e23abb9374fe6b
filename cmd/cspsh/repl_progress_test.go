package main

import (
	"strings"
	"testing"
)

// Write-Progress draws its bar on the current line; what the command
// writes next starts on a clean line (Windows PowerShell keeps bars in a
// pane output never shares), and no bar is left in front of the prompt
// when the command ends.
func TestReplProgressLine(t *testing.T) {
	m := newTerm(t, 120, 30)
	m.text(`Write-Progress -Activity Checking -Status half -PercentComplete 50; "x"; Write-Progress -Activity Checking -Status more -PercentComplete 70`)
	s := m.enter()
	lines := strings.Split(s, "\n")
	var sawX bool
	for _, l := range lines {
		if strings.TrimRight(l, " ") == "x" {
			sawX = true
		}
		if strings.Contains(l, "Checking:") {
			t.Errorf("a progress bar is still on the screen:\n%s", s)
		}
	}
	if !sawX {
		t.Errorf("want a line holding just x:\n%s", s)
	}
	if last := lastOf(s); !strings.HasPrefix(last, "PS ") {
		t.Errorf("last line %q, want the prompt at the start of its line", last)
	}
}
