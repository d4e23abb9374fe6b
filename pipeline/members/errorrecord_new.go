package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// newErrorRecord is [System.Management.Automation.ErrorRecord]::new: the
// (Exception, errorId, ErrorCategory, targetObject) constructor scripts
// build for $PSCmdlet.WriteError and ThrowTerminatingError, and
// (ErrorRecord, Exception), a copy with a replacement exception.
func newErrorRecord(args []any) (any, error) {
	switch len(args) {
	case 4:
		ex, ok := args[0].(*object.Exception)
		if !ok {
			if args[0] == nil {
				return nil, object.NewException("System.Management.Automation.MethodInvocationException",
					"Exception calling \".ctor\" with \"4\" argument(s): \"Value cannot be null.\nParameter name: exception\"")
			}
			return nil, ErrNoOverload
		}
		cat, err := dotnet.Convert(args[2], "System.Management.Automation.ErrorCategory")
		if err != nil {
			return nil, err
		}
		id := ""
		if args[1] != nil {
			id = dotnet.ToString(args[1])
		}
		return object.NewError(ex, id, dotnet.ToString(cat), args[3]), nil
	case 2:
		rec, ok := args[0].(*object.ErrorRecord)
		if !ok {
			return nil, ErrNoOverload
		}
		c := *rec
		if ex, ok := args[1].(*object.Exception); ok {
			c.Exception = ex
		}
		return &c, nil
	}
	return nil, ErrNoOverload
}
