package pipeline

import "cspsh/pipeline/dotnet"

// VariableValueCheck is ValidVariableValue for an assignment that must
// tell a refused value from an error. PSVariable.IsValidValue turns only
// validation failures into "not valid": what a ValidateScript script
// itself throws goes through as it is ([ValidateScript({ throw 'No' })]
// fails the assignment with "No"). As ValidateScript is a
// ValidateEnumeratedArguments attribute, a collection's elements are
// checked one by one.
func VariableValueCheck(d *ParamDecl, v any, rt Runtime) (valid bool, err error) {
	q := *d
	script := q.ValidateScript
	q.ValidateScript = nil
	if !ValidVariableValue(&q, v, rt) {
		return false, nil
	}
	if script == nil || rt == nil {
		return true, nil
	}
	items, isColl := enumerate(v)
	if !isColl {
		items = []any{v}
	}
	for _, it := range items {
		out, err := rt.Invoke(script, InvokeOptions{DollarUnder: it, UseDollarUnder: true, NewScope: true})
		if err != nil {
			return false, err
		}
		if len(out) == 0 || !dotnet.ToBool(out[len(out)-1]) {
			return false, nil
		}
	}
	return true, nil
}
