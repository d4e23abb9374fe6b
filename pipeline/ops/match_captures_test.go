package ops

import (
	"regexp"
	"testing"

	"cspsh/pipeline/object"
)

// TestGroupCapturesItself: a group's (last) capture is the group itself,
// as .NET's CaptureCollection returns it, with the group's Value.
func TestGroupCapturesItself(t *testing.T) {
	re := regexp.MustCompile(`(a)(b)`)
	m := NewMatch(re, "xab", re.FindStringSubmatchIndex("xab"))
	caps, _ := m.Prop("Captures")
	list, ok := caps.([]any)
	if !ok || len(list) != 1 || list[0] != m {
		t.Fatalf("Captures = %v, want the match itself", caps)
	}
	if v, _ := list[0].(*object.PSObject).Prop("Value"); v != "ab" {
		t.Errorf("capture value %v", v)
	}
	failed := FailedMatch()
	if caps, _ := failed.Prop("Captures"); len(caps.([]any)) != 0 {
		t.Errorf("failed match captures %v, want none", caps)
	}
}
