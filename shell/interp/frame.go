package interp

import (
	"path/filepath"

	"cspsh/pipeline"
	"cspsh/pipeline/format"

	"cspsh/pipeline/object"
)

// callFrame holds what an invocation of a function, script or script block
// knows about itself. The automatic variables built from it ($args,
// $input, $PSBoundParameters, $MyInvocation, $PSCmdlet) are made only when
// the body reads them, so a plain call costs no maps.
type callFrame struct {
	args  []any
	input []any
	bound *object.Hashtable
	// boundNames/boundVals hold the bound parameters until
	// $PSBoundParameters is read.
	boundNames []string
	boundVals  []any
	// posParams/posVals: parameters bound by position (the binder-free
	// path), in order.
	posParams []*paramCode
	posVals   []any
	// opts describe the call: the command's name, the name it was
	// invoked by, where (made into an InvocationInfo only when
	// $MyInvocation is read), the script's own path.
	opts    *invokeOpts
	cmdlet  *psCmdlet
	unbound []any
	// sb is the script block running, for the FunctionInfo that
	// $MyInvocation.MyCommand shows (myfunction.go).
	sb *ScriptBlock
}

// frameNames are the variables a frame can materialize.
var frameNames = []string{"args", "input", "psboundparameters", "myinvocation", "pscmdlet"}

// materialize creates the automatic variable lname in s from the frame.
func (f *callFrame) materialize(s *Scope, lname string) *Variable {
	var v *Variable
	switch lname {
	case "args":
		// A copy: the arguments may live in the call's pooled activation.
		args := append([]any{}, f.args...)
		v = &Variable{Name: "args", Value: args}
	case "input":
		in := f.input
		if in == nil {
			in = []any{}
		}
		v = &Variable{Name: "input", Value: inputEnumerator(in)}
	case "psboundparameters":
		v = &Variable{Name: "PSBoundParameters", Value: f.boundTable()}
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
	s.vars.put(lname, v)
	return v
}

// invocationInfo builds $MyInvocation.
func (f *callFrame) invocationInfo() *object.PSObject {
	o0 := f.opts
	if o0 == nil {
		o0 = &invokeOpts{}
	}
	inv := o0.invocation()
	if inv == nil {
		inv = &object.InvocationInfo{}
	}
	script := inv.ScriptName
	o := object.NewObject("System.Management.Automation.InvocationInfo", "System.Object")
	cmd := object.NewObject("System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo", "System.Object")
	cmdName := o0.name
	if cmdName == "" && script != "" {
		cmdName = filepath.Base(script)
	}
	cmd.SetProp("Name", cmdName)
	if o0.block != nil && o0.name == "" && o0.path == "" {
		// & { … }: a ScriptInfo without a name; an error it writes is
		// prefixed with the block's text (the NormalView of 5.1 shows
		// "$myinv.MyCommand.ScriptBlock.ToString() : ").
		cmdName = ""
		cmd.TypeNames = []string{"System.Management.Automation.ScriptInfo", "System.Management.Automation.CommandInfo", "System.Object"}
		cmd.SetProp("Name", "")
		cmd.SetProp("CommandType", "Script")
		cmd.SetProp("ScriptBlock", o0.block)
		cmd.SetProp("Definition", o0.block.String())
	} else if o0.path != "" {
		cmd.TypeNames = []string{"System.Management.Automation.ExternalScriptInfo", "System.Management.Automation.CommandInfo", "System.Object"}
		cmd.SetProp("CommandType", "ExternalScript")
		cmd.SetProp("Path", o0.path)
		cmd.SetProp("Definition", o0.path)
		cmd.SetProp("Source", o0.path)
		f.scriptInfoProps(cmd)
	} else if o0.kind == pipeline.KindFilter {
		// `filter f`: a FilterInfo, whose CommandType is Filter.
		cmd.TypeNames = []string{"System.Management.Automation.FilterInfo", "System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo", "System.Object"}
		cmd.SetProp("CommandType", "Filter")
		f.functionInfoProps(cmd, cmdName)
	} else {
		cmd.SetProp("CommandType", "Function")
		f.functionInfoProps(cmd, cmdName)
	}
	cmd.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return cmdName, nil }})
	o.SetProp("MyCommand", cmd)
	o.SetProp("BoundParameters", f.boundTable())
	o.SetProp("UnboundArguments", f.unboundArgs())
	o.SetProp("ScriptLineNumber", int32(inv.Line))
	o.SetProp("OffsetInLine", int32(inv.Column))
	o.SetProp("HistoryId", int32(1))
	o.SetProp("ScriptName", script)
	o.SetProp("Line", inv.LineText)
	o.SetProp("PositionMessage", positionMessage(inv))
	root := ""
	if script != "" {
		root = filepath.Dir(script)
	}
	o.SetProp("PSScriptRoot", root)
	o.SetProp("PSCommandPath", script)
	invName := o0.invName
	if invName == "" {
		invName = o0.name
	}
	o.SetProp("InvocationName", invName)
	o.SetProp("PipelineLength", int32(1))
	o.SetProp("PipelinePosition", int32(1))
	o.SetProp("ExpectingInput", f.input != nil)
	o.SetProp("CommandOrigin", "Runspace")
	// Shown as its type name, as .NET's default ToString does.
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return o.TypeNames[0], nil }})
	// The record form, for cmdlets that place errors at the caller's
	// invocation (Write-Error in a function shows "f : message").
	base := *inv
	base.MyCommand = cmdName
	if o0.path != "" {
		base.MyCommand = o0.path
	} else if o0.block != nil && o0.name == "" {
		base.MyCommand = o0.block.String()
	}
	base.InvocationName = invName
	o.Base = &base
	return o
}

// unboundArgs is InvocationInfo.UnboundArguments: the arguments no
// parameter took, which a function receives as $args. A copy: the
// arguments may live in the call's pooled activation.
func (f *callFrame) unboundArgs() []any {
	if len(f.unbound) > 0 {
		return append([]any{}, f.unbound...)
	}
	return append([]any{}, f.args...)
}

// bind records a bound parameter.
func (f *callFrame) bind(name string, v any) {
	if f.bound != nil {
		f.bound.Set(name, v)
		return
	}
	f.boundNames = append(f.boundNames, name)
	f.boundVals = append(f.boundVals, v)
}

// boundTable is $PSBoundParameters, built on first use.
func (f *callFrame) boundTable() *object.Hashtable {
	if f.bound == nil {
		f.bound = object.NewHashtable(false)
		f.bound.Dict = boundParametersType
		for i, p := range f.posParams {
			f.bound.Set(p.name, f.posVals[i])
		}
		for i, n := range f.boundNames {
			f.bound.Set(n, f.boundVals[i])
		}
		f.boundNames, f.boundVals = nil, nil
	}
	return f.bound
}

// positionMessage is InvocationInfo.PositionMessage.
func positionMessage(inv *object.InvocationInfo) string {
	if inv == nil || inv.Line == 0 {
		return ""
	}
	return format.PositionMessage(inv)
}
