package output

import (
	"io"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/format"
)

func outDefault() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Out-Default",
		Module: "Microsoft.PowerShell.Core",
		Params: []*pipeline.ParamDecl{
			withHelp(param("Transcript", "switch"), "Sends the output only to the transcript."),
			inputObject("The objects to show."),
		},
		Synopsis:    "Sends the output to the default formatter and the console.",
		Description: "Out-Default formats its input the way the shell shows the results of every command line: each type with its view, tables for objects with few properties and lists for the others, then writes the text to the console. The shell adds it to the end of each pipeline itself.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Show objects explicitly", Code: "Get-CsCertificate | Out-Default", Remarks: "Shows the certificates exactly as the command alone would."},
		},
		Begin:   beginHost,
		Process: processHost,
		End:     endHost,
	}
}

func outHost() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Out-Host",
		Module: "Microsoft.PowerShell.Core",
		Params: []*pipeline.ParamDecl{
			withHelp(param("Paging", "switch"), "Accepted for compatibility; the output is not paged."),
			inputObject("The objects to show."),
		},
		Synopsis:    "Sends output to the console.",
		Description: "Out-Host formats its input as Out-Default does and writes it to the console, even in the middle of a pipeline or script whose output is captured.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Show while assigning", Code: "$c = Get-CsCertificate; $c | Out-Host", Remarks: "Shows the certificates held in $c."},
		},
		Begin:   beginHost,
		Process: processHost,
		End:     endHost,
	}
}

// hostWriter sends formatted text to the console.
type hostWriter struct{ h pipeline.Host }

// Write passes the text on to the host.
func (w hostWriter) Write(p []byte) (int, error) {
	w.h.Write(string(p))
	return len(p), nil
}

func beginHost(c *pipeline.Call) error {
	var dst io.Writer = hostWriter{c.Rt.Host()}
	if c.Switch("Transcript") {
		// Only a transcript would receive it; the console does not.
		dst = io.Discard
	}
	// The console's last column is never written (5.1's
	// ConsoleLineOutput), as for the shell's own Out-Default.
	w := format.NewWriter(dst, textWidth(c))
	w.LookupVar = lookupVar(c)
	c.State = w
	return nil
}

func processHost(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok {
		return nil
	}
	return c.State.(*format.Writer).Write(in)
}

func endHost(c *pipeline.Call) error {
	return c.State.(*format.Writer).Close()
}

func outString() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Out-String",
		Params: []*pipeline.ParamDecl{
			widthParam("The number of characters in each line; longer text is cut or wrapped as the console would. The default is one less than the console width (119 when output is redirected)."),
			withHelp(param("Stream", "switch"), "Sends each line as its own string instead of one string for all the output."),
			inputObject("The objects to turn into text."),
		},
		Synopsis:    "Sends objects to the host as a series of strings.",
		Description: "Out-String formats its input exactly as the console would show it and outputs the text: one string for everything, or one string per line with -Stream.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Capture a table as text", Code: "$text = Get-CsCertificate | Format-Table Use, Thumbprint | Out-String", Remarks: "$text holds the table as one string."},
			{Title: "Example 2: Search the formatted lines", Code: "Get-CsCertificate | Out-String -Stream | Select-String Thumbprint", Remarks: "Each line is a string that Select-String can test."},
		},
		Outputs: "System.String",
		Begin:   beginString,
		Process: processString,
		End:     endString,
	}
}

// stringState is Out-String's writer and collected text.
type stringState struct {
	w      *format.Writer
	sb     strings.Builder
	stream bool
	lines  []string
}

func beginString(c *pipeline.Call) error {
	width := textWidth(c)
	if n, ok := c.Get("Width").(int32); ok && n > 0 {
		width = int(n)
	}
	st := &stringState{stream: c.Switch("Stream")}
	if st.stream {
		st.w = format.NewLineWriter(width, func(l string) { st.lines = append(st.lines, l) })
	} else {
		st.w = format.NewWriter(&st.sb, width)
	}
	st.w.LookupVar = lookupVar(c)
	c.State = st
	return nil
}

func processString(c *pipeline.Call) error {
	st := c.State.(*stringState)
	in, ok := c.Current()
	if !ok {
		return nil
	}
	if err := st.w.Write(in); err != nil {
		return err
	}
	return st.flushLines(c)
}

// flushLines sends the finished lines (-Stream).
func (st *stringState) flushLines(c *pipeline.Call) error {
	lines := st.lines
	st.lines = nil
	for _, l := range lines {
		if err := c.Out(l); err != nil {
			return err
		}
	}
	return nil
}

func endString(c *pipeline.Call) error {
	st := c.State.(*stringState)
	if err := st.w.Close(); err != nil {
		return err
	}
	if st.stream {
		return st.flushLines(c)
	}
	return c.Out(st.sb.String())
}

func outNull() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Out-Null",
		Module: "Microsoft.PowerShell.Core",
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to discard."),
		},
		Synopsis:    "Hides the output instead of sending it down the pipeline or displaying it.",
		Description: "Out-Null discards its input: nothing is displayed and nothing is passed on. Errors still reach the error stream.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Discard a result", Code: "$list = New-Object System.Collections.ArrayList; $list.Add('a') | Out-Null", Remarks: "Add returns the new index; Out-Null keeps it off the screen."},
		},
		Process: func(c *pipeline.Call) error { return nil },
	}
}
