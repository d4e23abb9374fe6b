package dotnet

import "cspsh/pipeline/object"

// RegexCastError is LanguagePrimitives' error for text that is no valid
// pattern when it is converted to Regex ([regex]'a(', -as [regex]):
// InvalidCastFromStringToRegex, quoting the Regex constructor's own
// message. The operators package, which holds the .NET-syntax parser,
// raises it (this package cannot import that one).
func RegexCastError(v any, inner *object.Exception) *object.Exception {
	return castErrorInner(v, RegexType, inner, "InvalidCastFromStringToRegex")
}
