package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// PSInvalidCastException is the exception type of every failed
// conversion.
const PSInvalidCastException = "System.Management.Automation.PSInvalidCastException"

// castError is ExtendedTypeSystem.InvalidCastException:
// Cannot convert the "{0}" value of type "{1}" to type "{2}".
func castError(v any, target, id string) *object.Exception {
	e := object.NewException(PSInvalidCastException, `Cannot convert the "%s" value of type "%s" to type "%s".`,
		scalarString(v), TypeName(v), target)
	e.Props = map[string]any{"ErrorId": id, "Category": "InvalidArgument"}
	return e
}

// castErrorInner is ExtendedTypeSystem.InvalidCastExceptionWithInnerException:
// Cannot convert value "{0}" to type "{1}". Error: "{2}"
func castErrorInner(v any, target string, inner *object.Exception, id string) *object.Exception {
	e := object.NewException(PSInvalidCastException, `Cannot convert value "%s" to type "%s". Error: "%s"`,
		scalarString(v), target, inner.Message)
	e.Inner = inner
	e.Props = map[string]any{"ErrorId": id, "Category": "InvalidArgument"}
	return e
}

// nullCastError is ExtendedTypeSystem.InvalidCastFromNull.
func nullCastError(target string) *object.Exception {
	e := object.NewException(PSInvalidCastException, `Cannot convert null to type "%s".`, target)
	e.Props = map[string]any{"ErrorId": "InvalidCastFromNull", "Category": "InvalidArgument"}
	return e
}

// typeNotFound is the RuntimeException for an unknown type literal.
func typeNotFound(name string) *object.Exception {
	e := object.NewException("System.Management.Automation.RuntimeException", "Unable to find type [%s].", strings.TrimSpace(name))
	e.Props = map[string]any{"ErrorId": "TypeNotFound", "Category": "InvalidOperation"}
	return e
}

// ErrorID returns the FullyQualifiedErrorId PowerShell gives the error
// a conversion (or another dotnet operation) raised, such as
// "InvalidCastFromStringToInteger"; "" when it has none.
func ErrorID(err error) string {
	if e, ok := err.(*object.Exception); ok && e.Props != nil {
		if s, ok := e.Props["ErrorId"].(string); ok {
			return s
		}
	}
	return ""
}

// overflowMessage returns .NET's OverflowException text for a target type.
func overflowMessage(target string) string {
	switch target {
	case "System.Byte":
		return "Value was either too large or too small for an unsigned byte."
	case "System.SByte":
		return "Value was either too large or too small for a signed byte."
	case "System.Int16":
		return "Value was either too large or too small for an Int16."
	case "System.UInt16":
		return "Value was either too large or too small for a UInt16."
	case "System.Int32":
		return "Value was either too large or too small for an Int32."
	case "System.UInt32":
		return "Value was either too large or too small for a UInt32."
	case "System.Int64":
		return "Value was either too large or too small for an Int64."
	case "System.UInt64":
		return "Value was either too large or too small for a UInt64."
	case "System.Decimal":
		return "Value was either too large or too small for a Decimal."
	case "System.Double":
		return "Value was either too large or too small for a Double."
	case "System.Single":
		return "Value was either too large or too small for a Single."
	case "System.Char":
		return "Value was either too large or too small for a character."
	}
	return "Arithmetic operation resulted in an overflow."
}

// overflow returns the OverflowException for a target type.
func overflow(target string) *object.Exception {
	return object.NewException("System.OverflowException", "%s", overflowMessage(target))
}
