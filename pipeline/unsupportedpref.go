package pipeline

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Windows PowerShell 5.1 refuses Ignore and Suspend as the value of a
// preference variable, but only when it holds the typed
// ActionPreference value (the global $ErrorActionPreference converts
// what is assigned to it; a script's or function's own copy is a plain
// string and works). The refusal comes late: when a command first
// needs the preference (ExecutionContext.GetEnumPreference), the
// variable is set back to its default and the command fails with
// NotSupportedException (ErrorPackage.resx, UnsupportedPreferenceError).
// PowerShell 7 lifted the Ignore restriction; cspsh follows 5.1.

const msgUnsupportedPreference = "The value %s is not supported for an ActionPreference variable. The provided value should be used only as a value for a preference parameter, and has been replaced by the default value. For more information, see the Help topic, \"about_Preference_Variables.\""

// prefFault is a preference variable found holding Ignore or Suspend.
type prefFault struct {
	name  string
	value ActionPreference
	def   ActionPreference
}

// Indexes of Call.faults, one per preference a command reads.
const (
	faultError = iota
	faultWarning
	faultVerbose
	faultDebug
	faultInformation
	faultCount
)

// typedUnsupported reports whether the variable holds the typed Ignore
// or Suspend.
func typedUnsupported(rt Runtime, name string, def ActionPreference) *prefFault {
	if rt == nil {
		return nil
	}
	v, _ := rt.GetVar(name)
	e, ok := v.(dotnet.Enum)
	if !ok || e.Type == nil || e.Type.FullName != actionType {
		return nil
	}
	if a := ActionPreference(e.Value); a == Ignore || a == Suspend {
		return &prefFault{name: name, value: a, def: def}
	}
	return nil
}

// noteUnsupported records each preference variable the command would
// act on (no common parameter decides instead: -ErrorAction, -Debug,
// -Verbose and their siblings) that holds a value it cannot use; the
// command then acts on the default until it needs the preference.
func (b *Binding) noteUnsupported(c *Call, debugOn, verboseOn bool) {
	cm := &b.Common
	note := func(i int, given bool, name string, def ActionPreference, pref *ActionPreference) {
		if given {
			return
		}
		if f := typedUnsupported(b.rt, name, def); f != nil {
			*pref, c.faults[i] = def, f
		}
	}
	note(faultError, cm.ErrorAction != nil || debugOn || verboseOn, "ErrorActionPreference", Continue, &c.ErrorAction)
	note(faultWarning, cm.WarningAction != nil || debugOn || verboseOn, "WarningPreference", Continue, &c.WarningAction)
	note(faultVerbose, cm.Verbose != nil || debugOn, "VerbosePreference", SilentlyContinue, &c.VerboseAction)
	note(faultDebug, cm.Debug != nil, "DebugPreference", SilentlyContinue, &c.DebugAction)
	note(faultInformation, cm.InformationAction != nil, "InformationPreference", SilentlyContinue, &c.InformationAction)
}

// prefFailure is the terminating error of a command that needed the
// preference at index i and found it unsupported: the variable goes
// back to its default first, as 5.1 does. nil when nothing is wrong.
func (c *Call) prefFailure(i int) error {
	f := c.faults[i]
	if f == nil {
		return nil
	}
	c.faults[i] = nil
	if c.Rt != nil {
		_ = c.Rt.SetVar(f.name, f.def.String(), "")
	}
	ex := object.NewException("System.NotSupportedException", msgUnsupportedPreference, f.value.String())
	return c.Fail(ex, "System.NotSupportedException", "NotSpecified", nil)
}
