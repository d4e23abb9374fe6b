package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline/object"
)

// defaultKeyProperties are the DefaultKeyPropertySet entries of Windows
// PowerShell's type data that Sort-Object and Group-Object use when no
// -Property is given (OrderByProperty.GetDefaultKeyPropertySet): a
// HistoryInfo sorts by Id (Sort-Object Example 4).
var defaultKeyProperties = map[string]string{
	"microsoft.powershell.commands.historyinfo": "Id",
}

// defaultKeyProp returns the default key property of v's type, if its
// type data declares one.
func defaultKeyProp(v any) (string, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return "", false
	}
	for _, tn := range o.TypeNames {
		if p, ok := defaultKeyProperties[strings.ToLower(tn)]; ok && objutil.HasProp(v, p) {
			return p, true
		}
	}
	return "", false
}
