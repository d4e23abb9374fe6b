package interp

import (
	"errors"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// Types of the exceptions the interpreter raises itself.
const (
	runtimeExceptionType  = "System.Management.Automation.RuntimeException"
	cmdNotFoundType       = "System.Management.Automation.CommandNotFoundException"
	pipelineStoppedType   = "System.Management.Automation.PipelineStoppedException"
	parseExceptionType    = "System.Management.Automation.ParseException"
	psInvalidOperationTyp = "System.Management.Automation.PSInvalidOperationException"
)

// invocationAt builds the InvocationInfo for the span of n in f: what the
// error display turns into "At line:1 char:5" and the ~~~ marker.
func invocationAt(f *syntax.File, start, stop syntax.Pos) *object.InvocationInfo {
	if f == nil || start < 0 {
		return &object.InvocationInfo{}
	}
	line, col := f.Position(start)
	text := f.Line(line)
	if stop < start {
		stop = start
	}
	if int(stop) > len(f.Src) {
		stop = syntax.Pos(len(f.Src))
	}
	extent := f.Src[start:stop]
	first := extent
	if i := strings.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	marker := len([]rune(first))
	if marker < 1 {
		marker = 1
	}
	return &object.InvocationInfo{
		ScriptName: f.Name,
		Line:       line,
		Column:     col,
		LineText:   text,
		MarkerLen:  marker,
		ExtentText: extent,
	}
}

// site is a compiled node's position, kept so errors can be placed.
type site struct {
	file        *syntax.File
	start, stop syntax.Pos
}

func siteOf(f *syntax.File, n syntax.Node) site {
	if n == nil {
		return site{file: f, start: -1}
	}
	return site{file: f, start: n.Pos(), stop: n.End()}
}

func (s site) info() *object.InvocationInfo { return invocationAt(s.file, s.start, s.stop) }

// wrap turns err into a terminating ErrorRecord placed at s. Control flow
// and records that already know where they happened pass through.
func (s site) wrap(err error) error {
	if err == nil {
		return nil
	}
	switch e := err.(type) {
	case *object.ErrorRecord:
		if e.Invocation == nil {
			e.Invocation = s.info()
		}
		return e
	case *object.Exception:
		rec := e.Record
		if rec == nil || rec.Exception != e {
			rec = recordFor(e)
		}
		if rec.Invocation == nil {
			rec.Invocation = s.info()
		}
		return rec
	case flowError:
		return err
	}
	var rec *object.ErrorRecord
	if errors.As(err, &rec) {
		if rec.Invocation == nil {
			rec.Invocation = s.info()
		}
		return rec
	}
	var ex *object.Exception
	if errors.As(err, &ex) {
		return s.wrap(ex)
	}
	rec = recordFor(object.NewException(runtimeExceptionType, "%s", err.Error()))
	rec.Invocation = s.info()
	return rec
}

// wrapStmt is wrap for an error an expression raises: PowerShell reports
// it at the enclosing statement (the sequence point it last passed),
// which the statement loop fills in; until then it is placed at s.
func (s site) wrapStmt(err error) error {
	if err == nil {
		return nil
	}
	placed := false
	switch e := err.(type) {
	case *object.ErrorRecord:
		placed = e.Invocation != nil
	case *object.Exception:
		placed = e.Record != nil && e.Record.Invocation != nil
	}
	werr := s.wrap(err)
	if rec, ok := werr.(*object.ErrorRecord); ok && !placed && rec.Invocation != nil {
		rec.AtStatement = true
	}
	return werr
}

// recordFor builds the ErrorRecord PowerShell makes for an exception
// raised by an expression: the error id is the exception's short type
// name unless the exception says otherwise.
func recordFor(ex *object.Exception) *object.ErrorRecord {
	if !dotnet.ExceptionIs(ex.Type, runtimeExceptionType) {
		// An expression's .NET exception surfaces as a RuntimeException
		// wrapping it ("InvalidArgument: (:) [], RuntimeException").
		w := &object.Exception{Type: runtimeExceptionType, Message: ex.Message, Inner: ex, Props: ex.Props, Thrown: ex.Thrown}
		id := dotnet.ShortName(ex.Type)
		if v, ok := ex.Props["ErrorId"].(string); ok && v != "" {
			id = v
		}
		w.Props = map[string]any{"ErrorId": id}
		if v, ok := ex.Props["Category"].(string); ok {
			w.Props["Category"] = v
		}
		ex = w
	}
	id := dotnet.ShortName(ex.Type)
	if v, ok := ex.Props["ErrorId"].(string); ok && v != "" {
		id = v
	}
	cat := "NotSpecified"
	if v, ok := ex.Props["Category"].(string); ok && v != "" {
		cat = v
	}
	rec := &object.ErrorRecord{Exception: ex, FullyQualifiedErrorID: id, Category: cat}
	if ex.Record == nil {
		ex.Record = rec
	}
	if ex.Thrown != nil {
		rec.TargetObject = ex.Thrown
	}
	return rec
}

// newRuntimeError builds a RuntimeException record with PowerShell's
// error id and category, e.g. ("InvokeMethodOnNull", "InvalidOperation").
func newRuntimeError(msg, id, category string) *object.ErrorRecord {
	ex := object.NewException(runtimeExceptionType, "%s", msg)
	return object.NewError(ex, id, category, nil)
}

// Messages the interpreter raises, in PowerShell's words.
const (
	msgNullMethod   = "You cannot call a method on a null-valued expression."
	msgNullIndex    = "Cannot index into a null array."
	msgNotRecog     = "The term '%s' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."
	msgStopped      = "The pipeline has been stopped."
	msgVarNotSet    = "The variable '$%s' cannot be retrieved because it has not been set."
	msgRecursion    = "The script failed due to call depth overflow."
	msgPropNotFound = "The property '%s' cannot be found on this object. Verify that the property exists and can be set."
)

// commandNotFound is the error for an unknown command name.
func commandNotFound(name string) *object.ErrorRecord {
	ex := object.NewException(cmdNotFoundType, msgNotRecog, name)
	ex.Props = map[string]any{"CommandName": name}
	rec := object.NewError(ex, "CommandNotFoundException", "ObjectNotFound", name)
	rec.TargetName = name
	rec.TargetType = "String"
	return rec
}

// notFoundAt places the command-not-found error at s. Windows PowerShell
// shows the unknown command as the name it was invoked by, so the display starts
// with "Name : The term 'Name' is not recognized…".
func notFoundAt(s site, name string) error {
	rec := commandNotFound(name)
	rec.Invocation = s.info()
	rec.Invocation.InvocationName = name
	return rec
}

// errStopped is the PipelineStoppedException raised by Interrupt.
func errStopped() *object.ErrorRecord {
	ex := object.NewException(pipelineStoppedType, msgStopped)
	return object.NewError(ex, "PipelineStopped", "OperationStopped", nil)
}

// IsStopped reports whether err is the stop raised by Interrupt. A
// cmdlet's own error may carry a PipelineStoppedException too (Format-Table
// -View with an unknown view: FormatViewNotFound); that one is an ordinary
// terminating error, which catch and $Error see.
func IsStopped(err error) bool {
	var rec *object.ErrorRecord
	return errors.As(err, &rec) && rec.Exception != nil && rec.Exception.Type == pipelineStoppedType &&
		baseErrorID(rec.FullyQualifiedErrorID) == "PipelineStopped"
}

// asRecord returns err as an ErrorRecord when it is a terminating error
// (not control flow).
func asRecord(err error) (*object.ErrorRecord, bool) {
	if rec, ok := err.(*object.ErrorRecord); ok {
		return rec, true
	}
	if ct, ok := err.(*cmdletTermination); ok {
		return ct.rec, true
	}
	if _, ok := err.(flowError); ok {
		return nil, false
	}
	if ex, ok := err.(*object.Exception); ok {
		return recordFor(ex), true
	}
	var rec *object.ErrorRecord
	if errors.As(err, &rec) {
		return rec, true
	}
	return nil, false
}
