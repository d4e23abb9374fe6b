package pipeline

import (
	"fmt"
	"strings"

	"cspsh/pipeline/object"
)

// Call is one invocation of a Go cmdlet: its bound parameters, the current
// pipeline input, and the ways it writes to the streams.
type Call struct {
	Info *CommandInfo
	// Bound holds the bound parameters by declared name (exact case of
	// the declaration). Switches are bool.
	Bound map[string]any
	// SetName is the parameter set the binder resolved.
	SetName string
	// Input is the current pipeline object in Process; HasInput is false
	// when the command runs without pipeline input.
	Input    any
	HasInput bool
	// ExpectingInput is true when something is piped into the command.
	ExpectingInput bool
	Rt             Runtime
	// Invocation is where the command was called (for error records).
	Invocation *object.InvocationInfo
	// State is the cmdlet's own storage between Begin, Process and End.
	State any

	// Preferences resolved from common parameters and preference variables.
	ErrorAction       ActionPreference
	WarningAction     ActionPreference
	VerboseAction     ActionPreference
	DebugAction       ActionPreference
	InformationAction ActionPreference
	WhatIf            bool
	Confirm           bool

	// Emit sends one object downstream (set by whoever runs the call).
	Emit func(v any) error
	// Errors counts the non-terminating errors written (for $?).
	Errors int
	// VerboseFlag is set when -Verbose (or -Verbose:$true) was given to
	// this command: ShouldProcess then writes its description as a
	// verbose message when it proceeds without asking.
	VerboseFlag bool
	// yesToAll/noToAll remember the answers of the Confirm prompt.
	yesToAll, noToAll bool
	// promptErr is the NonInteractive error of a Confirm prompt nobody
	// could answer; the processor raises it when the command's block
	// returns, so the command stops without doing what it asked about.
	promptErr *object.ErrorRecord
	// faults are preference variables found holding a value a command
	// cannot use (unsupportedpref.go), raised when first needed.
	faults [faultCount]*prefFault
	// inquireAll remembers "Yes to All" for an Inquire preference, per
	// stream.
	inquireAll [InformationStream + 1]bool
	// sinks collect records for -ErrorVariable, -WarningVariable and
	// -InformationVariable (set by the processor).
	errSink  func(rec *object.ErrorRecord)
	warnSink func(msg any)
	infoSink func(v any)
}

// Out writes v to the output stream.
func (c *Call) Out(v any) error {
	if c.Emit == nil {
		return nil
	}
	return c.Emit(v)
}

// OutAll writes each element of vs to the output stream.
func (c *Call) OutAll(vs []any) error {
	for _, v := range vs {
		if err := c.Out(v); err != nil {
			return err
		}
	}
	return nil
}

// Has reports whether the parameter was bound.
func (c *Call) Has(name string) bool {
	_, ok := c.lookup(name)
	return ok
}

func (c *Call) lookup(name string) (any, bool) {
	if v, ok := c.Bound[name]; ok {
		return v, true
	}
	for k, v := range c.Bound {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return nil, false
}

// Get returns the bound value of a parameter (nil when unbound).
func (c *Call) Get(name string) any {
	v, _ := c.lookup(name)
	return v
}

// Switch returns a switch parameter's value.
func (c *Call) Switch(name string) bool {
	v, _ := c.lookup(name)
	b, _ := v.(bool)
	return b
}

// String returns a string parameter's value ("" when unbound).
func (c *Call) String(name string) string {
	v, _ := c.lookup(name)
	switch s := v.(type) {
	case string:
		return s
	case fmt.Stringer:
		return s.String()
	}
	return ""
}

// Strings returns a string[] parameter's value.
func (c *Call) Strings(name string) []string {
	v, _ := c.lookup(name)
	switch t := v.(type) {
	case []string:
		return t
	case string:
		return []string{t}
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			switch s := e.(type) {
			case string:
				out = append(out, s)
			case fmt.Stringer:
				out = append(out, s.String())
			}
		}
		return out
	case fmt.Stringer:
		return []string{t.String()}
	}
	return nil
}

// WriteError writes a non-terminating error, as the error action says:
// Stop turns it into a terminating error, which the cmdlet must return.
func (c *Call) WriteError(rec *object.ErrorRecord) error {
	if rec.Invocation == nil {
		rec.Invocation = c.Invocation
	}
	if rec.Activity == "" && c.Info != nil {
		rec.Activity = c.Info.Name
	}
	if err := c.prefFailure(faultError); err != nil {
		return err
	}
	c.Errors++
	if c.ErrorAction == Ignore {
		// MshCommandRuntime: "No trace of the error in the 'Ignore'
		// case" (neither $Error nor -ErrorVariable).
		return nil
	}
	if c.errSink != nil && c.ErrorAction != Stop {
		// Under Stop the list gets the exception that stops the
		// command, when the processor sees it (stopvar.go).
		c.errSink(rec)
	}
	switch c.ErrorAction {
	case Stop:
		rec.Stopped = true
		return rec
	case SilentlyContinue:
		rec.NonTerminating = true
		c.Rt.Stream(ErrorStream, silent{rec})
		return nil
	case Inquire:
		// The error's message is the question; Halt stops the command.
		if err := c.inquireContinue(ErrorStream, rec.Error()); err != nil {
			return err
		}
	}
	rec.NonTerminating = true
	c.Rt.Stream(ErrorStream, rec)
	return nil
}

// silent marks an error record that goes to $Error but is not shown.
type silent struct{ Rec *object.ErrorRecord }

// SilentError unwraps a record written under SilentlyContinue; the
// runtime adds it to $Error without displaying it.
func SilentError(v any) (*object.ErrorRecord, bool) {
	s, ok := v.(silent)
	return s.Rec, ok
}

// Fail builds a terminating error record for this command.
func (c *Call) Fail(ex *object.Exception, id, category string, target any) *object.ErrorRecord {
	rec := object.NewError(ex, id+","+c.Info.ErrorSuffix(), category, target)
	rec.Invocation = c.Invocation
	rec.Activity = c.Info.Name
	return rec
}

// WriteWarning writes "WARNING: msg" unless the warning action hides it.
func (c *Call) WriteWarning(msg string) error {
	if err := c.prefFailure(faultWarning); err != nil {
		return err
	}
	if c.warnSink != nil {
		c.warnSink(msg)
	}
	// Kept in the -WarningVariable lists even when not shown.
	c.capture(WarningStream, NewStreamRecord(WarningStream, msg))
	return c.writeStream(WarningStream, c.WarningAction, msg)
}

// WriteVerbose writes "VERBOSE: msg" when -Verbose or $VerbosePreference
// asks for it.
func (c *Call) WriteVerbose(msg string) error {
	if err := c.prefFailure(faultVerbose); err != nil {
		return err
	}
	return c.writeStream(VerboseStream, c.VerboseAction, msg)
}

// WriteDebug writes "DEBUG: msg" when asked for.
func (c *Call) WriteDebug(msg string) error {
	if err := c.prefFailure(faultDebug); err != nil {
		return err
	}
	return c.writeStream(DebugStream, c.DebugAction, msg)
}

// WriteInformation writes to the information stream.
func (c *Call) WriteInformation(v any) error {
	if err := c.prefFailure(faultInformation); err != nil {
		return err
	}
	if c.InformationAction == Ignore {
		// Ignore forgets the record: not even -InformationVariable
		// keeps it (about_CommonParameters).
		return nil
	}
	if c.infoSink != nil {
		c.infoSink(v)
	}
	c.capture(InformationStream, v)
	if c.InformationAction == SilentlyContinue {
		// Not shown, but still in the information stream: 6> and 6>&1
		// receive it (Write-Information Example 3 redirects a message
		// written under the default SilentlyContinue to a file).
		c.Rt.Stream(InformationStream, silentInfo{v})
		return nil
	}
	return c.writeStream(InformationStream, c.InformationAction, v)
}

// silentInfo marks an information record written under SilentlyContinue.
type silentInfo struct{ V any }

// SilentInformation unwraps an information record written under
// SilentlyContinue: the runtime passes it to a redirection of stream 6
// and shows it nowhere.
func SilentInformation(v any) (any, bool) {
	s, ok := v.(silentInfo)
	return s.V, ok
}

func (c *Call) writeStream(kind StreamKind, pref ActionPreference, v any) error {
	switch pref {
	case SilentlyContinue, Ignore:
		return nil
	case Stop:
		// The message is shown first, then the command stops with
		// ActionPreferenceStopException, reported against the command:
		// "Write-Warning : The running command stopped …" with the
		// record's reason ParentContainsErrorRecordException.
		c.Rt.Stream(kind, v)
		msg := recordMessage(v)
		ex := object.NewException("System.Management.Automation.ActionPreferenceStopException",
			"The running command stopped because the preference variable \"%s\" or common parameter is set to Stop: %s",
			prefVarName(kind), msg)
		rec := c.Fail(ex, "ActionPreferenceStop", "OperationStopped", nil)
		rec.Reason = "ParentContainsErrorRecordException"
		return rec
	case Inquire:
		// Shown, then "Continue with this operation?".
		c.Rt.Stream(kind, v)
		return c.inquireContinue(kind, "")
	}
	c.Rt.Stream(kind, v)
	return nil
}

func prefVarName(kind StreamKind) string {
	switch kind {
	case WarningStream:
		return "WarningPreference"
	case VerboseStream:
		return "VerbosePreference"
	case DebugStream:
		return "DebugPreference"
	}
	return "InformationPreference"
}

func lower(s string) string { return strings.ToLower(s) }

// recordMessage is the text of a stream record for the Stop message: a
// string as it is, an InformationRecord's MessageData (InformationRecord
// .ToString()).
func recordMessage(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		if md, ok := o.Prop("MessageData"); ok {
			return toString(md)
		}
		if m, ok := o.Prop("Message"); ok {
			return toString(m)
		}
	}
	return toString(v)
}
