package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// The execution policy commands. A lab shell runs every script, so the
// policy only matters to scripts that read or set it: the session keeps
// the value set, starting from RemoteSigned, Windows Server's default.

var executionPolicies = []string{"Unrestricted", "RemoteSigned", "AllSigned", "Restricted", "Default", "Bypass", "Undefined"}

var executionPolicyEnum = &pipeline.EnumType{FullName: "Microsoft.PowerShell.ExecutionPolicy", Values: executionPolicies}

// getExecutionPolicyCmd is Get-ExecutionPolicy.
func getExecutionPolicyCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-ExecutionPolicy", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Security",
		TypeName: "Microsoft.PowerShell.Commands.GetExecutionPolicyCommand",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Scope", "string").At(pipeline.AllSets, 0).Describe("Accepted for compatibility: every scope reports the session's policy."),
			pipeline.NewParam("List", "switch").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Gets the execution policies for the current session.",
		Description: "Reports the policy Set-ExecutionPolicy last set in this session (RemoteSigned at first). The shell runs scripts whatever the policy.",
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			return c.Out(rt.executionPolicy())
		},
	}
}

// setExecutionPolicyCmd is Set-ExecutionPolicy.
func setExecutionPolicyCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-ExecutionPolicy", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Security",
		TypeName:              "Microsoft.PowerShell.Commands.SetExecutionPolicyCommand",
		SupportsShouldProcess: true,
		Params: []*pipeline.ParamDecl{
			func() *pipeline.ParamDecl {
				p := pipeline.NewParam("ExecutionPolicy", "Microsoft.PowerShell.ExecutionPolicy").Must(pipeline.AllSets, 0)
				p.Enum = executionPolicyEnum
				return p.Describe("The policy.")
			}(),
			pipeline.NewParam("Scope", "string").At(pipeline.AllSets, 1).Describe("Accepted for compatibility."),
			pipeline.NewParam("Force", "switch").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Sets the PowerShell execution policies.",
		Description: "Records the policy for Get-ExecutionPolicy; the shell runs scripts whatever the policy.",
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			p := dotnet.ToString(c.Get("ExecutionPolicy"))
			if !c.ShouldProcess(p, "Set-ExecutionPolicy") {
				return nil
			}
			rt.policy = p
			return nil
		},
	}
}

func (r *Runner) executionPolicy() string {
	if r.policy == "" {
		return "RemoteSigned"
	}
	return r.policy
}
