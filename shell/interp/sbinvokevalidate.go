package interp

import "cspsh/pipeline"

// $sb.Invoke(args) and InvokeReturnAsIs do not go through the parameter
// binder: each argument, by position, becomes its parameter's variable,
// made with the parameter's attributes (ScriptBlock.
// BindArgumentsForScriptblockInvoke). A value one of them refuses fails
// as a variable declaration does, with "The attribute cannot be added
// because variable a with value 9 would no longer be valid.", not with
// the binder's "Cannot validate argument on parameter 'a'".

// invokeArgsCheck validates the positional arguments of a method-style
// invocation of sb against its parameters' validation attributes.
func (r *Runner) invokeArgsCheck(sb *ScriptBlock, args []any) error {
	code := sb.code
	code.compile()
	for i, p := range code.params {
		if i >= len(args) {
			break
		}
		if p.node == nil || len(p.node.Attributes) == 0 || p.isSwitch {
			continue
		}
		d, err := r.validationDecl(code.file, p.name, p.node.Attributes)
		if err != nil || d == nil {
			continue // the binder reports a bad attribute
		}
		v := args[i]
		if p.typeName != "" && p.typeName != "object" {
			conv, err := r.convertTo(v, p.typeName)
			if err != nil {
				continue // the binder reports the conversion
			}
			v = conv
		}
		if valid, err := pipeline.VariableValueCheck(d, v, rtView{r}); err != nil || !valid {
			if err == nil {
				err = attributeFailure(p.name, v)
			}
			return err
		}
	}
	return nil
}
