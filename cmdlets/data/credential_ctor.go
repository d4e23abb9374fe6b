package data

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// RegisterExtensions adds this family's constructors: the
// PSCredential(string userName, SecureString password) constructor
// (scripts build credentials with New-Object PSCredential($user, $pass)
// or [pscredential]::new($user, $pass)) and SecureString's.
// cmdlets.Registry hands it to dotnet.AddExtensions.
func RegisterExtensions() {
	registerSecureStringCtor()
	members.RegisterConstructor(PSCredentialType, newCredentialArgs)
	registerXMLExtensions()
}

func newCredentialArgs(args []any) (any, error) {
	if len(args) != 2 {
		return nil, members.ErrNoOverload
	}
	user := dotnet.ToString(args[0])
	if args[1] == nil {
		return nil, object.NewException("System.Management.Automation.PSArgumentNullException",
			"Cannot process argument because the value of argument \"password\" is null. Change the value of argument \"password\" to a non-null value.")
	}
	pw, ok := args[1].(*object.PSObject)
	if !ok || pw.TypeName() != SecureStringType {
		// PowerShell's method binder could not convert the argument.
		ex := object.NewException("System.Management.Automation.MethodException",
			"Cannot convert argument \"password\", with value: \"%s\", for \"PSCredential\" to type \"System.Security.SecureString\": \"Cannot convert the \"%s\" value of type \"%s\" to type \"System.Security.SecureString\".\"",
			dotnet.ToString(args[1]), dotnet.ToString(args[1]), dotnet.TypeName(args[1]))
		return nil, object.NewError(ex, "MethodArgumentConversionInvalidCastArgument", "NotSpecified", nil)
	}
	return NewCredential(user, pw), nil
}
