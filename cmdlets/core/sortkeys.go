package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline/object"
)

// defaultKeyProperty is the DefaultKeyPropertySet entry of Windows
// PowerShell's type data for a type (named in lower case) that
// Sort-Object and Group-Object use when no -Property is given
// (OrderByProperty.GetDefaultKeyPropertySet): a HistoryInfo sorts by Id
// (Sort-Object Example 4).
func defaultKeyProperty(lowerType string) (string, bool) {
	if lowerType == "microsoft.powershell.commands.historyinfo" {
		return "Id", true
	}
	return "", false
}

// defaultKeyProp returns the default key property of v's type, if its
// type data declares one.
func defaultKeyProp(v any) (string, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return "", false
	}
	for _, tn := range o.TypeNames {
		if p, ok := defaultKeyProperty(strings.ToLower(tn)); ok && objutil.HasProp(v, p) {
			return p, true
		}
	}
	return "", false
}
