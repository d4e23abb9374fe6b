package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// errorDetailsType is the full name of System.Management.Automation.ErrorDetails,
// the replacement message (and recommended action) of an ErrorRecord.
const errorDetailsType = "System.Management.Automation.ErrorDetails"

// errorDetails builds an ErrorDetails object. With rec set it is the
// record's own: setting its RecommendedAction changes the record, as the
// .NET object is shared by reference.
func errorDetails(msg, action string, rec *object.ErrorRecord) *object.PSObject {
	d := object.NewObject(errorDetailsType, "System.Object")
	d.Add(&object.Member{Name: "Message", Kind: object.Property, Value: msg})
	act := &object.Member{Name: "RecommendedAction", Kind: object.Property}
	if action != "" {
		act.Value = action
	}
	act.Set = func(v any) error {
		act.Value = v
		if rec != nil {
			rec.RecommendedAction = ""
			if v != nil {
				rec.RecommendedAction = dotnet.ToString(v)
			}
		}
		return nil
	}
	d.Add(act)
	d.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return msg, nil }})
	return d
}

// newErrorDetails is [System.Management.Automation.ErrorDetails]::new(message).
func newErrorDetails(args []any) (any, error) {
	if len(args) != 1 {
		return nil, ErrNoOverload
	}
	msg := ""
	if args[0] != nil {
		msg = dotnet.ToString(args[0])
	}
	return errorDetails(msg, "", nil), nil
}

// setErrorDetails is `$record.ErrorDetails = value`: an ErrorDetails
// object is taken as it is, $null removes the details, and anything else
// goes through the ErrorDetails(string) constructor, the conversion
// PowerShell applies to the property's type.
func setErrorDetails(r *object.ErrorRecord, val any) {
	if o, ok := val.(*object.PSObject); ok && len(o.TypeNames) > 0 && strings.EqualFold(o.TypeNames[0], errorDetailsType) {
		r.DetailsMessage, r.RecommendedAction = "", ""
		if m := o.Member("Message"); m != nil && m.Value != nil {
			r.DetailsMessage = dotnet.ToString(m.Value)
		}
		if m := o.Member("RecommendedAction"); m != nil && m.Value != nil {
			r.RecommendedAction = dotnet.ToString(m.Value)
		}
		return
	}
	r.DetailsMessage, r.RecommendedAction = "", ""
	if val != nil {
		r.DetailsMessage = dotnet.ToString(val)
	}
}
