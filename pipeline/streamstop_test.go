package pipeline

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestWriteWarningStop: -WarningAction Stop shows the warning, then stops
// the command with ActionPreferenceStop reported against it (reason
// ParentContainsErrorRecordException), as 5.1 does.
func TestWriteWarningStop(t *testing.T) {
	rt := newFakeRT()
	c := &Call{Info: &CommandInfo{Name: "Write-Warning"}, Rt: rt, WarningAction: Stop}
	err := c.WriteWarning("careful")
	if len(rt.streams) != 1 || rt.streams[0] != "careful" {
		t.Errorf("streams %v, want the warning shown first", rt.streams)
	}
	rec, ok := err.(*object.ErrorRecord)
	if !ok {
		t.Fatalf("err %#v", err)
	}
	if rec.FullyQualifiedErrorID != "ActionPreferenceStop,"+c.Info.ErrorSuffix() ||
		rec.Reason != "ParentContainsErrorRecordException" || rec.Activity != "Write-Warning" ||
		rec.Exception.Type != "System.Management.Automation.ActionPreferenceStopException" {
		t.Errorf("record id=%q reason=%q activity=%q type=%q", rec.FullyQualifiedErrorID, rec.Reason, rec.Activity, rec.Exception.Type)
	}
	want := `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: careful`
	if rec.Exception.Message != want {
		t.Errorf("message %q", rec.Exception.Message)
	}
}
