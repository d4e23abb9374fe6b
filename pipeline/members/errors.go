package members

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

const runtimeException = "System.Management.Automation.RuntimeException"

// newError is a RuntimeException record with PowerShell's id and category.
func newError(typ, id, category, msg string) *object.ErrorRecord {
	ex := &object.Exception{Type: typ, Message: msg}
	return object.NewError(ex, id, category, nil)
}

// methodNotFound is "Method invocation failed because [T] does not
// contain a method named 'X'." (MethodNotFound).
func methodNotFound(v any, name string) error {
	return newError(runtimeException, "MethodNotFound", "InvalidOperation",
		fmt.Sprintf("Method invocation failed because [%s] does not contain a method named '%s'.", typeName(v), name))
}

// staticMethodNotFound is the same for [type]::Method().
func staticMethodNotFound(t *object.TypeValue, name string) error {
	return newError(runtimeException, "MethodNotFound", "InvalidOperation",
		fmt.Sprintf("Method invocation failed because [%s] does not contain a method named '%s'.", t.FullName, name))
}

// nullMethod is InvokeMethodOnNull.
func nullMethod() error {
	return newError(runtimeException, "InvokeMethodOnNull", "InvalidOperation",
		"You cannot call a method on a null-valued expression.")
}

// errOverload is the .NET side of a call with a wrong argument count;
// Call turns it into MethodCountCouldNotFindBest.
type errOverload struct{}

func (errOverload) Error() string { return "overload" }

var overload = errOverload{}

// overloadError is "Cannot find an overload for "X" and the argument
// count: "N"." (MethodCountCouldNotFindBest).
func overloadError(name string, n int) error {
	return newError("System.Management.Automation.MethodException", "MethodCountCouldNotFindBest", "NotSpecified",
		fmt.Sprintf("Cannot find an overload for \"%s\" and the argument count: \"%d\".", name, n))
}

// propertyNotFound is the error for assigning a member that does not
// exist or cannot be set.
func propertyNotFound(name string) error {
	return newError(runtimeException, "PropertyNotFound", "InvalidOperation",
		fmt.Sprintf("The property '%s' cannot be found on this object. Verify that the property exists and can be set.", name))
}

// readOnly is ExtendedTypeSystem ReadOnlyProperty.
func readOnly(name string) error {
	return newError(runtimeException, "PropertyAssignmentException", "InvalidOperation",
		fmt.Sprintf("'%s' is a ReadOnly property.", name))
}

// typeNotFound is New-Object's / [type]::new()'s TypeNotFound.
func typeNotFound(name string) error {
	return newError("System.Management.Automation.PSArgumentException", "TypeNotFound", "InvalidType",
		fmt.Sprintf("Cannot find type [%s]: verify that the assembly containing this type is loaded.", name))
}

// dotnetErr builds a .NET exception for a method body to return.
func dotnetErr(typ, msg string) *object.Exception {
	return &object.Exception{Type: typ, Message: msg}
}

// argOutOfRange is ArgumentOutOfRangeException with .NET Framework's
// "Parameter name:" line; .NET omits that line when the parameter name is
// null, as DateTime's constructors pass it.
func argOutOfRange(param, msg string) *object.Exception {
	if param == "" {
		return dotnetErr("System.ArgumentOutOfRangeException", msg)
	}
	return dotnetErr("System.ArgumentOutOfRangeException", msg+"\r\nParameter name: "+param)
}

func argNull(param string) *object.Exception {
	return dotnetErr("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: "+param)
}

func argException(param, msg string) *object.Exception {
	if param == "" {
		return dotnetErr("System.ArgumentException", msg)
	}
	return dotnetErr("System.ArgumentException", msg+"\r\nParameter name: "+param)
}

func formatException(msg string) *object.Exception {
	return dotnetErr("System.FormatException", msg)
}

// wrapCall turns what a method body returned into the error PowerShell
// reports: a .NET exception becomes MethodInvocationException
// ("Exception calling "X" with "N" argument(s): "msg""), a wrong
// argument count MethodCountCouldNotFindBest; records pass through.
func wrapCall(name string, nargs int, err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case errOverload:
		return overloadError(name, nargs)
	case *object.ErrorRecord:
		return e
	case *object.Exception:
		msg := fmt.Sprintf("Exception calling \"%s\" with \"%d\" argument(s): \"%s\"", name, nargs, e.Message)
		ex := &object.Exception{Type: "System.Management.Automation.MethodInvocationException", Message: msg, Inner: e}
		id := e.Type
		if i := strings.LastIndexByte(id, '.'); i >= 0 {
			id = id[i+1:]
		}
		return object.NewError(ex, id, "NotSpecified", nil)
	}
	return err
}

// typeName is the .NET full name used in messages.
func typeName(v any) string { return dotnet.TypeName(v) }

// ScriptMethodError wraps the terminating error of a script method (one
// Add-Member or Update-TypeData made) as PowerShell does: a
// MethodInvocationException "Exception calling …" whose inner exception
// is the script's, with the id ScriptMethodRuntimeException and the call
// site as its position (about_Classes_Methods, the CookieJar example).
// Other errors pass through.
func ScriptMethodError(name string, nargs int, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.Exception == nil {
		return err
	}
	msg := fmt.Sprintf("Exception calling \"%s\" with \"%d\" argument(s): \"%s\"", name, nargs, rec.Exception.Message)
	ex := &object.Exception{Type: "System.Management.Automation.MethodInvocationException", Message: msg, Inner: rec.Exception}
	return object.NewError(ex, "ScriptMethodRuntimeException", "NotSpecified", nil)
}
