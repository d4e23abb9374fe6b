package pipeline

import "cspsh/pipeline/object"

// Type names of the records that carry warning, verbose and debug
// messages.
const (
	warningRecordType       = "System.Management.Automation.WarningRecord"
	verboseRecordType       = "System.Management.Automation.VerboseRecord"
	debugRecordType         = "System.Management.Automation.DebugRecord"
	informationalRecordType = "System.Management.Automation.InformationalRecord"
)

// NewStreamRecord builds the WarningRecord, VerboseRecord or DebugRecord
// that carries message: what 3>&1 merges into the output and what
// -WarningVariable collects. Its ToString() is the message, as
// InformationalRecord's is.
func NewStreamRecord(kind StreamKind, message string) *object.PSObject {
	typ := warningRecordType
	switch kind {
	case VerboseStream:
		typ = verboseRecordType
	case DebugStream:
		typ = debugRecordType
	}
	o := object.NewObject(typ, informationalRecordType, "System.Object")
	o.SetProp("Message", message)
	o.SetProp("InvocationInfo", nil)
	o.SetProp("PipelineIterationInfo", []any{})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return message, nil }})
	return o
}
