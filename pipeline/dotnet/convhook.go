package dotnet

import (
	"strings"
	"sync"

	"cspsh/pipeline/object"
)

// convHooks holds conversions other packages supply for types whose
// objects they build ([System.IO.FileInfo]$path is the FileInfo
// constructor, which lives with the item cmdlets), keyed by lower-case
// full name.
var convHooks sync.Map

// RegisterConversion, called from a function given to AddExtensions, makes a cast or parameter conversion to the type
// full call fn for a value that is not already of that type, as
// LanguagePrimitives falls back to a constructor taking the value. An
// *object.Exception from fn is reported as the conversion's error
// (Cannot convert value "…" to type "…". Error: "…").
func RegisterConversion(full string, fn func(v any) (any, error)) {
	convHooks.Store(strings.ToLower(full), fn)
}

// convertHooked runs the registered conversion to full, if any.
func convertHooked(v any, full string) (any, bool, error) {
	LoadExtensions()
	fn, ok := convHooks.Load(strings.ToLower(full))
	if !ok {
		return nil, false, nil
	}
	r, err := fn.(func(any) (any, error))(v)
	if ex, isEx := err.(*object.Exception); isEx && ex.Type != PSInvalidCastException {
		return nil, true, castErrorInner(v, full, ex, "InvalidCastConstructorException")
	}
	return r, true, err
}
