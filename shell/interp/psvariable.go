package interp

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// psVariableIntrinsics is SessionState.PSVariable ($ExecutionContext and
// $PSCmdlet.SessionState): Get, GetValue, Set and Remove, resolving names
// from the running scope as a variable reference does. Modules use it to
// read their callers' preferences
// ($PSCmdlet.SessionState.PSVariable.GetValue('VerbosePreference')).
func (r *Runner) psVariableIntrinsics() *object.PSObject {
	o := object.NewObject("System.Management.Automation.PSVariableIntrinsics", "System.Object")
	method := func(name string, f func(args []any) (any, error)) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: f})
	}
	method("Get", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overloadErr("Get", len(args))
		}
		v := r.lookupVar("", dotnet.ToString(args[0]))
		if v == nil {
			return nil, nil
		}
		pv := object.NewObject("System.Management.Automation.PSVariable", "System.Object")
		pv.SetProp("Name", v.Name)
		pv.SetProp("Value", v.value())
		pv.SetProp("Description", v.Description)
		pv.SetProp("Options", v.Options.String())
		return pv, nil
	})
	method("GetValue", func(args []any) (any, error) {
		if len(args) != 1 && len(args) != 2 {
			return nil, overloadErr("GetValue", len(args))
		}
		if v := r.lookupVar("", dotnet.ToString(args[0])); v != nil {
			return v.value(), nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, nil
	})
	method("Set", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, overloadErr("Set", len(args))
		}
		return object.Null, r.assign(r.define(r.scope, dotnet.ToString(args[0])), args[1])
	})
	method("Remove", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overloadErr("Remove", len(args))
		}
		return object.Null, rtView{r}.RemoveVar(dotnet.ToString(args[0]), "")
	})
	return o
}
