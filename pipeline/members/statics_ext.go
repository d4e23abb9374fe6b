package members

import (
	"strings"
	"sync"

	"cspsh/pipeline/dotnet"
)

// extStatics holds the static members of .NET types that a cmdlet family
// implements ([X509Certificate]::CreateFromCertFile lives with the
// certificate code), by lower-case full name; members cannot import
// those packages, so they register here.
var extStatics sync.Map

// RegisterStatics, called from a function given to dotnet.AddExtensions,
// serves [fullName]::Name with get and [fullName]::Method(args) with
// call. Each is given the member name in lower case and reports whether
// the type has that member; either may be nil.
func RegisterStatics(fullName string, get func(lname string) (any, bool, error), call func(lname string, args []any) (any, bool, error)) {
	extStatics.Store(strings.ToLower(fullName), staticType{get: get, call: call})
}

// lookupStatics finds the static side of a type: the built-in table,
// then the registered ones.
func lookupStatics(fullName string) (staticType, bool) {
	key := strings.ToLower(fullName)
	if st, ok := statics[key]; ok {
		return st, true
	}
	dotnet.LoadExtensions()
	if v, ok := extStatics.Load(key); ok {
		return v.(staticType), true
	}
	return staticType{}, false
}
