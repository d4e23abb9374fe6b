package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

const (
	setScriptBlock = "ScriptBlockSet"
	setMember      = "PropertyAndMethodSet"
	setParallel    = "ParallelParameterSet"
)

// forEachObject is ForEach-Object: it runs script blocks for every input
// object in the caller's scope, or reads a property / calls a method of
// each.
func forEachObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ForEach-Object",
		Module:     "Microsoft.PowerShell.Core",
		DefaultSet: setScriptBlock,
		// -WhatIf/-Confirm gate -MemberName's reads and calls.
		SupportsShouldProcess: true,
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to process.", setScriptBlock, setMember, setParallel),
			withHelp(param("Begin", "scriptblock", named(setScriptBlock)), "A script block run once before the first input object."),
			withHelp(param("Process", "scriptblock[]", must(setScriptBlock, 0)), "The script block run for each input object; $_ is the object."),
			withHelp(param("End", "scriptblock", named(setScriptBlock)), "A script block run once after the last input object."),
			withHelp(param("RemainingScripts", "scriptblock[]", named(setScriptBlock)), "Further script blocks: with -Process they form begin, process and end blocks."),
			withHelp(param("MemberName", "string", must(setMember, 0)), "The property to read or the method to call on each object."),
			// The binder has one remaining-arguments parameter per command, so
			// ArgumentList collects the extra positional values of both forms:
			// method arguments, or (in the script block form) further blocks.
			withHelp(&pipeline.ParamDecl{Name: "ArgumentList", Type: "object[]", Aliases: []string{"Args"}, ValueFromRemainingArguments: true,
				Sets: []pipeline.SetBinding{named(setMember), named(setScriptBlock)}}, "The arguments of the method named by -MemberName."),
			withHelp(param("Parallel", "scriptblock", must(setParallel, -1)), "A script block run for each input object in its own scope (one at a time here)."),
			withHelp(param("ThrottleLimit", "int", named(setParallel)), "How many blocks may run at once."),
			withHelp(param("TimeoutSeconds", "int", named(setParallel)), "How long to wait for the blocks."),
			withHelp(param("UseNewRunspace", "switch", named(setParallel)), "Runs every block in a new runspace."),
		},
		Synopsis:    "Runs an operation against each item in a collection of input objects.",
		Description: "ForEach-Object runs a script block for every object that reaches it through the pipeline, with $_ holding the object. The blocks run in the caller's scope, so variables they set stay set. -Begin and -End run once around the input. With a member name instead of a script block it outputs that property of each object, or calls that method with -ArgumentList.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Divide integers", Code: "30000, 56798, 12432 | ForEach-Object -Process {$_/1024}", Remarks: "Divides each number by 1024."},
			{Title: "Example 2: Accumulate", Code: "1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { \"Sum: $sum\" }", Remarks: "Prints Sum: 10."},
			{Title: "Example 3: Read a property", Code: "Get-CsCertificate | ForEach-Object Thumbprint", Remarks: "Outputs the thumbprint of each certificate."},
			{Title: "Example 4: Call a method", Code: "'a.b', 'c.d' | ForEach-Object Split .", Remarks: "Splits each string on the dot."},
		},
		Outputs: "System.Object",
		Begin:   forEachBegin,
		Process: forEachProcess,
		End:     forEachEnd,
	}
}

type forEachState struct {
	scripts    []object.ScriptBlock
	start, end int
	endScript  object.ScriptBlock
}

func forEachBegin(c *pipeline.Call) error {
	if c.SetName == setMember || c.SetName == setParallel {
		return nil
	}
	st := &forEachState{}
	c.State = st
	// The blocks form one list, as ForEachObjectCommand's setters build
	// it: -Begin goes first (even when $null), then -Process and
	// -RemainingScripts in order, a $null argument as a nil entry.
	if c.Has("Begin") {
		sb, _ := c.Get("Begin").(object.ScriptBlock)
		st.scripts = append(st.scripts, sb)
	}
	for _, name := range []string{"Process", "RemainingScripts"} {
		if !c.Has(name) {
			continue
		}
		if v := c.Get(name); v == nil {
			st.scripts = append(st.scripts, nil)
		} else {
			st.scripts = append(st.scripts, scriptBlocks(v)...)
		}
	}
	if extra, ok := c.Get("ArgumentList").([]any); ok {
		for _, e := range extra {
			sb, ok := e.(object.ScriptBlock)
			if !ok && e != nil {
				return c.Fail(object.NewException("System.Management.Automation.ParameterBindingException",
					"Cannot bind parameter 'RemainingScripts'. Cannot convert the \"%s\" value of type \"%s\" to type \"System.Management.Automation.ScriptBlock\".",
					dotnet.ToString(e), dotnet.TypeName(e)), "CannotConvertArgumentNoMessage", "InvalidArgument", nil)
			}
			st.scripts = append(st.scripts, sb)
		}
	}
	// PowerShell's rule for the list: with two or more blocks the first
	// is the begin block; with three or more and no -End, the last is the
	// end block. A bound -End (even $null) keeps every block after the
	// first as a process block.
	n := len(st.scripts)
	st.start, st.end = 0, n
	if n > 1 {
		st.start = 1
	}
	if c.Has("End") {
		st.endScript, _ = c.Get("End").(object.ScriptBlock)
	} else if n > 2 {
		st.end = n - 1
		st.endScript = st.scripts[n-1]
	}
	if st.end >= 2 && st.scripts[0] != nil {
		return runBlock(c, st.scripts[0], nil, false)
	}
	return nil
}

// runBlock runs sb in the caller's scope, streaming its output.
// $_ is always set (to $null in begin and end blocks, as PowerShell
// passes AutomationNull there); with input, $input holds the object.
func runBlock(c *pipeline.Call, sb object.ScriptBlock, dollar any, withInput bool) error {
	opt := pipeline.InvokeOptions{DollarUnder: dollar, UseDollarUnder: true, Output: c.Out}
	if withInput {
		opt.Input, opt.HasInput = []any{dollar}, true
		// The block runs in the caller's scope, and so may the commands
		// its output streams into: put $_ back after each object passes
		// downstream, as PowerShell restores it when a block returns.
		opt.Output = func(v any) error {
			err := c.Out(v)
			_ = c.Rt.SetVar("_", dollar, "")
			_ = c.Rt.SetVar("PSItem", dollar, "")
			return err
		}
	}
	_, err := c.Rt.Invoke(sb, opt)
	return err
}

func forEachProcess(c *pipeline.Call) error {
	in, _ := c.Current()
	if in == object.Null {
		in = nil
	}
	if c.SetName == setMember {
		return forEachMember(c, in)
	}
	if c.SetName == setParallel {
		sb, _ := c.Get("Parallel").(object.ScriptBlock)
		if sb == nil {
			return nil
		}
		_, err := c.Rt.Invoke(sb, pipeline.InvokeOptions{DollarUnder: in, UseDollarUnder: true, NewScope: true, Output: c.Out})
		return err
	}
	st := c.State.(*forEachState)
	for i := st.start; i < st.end; i++ {
		if st.scripts[i] == nil {
			continue
		}
		if err := runBlock(c, st.scripts[i], in, true); err != nil {
			return err
		}
	}
	return nil
}

func forEachEnd(c *pipeline.Call) error {
	st, ok := c.State.(*forEachState)
	if !ok || st.endScript == nil {
		return nil
	}
	return runBlock(c, st.endScript, nil, false)
}

// forEachMember outputs a property of in, or calls a method of it.
func forEachMember(c *pipeline.Call, in any) error {
	name := c.String("MemberName")
	args, _ := c.Get("ArgumentList").([]any)
	if in == nil {
		return nil
	}
	name, rec := resolveMemberWildcard(c, in, name)
	if rec != nil {
		return c.WriteError(rec)
	}
	target := "InputObject: " + stringRepresentation(in)
	if !c.Has("ArgumentList") {
		if h, ok := objutil.Base(in).(*object.Hashtable); ok && h.Has(name) {
			if !c.ShouldProcess(target, "Retrieve the value for key '"+name+"'") {
				return nil
			}
			v, _ := h.Get(name)
			return emitEnumerated(c, v)
		}
		if objutil.HasProp(in, name) || hiddenProp(in, name) {
			if !c.ShouldProcess(target, "Retrieve the value for property '"+name+"'") {
				return nil
			}
			v, err := members.Get(in, name)
			if err != nil {
				return c.WriteError(errorFrom(err, "PropertyEvaluationException", "InvalidOperation", in))
			}
			return emitEnumerated(c, v)
		}
	}
	if !c.ShouldProcess(target, methodAction(name, args, c.Has("ArgumentList"))) {
		return nil
	}
	v, err := members.Call(in, name, args)
	if err != nil {
		if strings.Contains(err.Error(), "does not contain a method named") {
			if c.Has("ArgumentList") {
				// With arguments the name must be a method
				// (InternalCommandStrings.MethodNotFound).
				return c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
					"Input name \"%s\" cannot be resolved to a method.", name), "MethodNotFound", "InvalidArgument", in))
			}
			// Without strict mode a missing member yields $null, as
			// "x" | ForEach-Object { $_.Missing } would.
			return c.Out(nil)
		}
		return c.WriteError(errorFrom(err, "MethodInvocationError", "InvalidOperation", in))
	}
	if v == object.Null {
		return nil
	}
	return emitEnumerated(c, v)
}

// hiddenProp reports whether in is an object with a hidden property
// called name: -MemberName resolves names as $_.Name does, and hidden
// members stay accessible by name (about_Hidden).
func hiddenProp(in any, name string) bool {
	o, ok := in.(*object.PSObject)
	if !ok {
		return false
	}
	m := o.Member(name)
	return m != nil && m.Kind < object.Method
}

// emitEnumerated writes v, one element at a time when it is a collection.
func emitEnumerated(c *pipeline.Call, v any) error {
	if items, ok := dotnet.Enumerate(v); ok {
		return c.OutAll(items)
	}
	return c.Out(v)
}

// errorFrom turns an error from a script block or member call into an
// error record for c.
func errorFrom(err error, id, category string, target any) *object.ErrorRecord {
	switch e := err.(type) {
	case *object.ErrorRecord:
		return e
	case *object.Exception:
		return object.NewError(e, id, category, target)
	}
	return object.NewError(object.NewException("System.Exception", "%s", err.Error()), id, category, target)
}
