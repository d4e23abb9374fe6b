package interp

import (
	"path/filepath"

	"cspsh/pipeline/object"
)

// callFrame holds what an invocation of a function, script or script block
// knows about itself. The automatic variables built from it ($args,
// $input, $PSBoundParameters, $MyInvocation, $PSCmdlet) are made only when
// the body reads them, so a plain call costs no maps.
type callFrame struct {
	args     []any
	input    []any
	bound    *object.Hashtable
	name     string // the command's name ("" for a script block)
	invName  string // the name it was invoked by
	script   string // the script file holding the call site
	line     int
	lineText string
	posMsg   string
	cmdlet   *psCmdlet
	unbound  []any
}

// frameNames are the variables a frame can materialize.
var frameNames = map[string]bool{
	"args": true, "input": true, "psboundparameters": true, "myinvocation": true, "pscmdlet": true,
}

// materialize creates the automatic variable lname in s from the frame.
func (f *callFrame) materialize(s *Scope, lname string) *Variable {
	var v *Variable
	switch lname {
	case "args":
		args := f.args
		if args == nil {
			args = []any{}
		}
		v = &Variable{Name: "args", Value: args}
	case "input":
		in := f.input
		if in == nil {
			in = []any{}
		}
		v = &Variable{Name: "input", Value: in}
	case "psboundparameters":
		if f.bound == nil {
			f.bound = object.NewHashtable(false)
		}
		v = &Variable{Name: "PSBoundParameters", Value: f.bound}
	case "myinvocation":
		v = &Variable{Name: "MyInvocation", Value: f.invocationInfo()}
	case "pscmdlet":
		if f.cmdlet == nil {
			return nil
		}
		v = &Variable{Name: "PSCmdlet", Value: f.cmdlet.object()}
	default:
		return nil
	}
	if s.vars == nil {
		s.vars = make(map[string]*Variable, 4)
	}
	s.vars[lname] = v
	return v
}

// invocationInfo builds $MyInvocation.
func (f *callFrame) invocationInfo() *object.PSObject {
	o := object.NewObject("System.Management.Automation.InvocationInfo", "System.Object")
	cmd := object.NewObject("System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo", "System.Object")
	cmdName := f.name
	if cmdName == "" && f.script != "" {
		cmdName = filepath.Base(f.script)
	}
	cmd.SetProp("Name", cmdName)
	cmd.SetProp("CommandType", "Function")
	cmd.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return cmdName, nil }})
	o.SetProp("MyCommand", cmd)
	if f.bound == nil {
		f.bound = object.NewHashtable(false)
	}
	o.SetProp("BoundParameters", f.bound)
	unbound := f.unbound
	if unbound == nil {
		unbound = []any{}
	}
	o.SetProp("UnboundArguments", unbound)
	o.SetProp("ScriptLineNumber", int32(f.line))
	o.SetProp("OffsetInLine", int32(0))
	o.SetProp("HistoryId", int32(1))
	o.SetProp("ScriptName", f.script)
	o.SetProp("Line", f.lineText)
	o.SetProp("PositionMessage", f.posMsg)
	root := ""
	if f.script != "" {
		root = filepath.Dir(f.script)
	}
	o.SetProp("PSScriptRoot", root)
	o.SetProp("PSCommandPath", f.script)
	o.SetProp("InvocationName", f.invName)
	o.SetProp("PipelineLength", int32(1))
	o.SetProp("PipelinePosition", int32(1))
	o.SetProp("ExpectingInput", f.input != nil)
	o.SetProp("CommandOrigin", "Runspace")
	return o
}
