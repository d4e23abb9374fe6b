package ops

import (
	"fmt"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Exception type names used by operator errors.
const (
	runtimeExceptionType = "System.Management.Automation.RuntimeException"
	invalidCastType      = "System.Management.Automation.PSInvalidCastException"
)

// runtimeError wraps a .NET exception the way PowerShell's operators
// surface it: a RuntimeException carrying the original as
// InnerException, error id RuntimeException, category NotSpecified.
func runtimeError(inner *object.Exception) *object.ErrorRecord {
	ex := &object.Exception{Type: runtimeExceptionType, Message: inner.Message, Inner: inner}
	return object.NewError(ex, "RuntimeException", "NotSpecified", nil)
}

// newRuntimeError is a RuntimeException with its own id and category,
// as the parser's runtime errors (ParserStrings) are.
func newRuntimeError(id, category, format string, args ...any) *object.ErrorRecord {
	ex := object.NewException(runtimeExceptionType, format, args...)
	return object.NewError(ex, id, category, nil)
}

func divideByZero() error {
	return runtimeError(object.NewException("System.DivideByZeroException", "Attempted to divide by zero."))
}

// conversionError turns an error from dotnet.Convert into the record a
// failed operand conversion raises in an expression: a RuntimeException
// carrying the PSInvalidCastException, with the cast's error id and
// category InvalidArgument ("InvalidArgument: (:) [], RuntimeException").
func conversionError(err error) error {
	switch e := err.(type) {
	case *object.ErrorRecord:
		return e
	case *object.Exception:
		if e.Record != nil {
			return e.Record
		}
		id := dotnet.ErrorID(e)
		if id == "" {
			id = "RuntimeException"
		}
		ex := e
		if !dotnet.ExceptionIs(e.Type, runtimeExceptionType) || e.Type == invalidCastType {
			ex = &object.Exception{Type: runtimeExceptionType, Message: e.Message, Inner: e}
		}
		return object.NewError(ex, id, "InvalidArgument", nil)
	}
	return err
}

// castError builds the exact text LanguagePrimitives uses when a value
// cannot become a type, for the few conversions ops performs itself.
func castError(v any, typeName, detail string) error {
	msg := fmt.Sprintf("Cannot convert value \"%s\" to type \"%s\". Error: \"%s\"", dotnet.ToString(v), typeName, detail)
	if detail == "" {
		msg = fmt.Sprintf("Cannot convert value \"%s\" to type \"%s\".", dotnet.ToString(v), typeName)
	}
	inner := &object.Exception{Type: invalidCastType, Message: msg}
	ex := &object.Exception{Type: runtimeExceptionType, Message: msg, Inner: inner}
	return object.NewError(ex, "InvalidCastFromStringToInteger", "InvalidArgument", nil)
}

// opNotSupported is PowerShell's error for an operator the left
// operand's type does not define (e.g. array - 1): the binder looks for
// a method such as op_Subtraction and fails.
func opNotSupported(x any, method string) error {
	return newRuntimeError("MethodNotFound", "InvalidOperation",
		"Method invocation failed because [%s] does not contain a method named '%s'.", dotnet.TypeName(x), method)
}

func unknownOperator(op string) error {
	return newRuntimeError("UnexpectedToken", "ParserError", "Unexpected token '%s' in expression or statement.", op)
}

// compareFailed is ExtendedTypeSystem's ComparisonFailure.
func compareFailed(x, y any, err error) error {
	return newRuntimeError("ComparisonFailure", "NotSpecified",
		"Could not compare \"%s\" to \"%s\". Error: \"%s\"", dotnet.ToString(x), dotnet.ToString(y), err.Error())
}
