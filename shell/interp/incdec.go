package interp

import (
	"fmt"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// incDecOperand checks the value ++ or -- changes: a number ($null counts
// as 0); anything else, a numeric string included, is PowerShell's
// OperatorRequiresNumber error.
func incDecOperand(op string, v any) error {
	base := v
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		base = o.Base
	}
	if base == nil || base == object.Null {
		return nil
	}
	if _, isBool := base.(bool); !isBool && dotnet.IsNumeric(base) {
		if _, isChar := base.(object.Char); !isChar {
			return nil
		}
	}
	return newRuntimeError(fmt.Sprintf("The '%s' operator works only on numbers. The operand is a '%s'.", op, dotnet.TypeName(v)),
		"OperatorRequiresNumber", "InvalidOperation")
}
