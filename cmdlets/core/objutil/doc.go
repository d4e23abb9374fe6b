// Package objutil holds what the object cmdlets (Where-Object,
// Sort-Object, Select-Object, …) and the data cmdlets share: PowerShell's
// comparison of values, wildcard patterns, numeric coercion and property
// selection (names, wildcards and calculated properties).
//
// It lives under cmdlets because the interpreter's operators may not be
// imported from cmdlets; it builds only on pipeline/dotnet and
// pipeline/members.
package objutil
