package interp

import (
	"strings"
	"sync"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// builtins are the commands the interpreter provides because they change
// the language or the session itself: Set-StrictMode, the module commands
// and the execution policy commands. Built on the first look-up. Not a
// lazy.Value: its initializer would name buildBuiltins, whose commands
// run scripts that look commands up here, an initialization cycle.
var (
	builtinsOnce sync.Once
	builtinsMap  map[string]*pipeline.CommandInfo
)

// builtins returns the table by lower-case command name.
func builtins() map[string]*pipeline.CommandInfo {
	builtinsOnce.Do(buildBuiltins)
	return builtinsMap
}

func buildBuiltins() {
	m := map[string]*pipeline.CommandInfo{}
	for _, ci := range []*pipeline.CommandInfo{
		setStrictModeCmd(),
		importModuleCmd(), getModuleCmd(), removeModuleCmd(),
		getExecutionPolicyCmd(), setExecutionPolicyCmd(),
		getPSCallStackCmd(),
	} {
		m[strings.ToLower(ci.Name)] = ci
	}
	builtinsMap = m
}

// setStrictModeCmd is Set-StrictMode.
func setStrictModeCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-StrictMode", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Core",
		TypeName:   "Microsoft.PowerShell.Commands.SetStrictModeCommand",
		DefaultSet: "Version",
		Params: []*pipeline.ParamDecl{
			// A [Version] with ArgumentToVersionTransformation in
			// PowerShell: bound as text here so "Latest" passes.
			withDisplayType(pipeline.NewParam("Version", "string").Must("Version", -1).Alias("v").Describe("1.0, 2.0, 3.0 or Latest: the rules to enforce."), "version"),
			pipeline.NewParam("Off", "switch").Must("Off", -1).Describe("Turns strict mode off."),
		},
		Synopsis:    "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
		Description: "Version 1.0 makes reading a variable that was never set an error; 2.0 also a reference to a property that does not exist; 3.0 (and Latest) also an index out of the bounds of an array.",
		Examples:    []pipeline.Example{{Code: "Set-StrictMode -Version Latest", Remarks: "Enforces every rule."}},
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			if c.Switch("Off") {
				rt.setStrict(0)
				return nil
			}
			major, ok := strictModeVersion(c.String("Version"))
			if !ok {
				ex := object.NewException("System.Management.Automation.PSArgumentOutOfRangeException",
					"Cannot validate argument on parameter 'Version'. The %s value is not valid. Specify a version from 1.0 through 3.0, or specify Latest.", c.String("Version"))
				return c.Fail(ex, "ParameterArgumentValidationError", "InvalidData", nil)
			}
			rt.setStrict(major)
			return nil
		},
	}
}
