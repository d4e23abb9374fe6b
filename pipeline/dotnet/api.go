// Package dotnet holds the .NET semantics PowerShell exposes: type names
// and accelerators, LanguagePrimitives conversions, the members and
// methods of built-in types, static members, and .NET number and date
// formatting.
package dotnet

import (
	"fmt"

	"cspsh/pipeline/object"
)

// CONTRACT (owned by the dotnet work; these first bodies are placeholders
// to be replaced):
//
//   TypeName(v) string                       .NET full name ("System.Int32", "System.Object[]")
//   ResolveType(name) (*object.TypeValue, bool)   "int", "System.Int32", "pscustomobject", "ordered", "datetime" …
//   IsInstance(v, typeFullName) bool        -is / catch matching (hierarchy aware)
//   ExceptionIs(exType, catchType) bool
//   Convert(v, typeName) (any, error)       LanguagePrimitives.ConvertTo; errors are *object.Exception
//                                           (PSInvalidCastException) with PowerShell's message
//   ToBool(v) bool                          LanguagePrimitives.IsTrue
//   ToString(v) string                      PowerShell string conversion ($OFS = " ")
//   ToStringOFS(v, ofs) string
//   Enumerate(v) ([]any, bool)              is v enumerated by the pipeline (arrays, lists; not strings, not hashtables)
//   GetMember(v, name) (any, bool, error)   property read (incl. .Count/.Length, hashtable keys, DateTime parts)
//   SetMember(v, name, val) error
//   CallMethod(v, name, args) (any, error)  instance methods of built-in types and PSObject methods
//   GetStatic(t, name) (any, error)         [int]::MaxValue, [math]::PI
//   CallStatic(t, name, args) (any, error)  [math]::Round(2.5), [string]::Join(...)
//   New(typeName, args) (any, error)        New-Object / [type]::new()
//   FormatValue(v, format) (string, error)  .ToString(format) for numbers and dates
//   FormatOperator(format, args) (string, error)   the -f operator

// TypeName returns the .NET full type name of v.
func TypeName(v any) string { return fmt.Sprintf("%T", v) }

// ToString converts v to a string as PowerShell does.
func ToString(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// ToBool is LanguagePrimitives.IsTrue.
func ToBool(v any) bool { return v != nil && v != false && v != "" }

// Convert converts v to the named type.
func Convert(v any, typeName string) (any, error) { return v, nil }

var _ = object.Null
