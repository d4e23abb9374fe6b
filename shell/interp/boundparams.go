package interp

import "cspsh/pipeline/object"

// boundParametersType makes $PSBoundParameters what PowerShell's is: a
// PSBoundParametersDictionary, a Dictionary[string,object] with
// case-insensitive keys, shown as Key/Value and whose Remove() says
// whether it removed.
var boundParametersType = &object.DictType{
	TypeName:   "System.Management.Automation.PSBoundParametersDictionary",
	KeyType:    "System.String",
	ValueType:  "System.Object",
	IgnoreCase: true,
}
