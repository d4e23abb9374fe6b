package format

import (
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestHostMessageData: Write-Host's record carries a
// HostInformationMessage, which the console still shows in colour and
// without a line end under -NoNewline.
func TestHostMessageData(t *testing.T) {
	tests := []struct {
		msg        *HostMessage
		fg, bg     string // "" for $null
		noNewLine  bool
		streamText string
	}{
		{&HostMessage{Message: "plain"}, "", "", false, "plain\n"},
		{&HostMessage{Message: "red", ForegroundColor: "Red"}, "Red", "", false, "red\n"},
		{&HostMessage{Message: "on", BackgroundColor: "White", NoNewLine: true}, "", "White", true, "on"},
	}
	for _, tc := range tests {
		rec := NewInformationRecord(tc.msg, []string{"PSHOST"}, "Write-Host")
		data, _ := rec.Prop("MessageData")
		o, ok := data.(*object.PSObject)
		if !ok || o.TypeName() != hostInformationMessageType {
			t.Fatalf("%q: MessageData is %T", tc.msg.Message, data)
		}
		if m, _ := o.Prop("Message"); m != tc.msg.Message {
			t.Errorf("Message = %v", m)
		}
		for name, want := range map[string]string{"ForegroundColor": tc.fg, "BackgroundColor": tc.bg} {
			v, _ := o.Prop(name)
			if got := dotnet.ToString(v); got != want || (want == "") != (v == nil) {
				t.Errorf("%q: %s = %v, want %q", tc.msg.Message, name, v, want)
			}
		}
		if b, _ := o.Prop("NoNewLine"); b != tc.noNewLine {
			t.Errorf("NoNewLine = %v", b)
		}
		if got := StreamText(pipeline.InformationStream, rec, false); got != tc.streamText {
			t.Errorf("StreamText = %q, want %q", got, tc.streamText)
		}
	}
}
