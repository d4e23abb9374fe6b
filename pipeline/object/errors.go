package object

import "fmt"

// Exception is a .NET exception: its full type name (which decides which
// catch clause takes it), its message, and what it wraps.
type Exception struct {
	// Type is the .NET full name, e.g.
	// "System.Management.Automation.CommandNotFoundException".
	Type    string
	Message string
	Inner   *Exception
	// Record is the ErrorRecord a RuntimeException carries (so that
	// $_.Exception.ErrorRecord works and a rethrow keeps it).
	Record *ErrorRecord
	// Thrown is the object given to `throw` when it was not an exception
	// (RuntimeException.TargetObject / $_.TargetObject).
	Thrown any
	// Props holds extra .NET properties of the exception (e.g. FileName,
	// ParamName) for $_.Exception.X.
	Props map[string]any
}

// Error returns the .NET Message so that a Go error chain prints what
// $_.Exception.Message would.
func (e *Exception) Error() string { return e.Message }

// NewException returns an exception of the given .NET type.
func NewException(typ, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{Type: typ, Message: msg}
}

// ErrorRecord is System.Management.Automation.ErrorRecord: what $Error,
// $_ in a catch block, and the error display use. As a Go error it is a
// terminating error.
type ErrorRecord struct {
	Exception             *Exception
	TargetObject          any
	FullyQualifiedErrorID string
	// CategoryInfo.
	Category   string // ErrorCategory name: "ObjectNotFound", "InvalidArgument", "NotSpecified", …
	Activity   string // usually the command name; "" means derive from the invocation
	Reason     string // usually the exception's short type name; "" means derive
	TargetName string
	TargetType string
	Invocation *InvocationInfo
	// ErrorDetails.Message replaces the exception message in display
	// when set.
	DetailsMessage string
	// ErrorDetails.RecommendedAction (Write-Error -RecommendedAction).
	RecommendedAction string
	// ScriptStackTrace as PowerShell builds it ("at <ScriptBlock>, …").
	ScriptStackTrace string
	// Stream-level fields: set when this record went through the error
	// stream so that $? and display know it was written (non-terminating).
	NonTerminating bool
	// Stopped marks a non-terminating error that -ErrorAction Stop (or
	// the preference) escalated: the ActionPreferenceStopException
	// PowerShell throws around it is what a catch clause may name.
	Stopped bool
	// AtStatement marks an error an expression raised: the interpreter
	// places it at the statement it ends (PowerShell's sequence point),
	// not at the operator or call inside it.
	AtStatement bool
	// InCmdlet marks a terminating error that stopped a cmdlet: 5.1's
	// ManageInvocationException carries it out of the cmdlet in a
	// CmdletInvocationException (whose ErrorRecord is still this one),
	// which a catch clause may name.
	InCmdlet bool
	// Escalated marks an error 'Stop' escalated whose Stopped mark an
	// advanced function's end cleared (for its caller the error is
	// statement-terminating): it still travels in an
	// ActionPreferenceStopException, which a catch clause may name.
	Escalated bool
	// Unsuppressible is RuntimeException.SuppressPromptInInterpreter: an
	// error that left a PowerShell class method, which
	// $ErrorActionPreference SilentlyContinue or Ignore cannot drop
	// (about_Error_Handling, "The $ErrorActionPreference asymmetry").
	Unsuppressible bool
}

// Error returns the text PowerShell shows first for the record:
// ErrorDetails.Message when set, else the exception's message.
func (r *ErrorRecord) Error() string {
	if r.DetailsMessage != "" {
		return r.DetailsMessage
	}
	if r.Exception != nil {
		return r.Exception.Message
	}
	return "error"
}

// NewError builds an ErrorRecord for exception ex with the given error id,
// category and target.
func NewError(ex *Exception, id, category string, target any) *ErrorRecord {
	r := &ErrorRecord{Exception: ex, FullyQualifiedErrorID: id, Category: category, TargetObject: target}
	if ex.Record == nil {
		ex.Record = r
	}
	return r
}

// InvocationInfo is where an error happened: the command, and the script
// position used for "At line:1 char:5" and the marker line.
type InvocationInfo struct {
	MyCommand  string // command name, "" for script code
	ScriptName string // script path, "" for interactive/-Command input
	Line       int    // 1-based
	Column     int    // 1-based, in characters
	LineText   string // the whole source line
	// MarkerLen is the number of characters the ~~~ marker spans on the
	// first line (at least 1).
	MarkerLen int
	// ExtentText is the source text of the whole extent (possibly several
	// lines) for multi-line markers.
	ExtentText string
	// InvocationName is the name the command was invoked by (an alias).
	InvocationName string
	// Application is set when the command is a program on disk: its
	// name prefixes the message ("git : …") but, as ErrorCategoryInfo
	// takes the activity only from cmdlets and scripts, CategoryInfo
	// shows "[]".
	Application bool
}
