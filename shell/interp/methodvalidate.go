package interp

import "cspsh/pipeline"

// A class method's parameter with validation attributes becomes, when
// the method runs, a variable made with the argument and then given
// those attributes (ScriptBlock.BindArgumentsForScriptblockInvoke makes
// a PSVariable with them): an argument that fails is refused with
// "The attribute cannot be added because variable a with value 9 would
// no longer be valid.", and assignments in the body keep validating.

// validation checks the argument v of p; it returns the declaration
// later assignments validate with (nil when p has no validation).
func (p methodParam) validation(r *Runner, v any) (*pipeline.ParamDecl, error) {
	if len(p.attrs) == 0 {
		return nil, nil
	}
	check, err := r.validationDecl(p.file, p.name, p.attrs)
	if err != nil || check == nil {
		return nil, err
	}
	if valid, err := pipeline.VariableValueCheck(check, v, rtView{r}); err != nil || !valid {
		if err == nil {
			err = attributeFailure(p.name, v)
		}
		return nil, err
	}
	return check, nil
}
