package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// sinks says where each non-output stream goes at this point of the run;
// redirections (2>&1, 3>$null, *>file) install their own.
type sinks struct {
	// err receives error records that are shown (silent ones only reach
	// $Error).
	err                        func(rec *object.ErrorRecord)
	warn, verbose, debug, info func(v any)
	// silentInfo receives information records written under
	// SilentlyContinue: nothing by default, a 6> or 6>&1 redirection's
	// target when there is one.
	silentInfo func(v any)
}

// defaultSinks writes errors to stderr in $ErrorView and the other streams
// to the host with their prefixes, as the console host shows them.
func (r *Runner) defaultSinks() *sinks {
	text := func(kind pipeline.StreamKind) func(v any) {
		return func(v any) { r.host.Write(format.StreamText(kind, v, r.host.Color(1))) }
	}
	return &sinks{
		err: func(rec *object.ErrorRecord) {
			msg := format.ErrorViewWidth(rec, r.errorViewName(), r.host.Width())
			if r.host.Color(2) {
				msg = "\x1b[91m" + strings.TrimSuffix(msg, "\n") + "\x1b[0m\n"
			}
			r.host.WriteErr(msg)
		},
		warn:       text(pipeline.WarningStream),
		verbose:    text(pipeline.VerboseStream),
		debug:      text(pipeline.DebugStream),
		info:       text(pipeline.InformationStream),
		silentInfo: func(any) {},
	}
}

func (r *Runner) errorViewName() string {
	if v := r.global.local("errorview"); v != nil && v.value() != nil {
		return dotnet.ToString(v.value())
	}
	return "NormalView"
}

// Stream sends a record to a stream as the current redirections say.
func (r *Runner) Stream(kind pipeline.StreamKind, rec any) {
	s := r.sinks
	switch kind {
	case pipeline.ErrorStream:
		if er, ok := pipeline.SilentError(rec); ok {
			r.errCount++
			r.addError(er)
			return
		}
		if er, ok := rec.(*object.ErrorRecord); ok {
			r.writeError(er)
			return
		}
		if ex, ok := rec.(*object.Exception); ok {
			r.writeError(recordFor(ex))
		}
	case pipeline.WarningStream:
		s.warn(streamRecord(kind, rec))
	case pipeline.VerboseStream:
		s.verbose(streamRecord(kind, rec))
	case pipeline.DebugStream:
		s.debug(streamRecord(kind, rec))
	case pipeline.InformationStream:
		if v, ok := pipeline.SilentInformation(rec); ok {
			s.silentInfo(v)
			return
		}
		s.info(rec)
	case pipeline.OutputStream:
	}
}

// streamRecord wraps a message as a WarningRecord, VerboseRecord or
// DebugRecord (what 3>&1 puts in the output: an object with .Message).
func streamRecord(kind pipeline.StreamKind, v any) any {
	if o, ok := v.(*object.PSObject); ok {
		return o
	}
	return format.NewStreamRecord(kind, dotnet.ToString(v))
}

// writeError writes a non-terminating error (or a terminating one that
// nobody caught): it goes to $Error and to the error stream, and $? turns
// false.
func (r *Runner) writeError(rec *object.ErrorRecord) {
	r.errCount++
	r.addError(rec)
	r.sinks.err(rec)
}

// reportError shows a statement-terminating error nobody caught.
func (r *Runner) reportError(rec *object.ErrorRecord) {
	r.lastOK = false
	r.writeError(rec)
}

// addError records rec as the newest entry of $Error.
func (r *Runner) addError(rec *object.ErrorRecord) {
	if len(r.captures) > 0 {
		// A record written again ($PSCmdlet.WriteError of an earlier
		// error) joins the -ErrorVariable lists even though $Error
		// already holds it first; each list takes it once.
		r.captureError(rec)
	}
	items := r.errorVar.Items
	if len(items) > 0 && items[0] == rec {
		return
	}
	items = append(items, nil)
	copy(items[1:], items)
	items[0] = rec
	if len(items) > 256 {
		items = items[:256]
	}
	r.errorVar.Items = items
}

// eapStop reports whether $ErrorActionPreference is Stop.
func (r *Runner) eapStop() bool {
	p, ok := r.errorAction()
	return ok && p == pipeline.Stop
}

// errorAction is $ErrorActionPreference as seen from the current scope.
func (r *Runner) errorAction() (pipeline.ActionPreference, bool) {
	v := r.scope.find("erroractionpreference")
	if v == nil {
		return 0, false
	}
	return pipeline.ParseActionPreference(v.value())
}
