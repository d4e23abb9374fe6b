package dotnet

import "strings"

// NullableInner returns T for "System.Nullable`1[T]": a [Nullable[int]]
// variable or parameter holds an int or $null, never 0 for $null.
func NullableInner(full string) (string, bool) {
	const prefix = "System.Nullable`1["
	if len(full) > len(prefix) && strings.EqualFold(full[:len(prefix)], prefix) && strings.HasSuffix(full, "]") {
		return full[len(prefix) : len(full)-1], true
	}
	return "", false
}
