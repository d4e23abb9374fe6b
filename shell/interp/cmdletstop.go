package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// cmdletStopped handles err, returned by a stage's begin, process or end
// block, when it is a terminating error that stopped a cmdlet (a Go
// command, not a function or script). Windows PowerShell's
// CommandProcessorBase.ManageInvocationException wraps such an exception
// in a CmdletInvocationException, except for an error a throw statement
// raised, one escalated by 'Stop' (ActionPreferenceStopException), and
// one already wrapped. The wrapper's ErrorRecord is a copy of the inner
// one placed at the cmdlet (SetInvocationInfo), so its
// FullyQualifiedErrorId names the cmdlet's type; its exception is still
// the inner one, and a catch clause may name CmdletInvocationException.
func (r *Runner) cmdletStopped(proc pipeline.Processor, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.InCmdlet || rec.Stopped || rec.Escalated || r.scriptTerm[rec] {
		return err
	}
	if _, ok := proc.(interface{ Call() *pipeline.Call }); !ok {
		return err
	}
	if ex := rec.Exception; ex != nil && (dotnet.ExceptionIs(ex.Type, stopExceptionType) ||
		dotnet.ExceptionIs(ex.Type, "System.Management.Automation.PipelineStoppedException")) {
		return err
	}
	c := proc.(interface{ Call() *pipeline.Call }).Call()
	if c == nil || c.Info == nil {
		return err
	}
	w := *rec
	w.InCmdlet = true
	w.FullyQualifiedErrorID = baseErrorID(rec.FullyQualifiedErrorID) + "," + c.Info.ErrorSuffix()
	if c.Invocation != nil {
		w.Invocation = c.Invocation
	}
	return &w
}

// baseErrorID is a FullyQualifiedErrorId without the ",<command type>"
// an earlier invocation gave it.
func baseErrorID(id string) string {
	if i := strings.IndexByte(id, ','); i > 0 {
		if rest := id[i+1:]; strings.Contains(rest, ".") && !strings.ContainsAny(rest, " ,") {
			return id[:i]
		}
	}
	return id
}
