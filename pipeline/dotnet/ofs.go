package dotnet

import "cspsh/pipeline/object"

// OFS returns the session's $OFS for conversions to [string]: a cast,
// a [string] variable or parameter joins a collection with it
// (about_Preference_Variables, $OFS). The interpreter replaces it.
var OFS = func() string { return " " }

// stringOFS converts v to a string for ConvertTo[string], asking for
// $OFS only when v is a collection.
func stringOFS(v any) string {
	switch v.(type) {
	case []any, *object.List, *object.MDArray, *object.Enumerator, []string:
		return ToStringOFS(v, OFS())
	}
	return ToString(v)
}
