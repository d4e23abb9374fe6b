package output

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func writeProgress() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Write-Progress",
		Params: []*pipeline.ParamDecl{
			withHelp(param("Activity", "string", must(pipeline.AllSets, 0)), "The activity being reported."),
			withHelp(param("Status", "string", at(pipeline.AllSets, 1)), "The state of the activity (\"Processing\" by default)."),
			withHelp(param("Id", "int", at(pipeline.AllSets, 2)), "Tells apart several progress bars."),
			withHelp(rangeParam("PercentComplete", -1, 100), "How far the activity has got, from 0 to 100 (-1: unknown)."),
			withHelp(param("SecondsRemaining", "int"), "The estimated time left."),
			withHelp(param("CurrentOperation", "string"), "The operation under way."),
			withHelp(param("ParentId", "int"), "The progress bar this one belongs under."),
			withHelp(param("Completed", "switch"), "Removes the progress bar."),
			withHelp(param("SourceId", "int"), "The source of the record."),
		},
		Synopsis:    "Displays a progress bar within a PowerShell command window.",
		Description: "Write-Progress draws a one-line progress bar on the terminal's standard error. Nothing is drawn when standard error is not a terminal or $ProgressPreference is SilentlyContinue, so redirected output stays clean.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A loop with progress", Code: "for ($i = 1; $i -le 100; $i++) { Write-Progress -Activity 'Checking' -Status \"$i% done\" -PercentComplete $i }", Remarks: "Draws the bar as the loop runs."},
			{Title: "Example 2: Remove the bar", Code: "Write-Progress -Activity 'Checking' -Completed", Remarks: "Clears the line."},
		},
		Process: progressProcess,
	}
}

// progressWidth is the number of cells of the bar itself.
const progressWidth = 30

func progressProcess(c *pipeline.Call) error {
	if pref, ok := c.Rt.GetVar("ProgressPreference"); ok {
		switch strings.ToLower(dotnet.ToString(pref)) {
		case "silentlycontinue", "ignore":
			return nil
		case "stop":
			// about_Preference_Variables: Stop shows no bar but an
			// error, and stops (ActionPreferenceStopException, whose
			// message ends with the activity).
			ex := object.NewException("System.Management.Automation.ActionPreferenceStopException",
				"The running command stopped because the preference variable \"ProgressPreference\" or common parameter is set to Stop: %s",
				c.String("Activity"))
			rec := c.Fail(ex, "ActionPreferenceStop", "OperationStopped", nil)
			rec.Reason = "ParentContainsErrorRecordException"
			return rec
		}
	}
	h := c.Rt.Host()
	if h == nil || !h.Color(2) {
		return nil
	}
	sess := c.Rt.Session()
	if c.Switch("Completed") {
		h.WriteErr("\r\x1b[K")
		sess.ShowProgress(false)
		return nil
	}
	h.WriteErr("\r\x1b[K" + progressLine(c, h.Width()))
	sess.ShowProgress(true)
	return nil
}

// progressLine is "Activity: Status [=====>     ] 42%", cut to the width.
func progressLine(c *pipeline.Call, width int) string {
	status := c.String("Status")
	if !c.Has("Status") {
		status = "Processing"
	}
	line := c.String("Activity") + ": " + status
	if op := c.String("CurrentOperation"); op != "" {
		line += " (" + op + ")"
	}
	if pc, ok := c.Get("PercentComplete").(int32); ok && pc >= 0 {
		if pc > 100 {
			pc = 100
		}
		done := int(pc) * progressWidth / 100
		bar := strings.Repeat("=", done)
		if done < progressWidth {
			bar += ">" + strings.Repeat(" ", progressWidth-done-1)
		}
		line += fmt.Sprintf(" [%s] %d%%", bar, pc)
	}
	if s, ok := c.Get("SecondsRemaining").(int32); ok && s >= 0 {
		line += fmt.Sprintf(" %d:%02d:%02d remaining", s/3600, s/60%60, s%60)
	}
	if r := []rune(line); width > 1 && len(r) > width-1 {
		line = string(r[:width-1])
	}
	return line
}

// rangeParam declares an int parameter with [ValidateRange(lo, hi)], which
// the binder checks and reports in PowerShell's words.
func rangeParam(name string, lo, hi int32) *pipeline.ParamDecl {
	p := param(name, "int")
	p.ValidateRange = &pipeline.Range{Min: lo, Max: hi}
	return p
}
