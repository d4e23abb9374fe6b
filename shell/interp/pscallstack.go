package interp

import (
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

const callStackFrameType = "System.Management.Automation.CallStackFrame"

// callStackViewOnce registers the CallStackFrame view the first time
// Get-PSCallStack runs, so a session that never asks pays nothing.
var callStackViewOnce sync.Once

// getPSCallStackCmd is Get-PSCallStack (Microsoft.PowerShell.Utility):
// the running functions, scripts and script blocks as CallStackFrame
// objects, innermost first. It lives here because only the interpreter
// knows its activations.
func getPSCallStackCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-PSCallStack", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Utility",
		TypeName:    "Microsoft.PowerShell.Commands.GetPSCallStackCommand",
		Outputs:     callStackFrameType,
		Synopsis:    "Displays the current call stack.",
		Description: "Returns one CallStackFrame per running function, script and script block, innermost first, ending with the frame of the command line or script that started them. Usable in a script or function outside the debugger.",
		Examples: []pipeline.Example{
			{Code: "function Get-Inner { Get-PSCallStack }\nfunction Get-Outer { Get-Inner }\nGet-Outer", Remarks: "Shows Get-Inner, then Get-Outer, then the <ScriptBlock> frame of the command line, with their arguments and locations."},
		},
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			callStackViewOnce.Do(registerCallStackView)
			for _, f := range rt.callStack(c.Invocation) {
				if err := c.Out(f); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// registerCallStackView adds PowerShellCore.format.ps1xml's table view of
// CallStackFrame: Command, Arguments, Location.
func registerCallStackView() {
	format.RegisterView(callStackFrameType, &format.View{Name: "CallStackFrame", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Command", Property: "Command"},
		{Label: "Arguments", Property: "Arguments"},
		{Label: "Location", Property: "Location"},
	}})
}

// callStack builds the frames for a Get-PSCallStack called at here: one
// per running activation, innermost first, each at the line it is
// running (the innermost at here, each caller at its call to the next),
// then the <ScriptBlock> frame of the top-level text when a received
// line or a profile (rather than a script file) started them.
func (r *Runner) callStack(here *object.InvocationInfo) []any {
	var frames []any
	at := here
	for i := len(r.stack) - 1; i >= 0; i-- {
		a := r.stack[i]
		name := "<ScriptBlock>"
		if k := a.opts.kind; (k == pipeline.KindFunction || k == pipeline.KindFilter) && a.opts.name != "" {
			name = a.opts.name
		}
		name += blockSuffix(a)
		script := ""
		if a.code != nil && a.code.file != nil {
			script = a.code.file.Name
		}
		var inv *object.PSObject
		if a.frame != nil {
			inv = a.frame.invocationInfo()
		}
		fr := newCallStackFrame(name, script, at, inv, a.frame)
		addFrameVariables(fr, a.scope, a.scope != r.global)
		frames = append(frames, fr)
		at = nil
		if a.opts.at != nil {
			at = a.opts.at.info()
		}
	}
	if top := r.topText; top != nil {
		fr := newCallStackFrame("<ScriptBlock>", top.Name, at, (&callFrame{}).invocationInfo(), nil)
		addFrameVariables(fr, r.global, false)
		frames = append(frames, fr)
	}
	return frames
}

// blockSuffix is what PowerShell appends to the function name of a
// frame running one of the begin, process and end blocks written out
// (an unnamed body, a filter's included, has none).
func blockSuffix(a *activation) string {
	if a.code == nil || !a.code.named || a.running == nil {
		return ""
	}
	switch a.running {
	case a.code.begin:
		return "<Begin>"
	case a.code.process:
		if a.code.ast != nil && a.code.ast.Process != nil && a.code.ast.Process.Unnamed {
			return ""
		}
		return "<Process>"
	case a.code.end:
		if a.code.ast != nil && a.code.ast.End != nil && a.code.ast.End.Unnamed {
			return ""
		}
		return "<End>"
	}
	return ""
}

// newCallStackFrame is one CallStackFrame: the .NET properties
// (ScriptName, ScriptLineNumber, InvocationInfo, Position, FunctionName)
// after the ones types.ps1xml adds (Command, Location, Arguments).
func newCallStackFrame(fn, script string, at *object.InvocationInfo, inv *object.PSObject, f *callFrame) *object.PSObject {
	line := 0
	if at != nil {
		line = at.Line
	}
	o := object.NewObject(callStackFrameType, "System.Object")
	var scriptName any
	if script != "" {
		scriptName = script
	}
	location := "<No file>"
	if script != "" {
		location = filepath.Base(strings.ReplaceAll(script, `\`, "/")) + ": line " + strconv.Itoa(line)
	}
	// Command: the invoked command's name, or the function name when
	// the command has none (a script block, the command line).
	command := fn
	if inv != nil {
		if mc, ok := inv.Prop("MyCommand"); ok {
			if cmd, ok := mc.(*object.PSObject); ok {
				if n, ok := cmd.Prop("Name"); ok {
					if s, ok := n.(string); ok && s != "" {
						command = s
					}
				}
			}
		}
	}
	o.SetProp("Command", command)
	o.SetProp("Location", location)
	o.SetProp("Arguments", frameArguments(f))
	// The CallStackFrame class's own properties, typed as Get-Member
	// shows them.
	prop := func(name, typ string, v any) {
		o.Add(&object.Member{Name: name, Kind: object.Property, Value: v, Type: typ})
	}
	prop("ScriptName", "string", scriptName)
	prop("ScriptLineNumber", "int", int32(line))
	var invValue any
	if inv != nil {
		invValue = inv
	}
	prop("InvocationInfo", "System.Management.Automation.InvocationInfo", invValue)
	var pos any
	if at != nil && at.Line > 0 {
		pos = scriptExtent(script, at)
	}
	prop("Position", "System.Management.Automation.Language.IScriptExtent", pos)
	prop("FunctionName", "string", fn)
	o.Add(&object.Member{Name: "GetScriptLocation", Kind: object.Method, Type: "string GetScriptLocation()", Call: func([]any) (any, error) { return location, nil }})
	shown := "<No file>"
	if script != "" {
		shown = script
	}
	text := "at " + fn + ", " + shown + ": line " + strconv.Itoa(line)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o
}

// addFrameVariables gives a frame GetFrameVariables(): a dictionary of
// the variables local to the frame's scope, by name, as PSVariable
// objects. A call's variables are copied now: the first parameters'
// variables live in the activation, which the next call reuses once this
// one returns. The global scope's are read when asked for, so that its
// values made on first read ($Host, $PSVersionTable) are not made here.
func addFrameVariables(o *object.PSObject, s *Scope, copyNow bool) {
	type snapshot struct {
		name, desc, opts string
		value            any
	}
	var vars []snapshot
	var live []*Variable
	if s != nil {
		s.vars.each(func(_ string, v *Variable) {
			if copyNow {
				vars = append(vars, snapshot{v.Name, v.Description, v.Options.String(), v.value()})
			} else {
				live = append(live, v)
			}
		})
	}
	o.Add(&object.Member{Name: "GetFrameVariables", Kind: object.Method, Type: "System.Collections.Generic.Dictionary[string,psvariable] GetFrameVariables()", Call: func([]any) (any, error) {
		h := object.NewHashtable(false)
		for _, v := range live {
			vars = append(vars, snapshot{v.Name, v.Description, v.Options.String(), v.value()})
		}
		live = nil
		for _, n := range vars {
			pv := object.NewObject("System.Management.Automation.PSVariable", "System.Object")
			pv.SetProp("Name", n.name)
			pv.SetProp("Value", n.value)
			pv.SetProp("Description", n.desc)
			pv.SetProp("Options", n.opts)
			h.Set(n.name, pv)
		}
		return h, nil
	}})
}

// frameArguments is the Arguments property types.ps1xml gives a frame:
// "{" then each bound parameter as Name=value (the value only when it
// is true as a condition), then each unbound argument (or $null when it
// is false), joined by ", ", then "}".
func frameArguments(f *callFrame) string {
	var b strings.Builder
	b.WriteByte('{')
	if f != nil {
		bound := f.boundTable()
		for _, k := range bound.Keys() {
			if b.Len() > 1 {
				b.WriteString(", ")
			}
			b.WriteString(dotnet.ToString(k))
			b.WriteByte('=')
			if v, _ := bound.Get(k); dotnet.ToBool(v) {
				b.WriteString(dotnet.ToStringOFS(v, " "))
			}
		}
		for _, v := range f.unboundArgs() {
			if b.Len() > 1 {
				b.WriteString(", ")
			}
			if dotnet.ToBool(v) {
				b.WriteString(dotnet.ToStringOFS(v, " "))
			} else {
				b.WriteString("$null")
			}
		}
	}
	b.WriteByte('}')
	return b.String()
}

// scriptExtent is CallStackFrame.Position: the extent of the command the
// frame is running, shown as its text.
func scriptExtent(script string, at *object.InvocationInfo) *object.PSObject {
	text := at.ExtentText
	endLine, endCol := at.Line, at.Column
	for _, r := range text {
		if r == '\n' {
			endLine, endCol = endLine+1, 1
			continue
		}
		if r != '\r' {
			endCol++
		}
	}
	o := object.NewObject("System.Management.Automation.Language.InternalScriptExtent", "System.Object")
	o.SetProp("File", script)
	o.SetProp("StartLineNumber", int32(at.Line))
	o.SetProp("StartColumnNumber", int32(at.Column))
	o.SetProp("EndLineNumber", int32(endLine))
	o.SetProp("EndColumnNumber", int32(endCol))
	o.SetProp("Text", text)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o
}

// enterTopText makes f the file a top-level Run runs, for the bottom frame of
// Get-PSCallStack; the restore function puts the previous one back.
func (r *Runner) enterTopText(f *syntax.File) (restore func()) {
	prev := r.topText
	r.topText = f
	return func() { r.topText = prev }
}
