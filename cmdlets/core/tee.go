package core

import (
	"bytes"
	"os"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// teeObject is Tee-Object: it passes its input on and also saves it in a
// file (as formatted text) or a variable.
func teeObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Tee-Object",
		Module:     utility,
		DefaultSet: "File",
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to save and pass on."),
			withHelp(param("FilePath", "string", must("File", 0)), "The file that receives the formatted output.", "Path"),
			withHelp(param("LiteralPath", "string", must("LiteralFile", -1)), "The file, taken literally.", "PSPath", "LP"),
			withHelp(param("Append", "switch", named("File"), named("LiteralFile")), "Adds to the end of the file instead of replacing it."),
			withHelp(param("Variable", "string", must("Variable", -1)), "The variable (name without $) that receives the objects."),
		},
		Synopsis:    "Saves command output in a file or variable and also sends it down the pipeline.",
		Description: "Tee-Object writes each input object to the pipeline and also keeps it: in a variable, or as the formatted text Out-File would write (UTF-8 here) in a file.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Keep a copy in a file", Code: "Get-CsCertificate | Tee-Object -FilePath C:\\Test\\certs.txt", Remarks: "Shows the certificates and writes them to the file."},
			{Title: "Example 2: Keep a copy in a variable", Code: "1..3 | Tee-Object -Variable nums | Measure-Object", Remarks: "$nums holds 1, 2 and 3."},
		},
		Outputs: "System.Management.Automation.PSObject",
		Begin:   teeBegin,
		Process: teeProcess,
		End:     teeEnd,
	}
}

type teeState struct {
	items []any
	path  string // the host path of the file, created at Begin
	shown string // the path as given
}

// teeBegin opens the file before any object passes, as Tee-Object's
// Out-File does: a path it cannot open ends the command with nothing
// written to the pipeline.
func teeBegin(c *pipeline.Call) error {
	st := &teeState{}
	c.State = st
	// Tee-Object has no -WhatIf of its own, but it works through
	// Set-Variable and Out-File, which honour $WhatIfPreference: inside
	// a function called with -WhatIf they only say what they would do
	// (Tee-Object Example 5).
	if v, ok := c.Rt.GetVar("WhatIfPreference"); ok && dotnet.ToBool(v) {
		c.WhatIf = true
	}
	if c.Has("Variable") {
		return nil
	}
	p := c.String("FilePath")
	if c.Has("LiteralPath") {
		p = c.String("LiteralPath")
	}
	full, err := paths.Resolve(c.Rt.Session(), p)
	if err != nil {
		return c.Fail(object.ExceptionOf(err), "FileOpenFailure", "OpenError", p)
	}
	if !c.ShouldProcess(p, "Output to File") {
		return nil
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if c.Switch("Append") {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(full, flag, 0o644)
	if err != nil {
		return c.Fail(object.NewException("System.IO.DirectoryNotFoundException",
			"Could not find a part of the path '%s'.", full), "FileOpenFailure", "OpenError", p)
	}
	// Closed again at once, so that a pipeline stopped early leaves no
	// file open; End appends the formatted output.
	st.path, st.shown = full, p
	return f.Close()
}

func teeProcess(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok {
		return nil
	}
	st := c.State.(*teeState)
	st.items = append(st.items, in)
	return c.Out(in)
}

func teeEnd(c *pipeline.Call) error {
	st := c.State.(*teeState)
	if c.Has("Variable") {
		name, val := c.String("Variable"), object.Collapse(st.items)
		if !c.ShouldProcess("Name: "+name+" Value: "+dotnet.ToString(val), "Set variable") {
			return nil
		}
		return c.Rt.SetVar(name, val, "")
	}
	if st.path == "" {
		return nil
	}
	p := st.shown
	var buf bytes.Buffer
	w := format.NewWriter(&buf, c.Rt.Host().Width())
	for _, it := range st.items {
		if err := w.Write(it); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	f, err := os.OpenFile(st.path, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return c.Fail(object.ExceptionOf(err), "FileOpenFailure", "OpenError", p)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return c.Fail(object.ExceptionOf(err), "FileWriteFailure", "WriteError", p)
	}
	return f.Close()
}
