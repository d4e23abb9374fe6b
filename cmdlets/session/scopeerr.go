package session

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// scopeError turns the runtime's "no such scope" exception into the
// error a variable cmdlet raises for a -Scope number beyond the active
// scopes: SessionStateInternal.GetScopeByID throws a
// PSArgumentOutOfRangeException for the parameter Scope, whose .NET
// Framework message adds the parameter name and the value
// (ScopeIDExceedsAvailableScopes, SessionStateStrings.resx). It stops
// the cmdlet.
func scopeError(c *pipeline.Call, err error) error {
	ex, ok := err.(*object.Exception)
	if !ok || !strings.HasSuffix(ex.Type, "ArgumentOutOfRangeException") || !strings.Contains(ex.Message, "exceeds the number of active scopes") {
		return err
	}
	msg := ex.Message + "\nParameter name: Scope\nActual value was " + c.String("Scope") + "."
	return c.Fail(object.NewException("System.Management.Automation.PSArgumentOutOfRangeException", "%s", msg),
		"ArgumentOutOfRange", "InvalidArgument", nil)
}
