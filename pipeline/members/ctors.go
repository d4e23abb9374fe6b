package members

import (
	"strings"
	"sync"

	"cspsh/pipeline/dotnet"
)

// ErrNoOverload is what a registered constructor returns when none of its
// overloads takes the arguments; New reports it as PowerShell does
// (MethodCountCouldNotFindBest).
var ErrNoOverload error = overload

// ctors holds the constructors of .NET types that a cmdlet family
// implements (PSCredential is built by cmdlets/data), by lower-case full
// name; members cannot import those packages, so they register here.
var ctors sync.Map

// RegisterConstructor, called from a function given to
// dotnet.AddExtensions, makes New-Object and [T]::new() build fullName with
// fn. fn returns ErrNoOverload for an argument list no overload takes.
func RegisterConstructor(fullName string, fn func(args []any) (any, error)) {
	ctors.Store(strings.ToLower(fullName), fn)
}

// registeredConstructor returns the constructor registered for a
// lower-case full type name.
func registeredConstructor(lfull string) (func(args []any) (any, error), bool) {
	if lfull == "system.management.automation.errorrecord" {
		return newErrorRecord, true
	}
	if lfull == "system.management.automation.errordetails" {
		return newErrorDetails, true
	}
	if lfull == "system.globalization.cultureinfo" {
		return newCultureInfo, true
	}
	switch lfull {
	case "system.management.automation.parameterattribute":
		return newParameterAttribute, true
	case "system.management.automation.runtimedefinedparameter":
		return newRuntimeDefinedParameter, true
	case "system.management.automation.runtimedefinedparameterdictionary":
		return newRuntimeDefinedParameterDictionary, true
	case "system.net.mail.mailaddress":
		return newMailAddress, true
	}
	dotnet.LoadExtensions()
	v, ok := ctors.Load(lfull)
	if !ok {
		return nil, false
	}
	return v.(func(args []any) (any, error)), true
}
