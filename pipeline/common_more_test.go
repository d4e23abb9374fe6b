package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// -OutBuffer n sends objects on in batches of n+1 (about_CommonParameters);
// -PipelineVariable is cleared when the command begins and holds each
// object as it is sent.
func TestOutBufferAndPipelineVariable(t *testing.T) {
	produced := 0
	ci := &CommandInfo{Name: "Out-Numbers", Kind: KindCmdlet}
	ci.Process = func(c *Call) error {
		for i := int32(1); i <= 5; i++ {
			produced++
			if err := c.Out(i); err != nil {
				return err
			}
		}
		return nil
	}
	tests := []struct {
		buffer int32
		want   string // object@objects produced when it reached the next command
	}{
		{0, "1@1 2@2 3@3 4@4 5@5"},
		{1, "1@2 2@2 3@4 4@4 5@5"},
		{2, "1@3 2@3 3@3 4@5 5@5"},
		{9, "1@5 2@5 3@5 4@5 5@5"},
	}
	for _, tt := range tests {
		produced = 0
		rt := newFakeRT()
		rt.vars["pv"] = "old"
		b, err := Bind(ci, args(pn("OutBuffer"), val(tt.buffer), pn("PipelineVariable"), val("pv")), rt, false)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		p := NewProcessor(ci, b, rt, func(v any) error {
			if pv := rt.vars["pv"]; pv != v {
				t.Errorf("OutBuffer %d: $pv = %v while %v is sent", tt.buffer, pv, v)
			}
			got = append(got, fmt.Sprintf("%v@%d", v, produced))
			return nil
		})
		if err := p.Begin(); err != nil {
			t.Fatal(err)
		}
		if rt.vars["pv"] != nil {
			t.Errorf("OutBuffer %d: $pv not cleared at Begin: %v", tt.buffer, rt.vars["pv"])
		}
		if err := p.End(); err != nil {
			t.Fatal(err)
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("OutBuffer %d: got %q, want %q", tt.buffer, s, tt.want)
		}
	}
}

// -ErrorAction Ignore leaves no trace, not even in -ErrorVariable
// (MshCommandRuntime: "No trace of the error in the 'Ignore' case");
// SilentlyContinue still fills it; -InformationAction Ignore forgets the
// record for -InformationVariable too.
func TestIgnoreLeavesVariablesEmpty(t *testing.T) {
	ci := &CommandInfo{Name: "Write-Things", Kind: KindCmdlet}
	ci.Process = func(c *Call) error {
		if err := c.WriteInformation("info"); err != nil {
			return err
		}
		return c.WriteError(object.NewError(object.NewException("System.Exception", "bad"), "Bad", "InvalidData", nil))
	}
	tests := []struct {
		action        string
		errors, infos int
		shownErrors   int
	}{
		{"Ignore", 0, 0, 0},
		{"SilentlyContinue", 1, 1, 0},
		{"Continue", 1, 1, 1},
	}
	for _, tt := range tests {
		rt := newFakeRT()
		_, _, err := run(t, rt, ci, args(pn("ErrorAction"), val(tt.action), pn("InformationAction"), val(tt.action),
			pn("ErrorVariable"), val("ev"), pn("InformationVariable"), val("iv")))
		if err != nil {
			t.Fatal(err)
		}
		ev := rt.vars["ev"].(*object.List)
		iv := rt.vars["iv"].(*object.List)
		if len(ev.Items) != tt.errors || len(iv.Items) != tt.infos {
			t.Errorf("%s: ev %d iv %d, want %d and %d", tt.action, len(ev.Items), len(iv.Items), tt.errors, tt.infos)
		}
		shown := 0
		for _, s := range rt.streams {
			if _, ok := s.(*object.ErrorRecord); ok {
				shown++
			}
		}
		if shown != tt.shownErrors {
			t.Errorf("%s: %d errors shown, want %d", tt.action, shown, tt.shownErrors)
		}
	}
}

// ShouldProcess as DoShouldProcess: -WhatIf prints "What if: " and the
// description; -Verbose writes the description when no prompt is needed;
// -Confirm asks with the caption and the warning (or the fallback).
func TestShouldProcessMessages(t *testing.T) {
	ci := &CommandInfo{Name: "Remove-Thing", Kind: KindCmdlet, SupportsShouldProcess: true, ConfirmImpact: "Medium"}
	var did []bool
	three := false
	ci.Process = func(c *Call) error {
		if three {
			did = append(did, c.ShouldProcessDescribed("Deleting file x", "Delete file x?", "Delete file"))
		} else {
			did = append(did, c.ShouldProcess("x", "Remove"))
		}
		return nil
	}
	tests := []struct {
		three       bool
		args        []Arg
		interactive bool
		answers     []string
		wantDid     bool
		wantHost    string
		wantStream  string
		wantErr     string
	}{
		{false, args(pn("WhatIf")), false, nil, false, "What if: Performing the operation \"Remove\" on target \"x\".\n", "", ""},
		{true, args(pn("WhatIf")), false, nil, false, "What if: Deleting file x\n", "", ""},
		{false, args(pn("Verbose")), false, nil, true, "", "Performing the operation \"Remove\" on target \"x\".", ""},
		{false, args(pn("Confirm")), true, []string{"n"}, false,
			"\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation \"Remove\" on target \"x\".\n" +
				"[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): n\n", "", ""},
		{true, args(pn("Confirm")), true, []string{""}, true,
			"\nDelete file\nDelete file x?\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): \n", "", ""},
		// Nobody to ask: the console host's PromptForChoice fails, the
		// command stops with the NonInteractive error and does nothing.
		{false, args(pn("Confirm")), false, nil, false, "", "",
			"Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."},
	}
	for i, tt := range tests {
		rt := newFakeRT()
		rt.host.interactive = tt.interactive
		rt.host.answers = tt.answers
		three, did = tt.three, nil
		_, _, err := run(t, rt, ci, tt.args)
		if gotErr := fmt.Sprint(err); tt.wantErr == "" && err != nil || tt.wantErr != "" && !strings.Contains(gotErr, tt.wantErr) {
			t.Errorf("%d: error %v, want %q", i, err, tt.wantErr)
		}
		if len(did) != 1 || did[0] != tt.wantDid {
			t.Errorf("%d: ShouldProcess = %v, want %v", i, did, tt.wantDid)
		}
		if got := rt.host.out.String(); got != tt.wantHost {
			t.Errorf("%d: host got %q\nwant %q", i, got, tt.wantHost)
		}
		stream := ""
		for _, s := range rt.streams {
			if str, ok := s.(string); ok {
				stream += str
			}
		}
		if stream != tt.wantStream {
			t.Errorf("%d: streams %q, want %q", i, stream, tt.wantStream)
		}
	}
}

// ShouldContinue with the "to all" answers: a previous answer decides
// without asking; A and L set them.
func TestShouldContinueToAll(t *testing.T) {
	tests := []struct {
		yes, no               bool
		answer                string
		want, wantYes, wantNo bool
		asked                 bool
	}{
		{false, false, "y", true, false, false, true},
		{false, false, "a", true, true, false, true},
		{false, false, "n", false, false, false, true},
		{false, false, "l", false, false, true, true},
		{true, false, "", true, true, false, false},
		{false, true, "", false, false, true, false},
	}
	for i, tt := range tests {
		rt := newFakeRT()
		rt.host.interactive = true
		if tt.answer != "" {
			rt.host.answers = []string{tt.answer}
		}
		c := &Call{Info: &CommandInfo{Name: "Remove-Many"}, Rt: rt}
		got, yes, no := c.ShouldContinueToAll("Remove a?", "Confirm removal", tt.yes, tt.no)
		if got != tt.want || yes != tt.wantYes || no != tt.wantNo {
			t.Errorf("%d: got %v %v %v, want %v %v %v", i, got, yes, no, tt.want, tt.wantYes, tt.wantNo)
		}
		asked := strings.Contains(rt.host.out.String(), "Confirm removal\nRemove a?\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All")
		if asked != tt.asked {
			t.Errorf("%d: asked %v, want %v: %q", i, asked, tt.asked, rt.host.out.String())
		}
	}
}
