package data

import (
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// measureState is what Measure-Command keeps between blocks: the time
// spent in the script block so far and whether it has run.
type measureState struct {
	elapsed time.Duration
	ran     bool
}

// measureCommand is Measure-Command: it runs a script block (once, or
// once per piped object with $_ set), discards the block's output, and
// returns how long that took as a TimeSpan.
func measureCommand() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Measure-Command",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			{Name: "Expression", Type: "scriptblock", Help: "The script block to time. Its output is discarded.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true}}},
			{Name: "InputObject", Type: "psobject", Help: "Objects piped to the script block as $_.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1, ValueFromPipeline: true}}},
		},
		Synopsis:    "Measures the time it takes to run script blocks and cmdlets.",
		Description: "Measure-Command runs the script block, discards its output, and returns the elapsed time as a TimeSpan object. With pipeline input the block runs once for each object, which it sees as $_.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Time a command", Code: "Measure-Command { Get-CsCertificate }", Remarks: "Shows how long the command took."},
			{Title: "Example 2: Time each input", Code: "1..3 | Measure-Command { $_ * 2 }", Remarks: "Runs the block three times and reports the total."},
		},
		Begin: func(c *pipeline.Call) error {
			c.State = &measureState{}
			return nil
		},
		Process: func(c *pipeline.Call) error {
			if !c.HasInput {
				return nil
			}
			return measureRun(c, pipeline.InvokeOptions{DollarUnder: c.Input, UseDollarUnder: true})
		},
		End: func(c *pipeline.Call) error {
			st := c.State.(*measureState)
			if !st.ran {
				if err := measureRun(c, pipeline.InvokeOptions{}); err != nil {
					return err
				}
			}
			return c.Out(object.TimeSpan(st.elapsed.Nanoseconds() / 100))
		},
	}
}

// measureRun runs the expression once, adding its duration.
func measureRun(c *pipeline.Call, opt pipeline.InvokeOptions) error {
	st := c.State.(*measureState)
	sb, _ := c.Get("Expression").(object.ScriptBlock)
	if sb == nil {
		return nil
	}
	opt.Output = func(any) error { return nil }
	start := time.Now()
	_, err := c.Rt.Invoke(sb, opt)
	st.elapsed += time.Since(start)
	st.ran = true
	return err
}
