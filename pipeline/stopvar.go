package pipeline

import "cspsh/pipeline/object"

// A cmdlet's error that the 'Stop' action escalates is not written: the
// command throws ActionPreferenceStopException instead, and that
// exception, not the ErrorRecord, is what its -ErrorVariable receives
// (about_CommonParameters; $err[0].GetType().Name is
// ActionPreferenceStopException, $err[0].ErrorRecord the error).
// $Error and a catch clause's $_ still see the ErrorRecord.

// stopException is the ActionPreferenceStopException around rec, with
// the message CommandBaseStrings.ErrorPreferenceStop gives it.
func stopException(rec *object.ErrorRecord) *object.Exception {
	ex := object.NewException("System.Management.Automation.ActionPreferenceStopException",
		"The running command stopped because the preference variable \"%s\" or common parameter is set to Stop: %s",
		"ErrorActionPreference", rec.Error())
	ex.Record = rec
	return ex
}

// errorVarEntry is what -ErrorVariable keeps for a terminating error.
func errorVarEntry(rec *object.ErrorRecord) any {
	if rec.Stopped {
		return stopException(rec)
	}
	return rec
}

// holdsError reports whether l already keeps rec, itself or inside the
// exception that stopped the command.
func holdsError(l *object.List, rec *object.ErrorRecord) bool {
	for i := len(l.Items) - 1; i >= 0; i-- {
		switch x := l.Items[i].(type) {
		case *object.ErrorRecord:
			if x == rec {
				return true
			}
		case *object.Exception:
			if x.Record == rec {
				return true
			}
		}
	}
	return false
}
