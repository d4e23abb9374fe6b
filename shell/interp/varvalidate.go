package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// A variable declared with validation attributes, or a parameter that
// has them, checks every later assignment: a value that fails leaves the
// variable as it was and raises ValidationMetadataException
// (PSVariable.SetValue, "ValidateSetFailure" whatever the attribute).

// validationDecl evaluates the attributes of a variable declaration into
// the declaration the binder validates with; nil when none validates.
func (r *Runner) validationDecl(file *syntax.File, name string, attrs []*syntax.Attribute) (*pipeline.ParamDecl, error) {
	if len(attrs) == 0 {
		return nil, nil
	}
	pc := &paramCode{node: &syntax.Parameter{Attributes: attrs}, name: name, typeName: "object"}
	next := 0
	d, err := r.paramDecl(&sbCode{file: file}, pc, true, &next)
	if err != nil || !d.HasValidation() {
		return nil, err
	}
	return d, nil
}

// checkVar is the validation of an assignment to v.
func (r *Runner) checkVar(v *Variable, val any) error {
	if v.check == nil {
		return nil
	}
	if valid, err := pipeline.VariableValueCheck(v.check, val, rtView{r}); err != nil || valid {
		return err
	}
	return validationFailure(v.Name, val)
}

// validationFailure is PowerShell's error for a value a variable's
// validation attributes refuse (Metadata.InvalidValueFailure). The value
// shows as .NET's ToString: an array as its type name.
func validationFailure(name string, val any) error {
	ex := object.NewException("System.Management.Automation.ValidationMetadataException",
		"The variable cannot be validated because the value %s is not a valid value for the %s variable.", valueText(val, "$null"), name)
	return object.NewError(ex, "ValidateSetFailure", "MetadataError", nil)
}

// attributeFailure is PowerShell's error when a new variable's first
// value fails one of the attributes it is declared with (PSVariable adds
// them one by one: Metadata.InvalidMetadataForCurrentValue). The value
// shows as its ToString, $null as nothing.
func attributeFailure(name string, val any) error {
	ex := object.NewException("System.Management.Automation.ValidationMetadataException",
		"The attribute cannot be added because variable %s with value %s would no longer be valid.", name, valueText(val, ""))
	return object.NewError(ex, "ValidateSetFailure", "MetadataError", nil)
}

// valueText is a value as those two messages show it: .NET's ToString,
// which for a collection is its type name; null is nullText.
func valueText(val any, nullText string) string {
	if val == nil {
		return nullText
	}
	if _, isColl := dotnet.Enumerate(val); isColl {
		return dotnet.TypeName(val)
	}
	return dotnet.ToString(val)
}

// declTarget flattens the type and attributes written before a declared
// variable: [int][ValidateRange(0,10)]$n and [ValidateRange(0,10)][int]$n
// both constrain $n to Int32 with the range.
func declTarget(e *syntax.ConvertExpr) (v *syntax.VariableExpr, typeName string, attrs []*syntax.Attribute) {
	var x syntax.Expr = e
	for {
		ce, ok := x.(*syntax.ConvertExpr)
		if !ok {
			break
		}
		attrs = append(attrs, ce.Attributes...)
		if typeName == "" || (typeName == "System.Object" && len(ce.Attributes) == 0) {
			typeName = ce.Type.Name
		}
		x = ce.X
	}
	v, _ = x.(*syntax.VariableExpr)
	return v, typeName, attrs
}
