package interp

import (
	"strings"

	"cspsh/pipeline/object"
)

// setTopInvocation makes the global $MyInvocation describe one line of
// command-line input, as Windows PowerShell does: its MyCommand is a
// ScriptInfo named by the text typed, so an error written at the prompt
// reads `Write-Error "Access denied." : Access denied.`. Input of several
// lines (a script piped on standard input) keeps the plain invocation.
func (r *Runner) setTopInvocation(src string) {
	text := strings.TrimRight(src, "\r\n \t")
	mk := func() any { return (&callFrame{}).invocationInfo() }
	if text != "" && !strings.ContainsAny(text, "\r\n") {
		mk = func() any { return topInvocation(text) }
	}
	vr := r.define(r.global, "MyInvocation")
	vr.Value = nil
	vr.get = func() any {
		v := mk()
		vr.get = nil
		vr.Value = v
		return v
	}
}

const scriptInfoType = "System.Management.Automation.ScriptInfo"

// topInvocation is $MyInvocation for a line of input text.
func topInvocation(text string) *object.PSObject {
	o := (&callFrame{}).invocationInfo()
	cmd := object.NewObject(scriptInfoType, "System.Management.Automation.CommandInfo", "System.Object")
	cmd.SetProp("Name", text)
	cmd.SetProp("CommandType", "Script")
	cmd.SetProp("Definition", text)
	cmd.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	o.SetProp("MyCommand", cmd)
	if inv, ok := o.Base.(*object.InvocationInfo); ok {
		inv.MyCommand = text
	}
	return o
}
