package format

import (
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

func TestStreamText(t *testing.T) {
	tests := []struct {
		kind  pipeline.StreamKind
		rec   any
		color bool
		want  string
	}{
		{pipeline.WarningStream, "disk low", false, "WARNING: disk low\n"},
		{pipeline.VerboseStream, NewStreamRecord(pipeline.VerboseStream, "step 1"), false, "VERBOSE: step 1\n"},
		{pipeline.DebugStream, "x", false, "DEBUG: x\n"},
		{pipeline.WarningStream, "w", true, "\x1b[93mWARNING: w\x1b[0m\n"},
		{pipeline.InformationStream, NewInformationRecord(&HostMessage{Message: "hi", NoNewLine: true}, []string{"PSHOST"}, "Write-Host"), false, "hi"},
		{pipeline.InformationStream, NewInformationRecord(&HostMessage{Message: "hi", ForegroundColor: "Green"}, []string{"PSHOST"}, "Write-Host"), true, "\x1b[92mhi\x1b[0m\n"},
		{pipeline.InformationStream, NewInformationRecord("note", nil, "Write-Information"), false, "note\n"},
	}
	for _, tc := range tests {
		if got := StreamText(tc.kind, tc.rec, tc.color); got != tc.want {
			t.Errorf("StreamText(%v, %v) = %q, want %q", tc.kind, tc.rec, got, tc.want)
		}
	}
}

func TestStreamRecordInOutput(t *testing.T) {
	// A warning merged into the output (3>&1) shows with its prefix, on
	// its own line even in the middle of a table.
	got := render(t, 120, obj("a", "x"), NewStreamRecord(pipeline.WarningStream, "careful"), obj("a", "y"))
	want := "\na\n-\nx\nWARNING: careful\ny\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestInformationRecordInOutput(t *testing.T) {
	// Write-Host text merged into the output (6>&1) shows as its text.
	rec := NewInformationRecord(&HostMessage{Message: "hello"}, []string{"PSHOST"}, "Write-Host")
	if got := render(t, 120, rec); got != "hello\n" {
		t.Errorf("got %q", got)
	}
}

func TestStreamRecordToString(t *testing.T) {
	// "$record" of a merged stream record is its message, as .NET's
	// InformationalRecord.ToString() and InformationRecord.ToString() are.
	tests := []struct {
		rec  any
		want string
	}{
		{NewStreamRecord(pipeline.WarningStream, "careful"), "careful"},
		{NewStreamRecord(pipeline.VerboseStream, "step"), "step"},
		{NewInformationRecord(&HostMessage{Message: "host text"}, []string{"PSHOST"}, "Write-Host"), "host text"},
		{NewInformationRecord(42, nil, "Write-Information"), "42"},
		{NewInformationRecord(nil, nil, "Write-Information"), InformationRecordType},
	}
	for _, tc := range tests {
		o := tc.rec.(*object.PSObject)
		got, err := o.Member("ToString").Call(nil)
		if err != nil || got != tc.want {
			t.Errorf("ToString() = %v, %v; want %q", got, err, tc.want)
		}
	}
}
