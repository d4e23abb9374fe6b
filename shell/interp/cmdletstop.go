package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// cmdletStopped marks err, returned by a stage's begin, process or end
// block, when it is a terminating error that stopped a cmdlet (a Go
// command, not a function or script). Windows PowerShell's
// CommandProcessorBase.ManageInvocationException wraps such an exception
// in a CmdletInvocationException, except for an error a throw statement
// raised, one escalated by 'Stop' (ActionPreferenceStopException), and
// one already wrapped. The record itself is unchanged, as the wrapper's
// ErrorRecord is the inner one: only which catch clauses match changes.
func (r *Runner) cmdletStopped(proc pipeline.Processor, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.InCmdlet || rec.Stopped || r.scriptTerm[rec] {
		return err
	}
	if _, ok := proc.(interface{ Call() *pipeline.Call }); !ok {
		return err
	}
	if ex := rec.Exception; ex != nil && (dotnet.ExceptionIs(ex.Type, stopExceptionType) ||
		dotnet.ExceptionIs(ex.Type, "System.Management.Automation.PipelineStoppedException")) {
		return err
	}
	rec.InCmdlet = true
	return err
}
