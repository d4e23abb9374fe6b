package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// findHandler picks the catch clause (or trap) that takes rec, the way
// Windows PowerShell's ExceptionHandlingOps.FindMatchingHandler and
// ProcessTraps do: the exception the error wraps (InnerException) is
// looked up first, then the error's own exception; for one exception an
// exact type beats a base type, which beats a catch-all, whatever the
// clause order. clauses lists each clause's type names (none: catch-all).
// It returns the clause index, or -1, and the record $_ holds in the
// clause: PowerShell builds it with `new ErrorRecord(rte.ErrorRecord,
// matched)`, so a [System.FormatException] clause sees the FormatException
// itself ("String was not recognized as a valid DateTime."), not the
// MethodInvocationException around it.
func findHandler(rec *object.ErrorRecord, clauses [][]string) (int, *object.ErrorRecord) {
	rte := rec.Exception
	rteType := runtimeExceptionType
	if rte != nil {
		rteType = rte.Type
	}
	idx := -1
	var matched *object.Exception
	if rte != nil && rte.Inner != nil {
		idx, matched = handlerByType(rte.Inner.Type, clauses), rte.Inner
	}
	if idx == -1 || len(clauses[idx]) == 0 {
		idx, matched = handlerByType(rteType, clauses), rte
	}
	if idx == -1 {
		// cspsh nests some wrappers deeper than .NET does (an escalated
		// cmdlet error); a clause naming any exception of the chain
		// still takes the error, as before.
		for i, types := range clauses {
			for _, t := range types {
				if exceptionMatches(rec, resolvedName(t)) {
					return i, rec
				}
				if (rec.Stopped || rec.Escalated) && dotnet.ExceptionIs(stopExceptionType, resolvedName(t)) {
					// The error 'Stop' escalated travels in an
					// ActionPreferenceStopException, which a clause
					// may name; $_ is still the error itself.
					return i, rec
				}
				if rec.InCmdlet && dotnet.ExceptionIs(cmdletInvocationType, resolvedName(t)) {
					// The error left a cmdlet in a
					// CmdletInvocationException; $_ is the error.
					return i, rec
				}
			}
		}
		return -1, nil
	}
	if matched == nil || matched == rte {
		return idx, rec
	}
	seen := *rec
	seen.Exception = matched
	return idx, &seen
}

// stopExceptionType carries an error escalated by -ErrorAction Stop.
const stopExceptionType = "System.Management.Automation.ActionPreferenceStopException"

// cmdletInvocationType carries an error that stopped a cmdlet.
const cmdletInvocationType = "System.Management.Automation.CmdletInvocationException"

// handlerByType is FindMatchingHandlerByType: the first clause naming
// exType exactly, else the first naming one of its base types, else the
// first catch-all; -1 when none.
func handlerByType(exType string, clauses [][]string) int {
	for i, types := range clauses {
		for _, t := range types {
			if strings.EqualFold(resolvedName(t), exType) {
				return i
			}
		}
	}
	for i, types := range clauses {
		for _, t := range types {
			if dotnet.ExceptionIs(exType, resolvedName(t)) {
				return i
			}
		}
	}
	for i, types := range clauses {
		if len(types) == 0 {
			return i
		}
	}
	return -1
}

// resolvedName is the full .NET name a catch or trap type literal names
// ("FormatException" → "System.FormatException").
func resolvedName(t string) string {
	if tv, ok := dotnet.ResolveType(t); ok {
		return tv.FullName
	}
	return t
}

// caughtAs remembers, while a catch clause runs, which error its $_ copy
// stands for, so that a bare `throw` rethrows the error itself (as
// PowerShell's rethrow of the caught exception does).
func (r *Runner) caughtAs(seen, rec *object.ErrorRecord) {
	if seen == rec {
		return
	}
	if r.caught == nil {
		r.caught = map[*object.ErrorRecord]*object.ErrorRecord{}
	}
	r.caught[seen] = rec
}

// rethrown is the error a bare `throw` with $_ = seen raises.
func (r *Runner) rethrown(seen *object.ErrorRecord) *object.ErrorRecord {
	if rec, ok := r.caught[seen]; ok {
		return rec
	}
	return seen
}
