package dotnet

import "cspsh/pipeline/object"

// refType is [ref]'s full name.
const refType = "System.Management.Automation.PSReference"

// toReference is the conversion a [ref] parameter applies to its
// argument: only a reference passes ([ref]$x, made by the caller); any
// other value, $null included, is refused in PowerShell's words
// (ParameterBinderStrings' "Reference type is expected in argument.").
func toReference(v any) (any, error) {
	if o, ok := v.(*object.PSObject); ok && o.TypeName() == refType {
		return o, nil
	}
	ex := object.NewException(PSInvalidCastException, "Reference type is expected in argument.")
	ex.Props = map[string]any{"ErrorId": "ReferenceTypeExpected", "Category": "InvalidArgument"}
	return nil, ex
}
