package pipeline

import "fmt"

// Windows PowerShell 5.1 keeps ActionPreference.Suspend for workflows:
// outside one, MshCommandRuntime's ErrorAction, WarningAction and
// InformationAction setters throw NotSupportedException, and the binder
// reports that as ParameterBindingFailed (ParameterBinderStrings.resx,
// "Cannot bind parameter '{1}' to the target. {6}", with the setter's
// failure as ExtendedTypeSystem's "Exception setting" text). PowerShell
// 7 later reserved the value with other words; cspsh follows 5.1.
const (
	msgBindingFailed           = "Cannot bind parameter '%s' to the target. Exception setting \"%s\": \"%s\""
	msgSuspendOnlyForWorkflows = "The action preference of \"Suspend\" is supported only for workflows."
	msgSuspendOnlyErrorAction  = "The action preference of \"Suspend\" is supported only for ErrorAction."
)

// refuseSuspend is the binding error for -ErrorAction Suspend (and its
// siblings) on a cmdlet or advanced function; nil for any other value.
func (b *binder) refuseSuspend(p *ParamDecl, v any, at *Arg) error {
	switch p.Name {
	case "ErrorAction", "WarningAction", "InformationAction":
	default:
		return nil
	}
	if a, ok := ParseActionPreference(v); !ok || a != Suspend {
		return nil
	}
	inner := msgSuspendOnlyErrorAction
	if p.Name == "ErrorAction" {
		inner = msgSuspendOnlyForWorkflows
	}
	var pos = b.opts.Invocation
	if at != nil && at.Pos != nil {
		pos = at.Pos
	}
	rec := b.bindError(exParameterBinding, "ParameterBindingFailed", "WriteError",
		fmt.Sprintf(msgBindingFailed, p.Name, p.Name, inner), pos)
	return rec
}
