package data

import (
	"time"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
)

// startSleep is Start-Sleep.
func startSleep() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Start-Sleep",
		Module:     utility,
		DefaultSet: "Seconds",
		Params: []*pipeline.ParamDecl{
			// 5.1 takes whole seconds (ValidateRange 0 to int.MaxValue/1000);
			// PowerShell 7's fractions are kept on top.
			inRange(&pipeline.ParamDecl{Name: "Seconds", Type: "double", Help: "How long to wait, in seconds.",
				Sets: []pipeline.SetBinding{{Set: "Seconds", Position: 0, Mandatory: true, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}}, 0, 2147483),
			inRange(&pipeline.ParamDecl{Name: "Milliseconds", Type: "int", Aliases: []string{"ms"}, Help: "How long to wait, in milliseconds.",
				Sets: []pipeline.SetBinding{{Set: "Milliseconds", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true}}}, 0, 1<<31-1),
		},
		Synopsis:    "Suspends the activity in a script or session for the specified period of time.",
		Description: "Start-Sleep waits for the given number of seconds or milliseconds before the next command runs. Ctrl-C ends the wait.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Wait", Code: "Start-Sleep -Seconds 2", Remarks: "Waits two seconds."},
			{Title: "Example 2: Short wait", Code: "Start-Sleep -Milliseconds 250", Remarks: "Waits a quarter of a second."},
		},
		Process: func(c *pipeline.Call) error {
			var d time.Duration
			if c.SetName == "Milliseconds" {
				n, _ := objutil.ToInt(c.Get("Milliseconds"))
				d = time.Duration(n) * time.Millisecond
			} else {
				in := c.Get("Seconds")
				if c.HasInput {
					in = c.Input
				}
				f, _ := objutil.ToDouble(in)
				d = time.Duration(f * float64(time.Second))
			}
			if d <= 0 {
				return nil
			}
			var stop <-chan struct{}
			if in, ok := c.Rt.(pipeline.Interrupter); ok {
				stop = in.Interrupted()
			}
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-t.C:
			case <-stop:
			}
			return nil
		},
	}
}
