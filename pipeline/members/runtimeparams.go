package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// The types a function's dynamicparam block builds its parameters from
// (about_Functions_Advanced_Parameters, "Dynamic parameters"): the
// interpreter reads them back when it binds the function.
const (
	ParameterAttributeType   = "System.Management.Automation.ParameterAttribute"
	RuntimeParameterType     = "System.Management.Automation.RuntimeDefinedParameter"
	RuntimeParameterDictType = "System.Management.Automation.RuntimeDefinedParameterDictionary"
)

// setter makes a typed, settable property: what a .NET attribute or
// RuntimeDefinedParameter exposes, converting what a script assigns.
func setter(o *object.PSObject, name, typ string, v any) {
	m := &object.Member{Name: name, Kind: object.Property, Value: v, Type: typ}
	m.Set = func(nv any) error {
		cv, err := dotnet.Convert(nv, typ)
		if err != nil {
			return err
		}
		m.Value = cv
		return nil
	}
	o.Add(m)
}

// newParameterAttribute is `New-Object ParameterAttribute`: the
// Parameter attribute's named arguments as settable properties.
func newParameterAttribute(args []any) (any, error) {
	if len(args) != 0 {
		return nil, overload
	}
	o := object.NewObject(ParameterAttributeType, "System.Management.Automation.Internal.ParsingBaseAttribute",
		"System.Management.Automation.Internal.CmdletMetadataAttribute", "System.Attribute", "System.Object")
	setter(o, "Position", "System.Int32", int32(-2147483648))
	setter(o, "ParameterSetName", "System.String", "__AllParameterSets")
	setter(o, "Mandatory", "System.Boolean", false)
	setter(o, "ValueFromPipeline", "System.Boolean", false)
	setter(o, "ValueFromPipelineByPropertyName", "System.Boolean", false)
	setter(o, "ValueFromRemainingArguments", "System.Boolean", false)
	setter(o, "HelpMessage", "System.String", nil)
	setter(o, "DontShow", "System.Boolean", false)
	return o, nil
}

// newRuntimeDefinedParameter is RuntimeDefinedParameter() and
// RuntimeDefinedParameter(name, parameterType, attributes).
func newRuntimeDefinedParameter(args []any) (any, error) {
	if len(args) != 0 && len(args) != 3 {
		return nil, overload
	}
	o := object.NewObject(RuntimeParameterType, "System.Object")
	var name, typ, attrs any = "", nil, &object.List{TypeName: "System.Collections.ObjectModel.Collection`1[System.Attribute]", Items: []any{}}
	if len(args) == 3 {
		name, typ = dotnet.ToString(args[0]), args[1]
		if args[2] != nil {
			attrs = args[2]
		}
		if name == "" {
			return nil, object.NewException("System.ArgumentException", "The value of the argument 'name' is not valid.")
		}
	}
	setter(o, "Name", "System.String", name)
	setter(o, "ParameterType", "System.Type", typ)
	o.Add(&object.Member{Name: "Attributes", Kind: object.Property, Value: attrs, Type: "System.Collections.ObjectModel.Collection[System.Attribute]"})
	o.Add(&object.Member{Name: "Value", Kind: object.NoteProperty, Value: nil})
	o.Add(&object.Member{Name: "IsSet", Kind: object.NoteProperty, Value: false})
	return o, nil
}

// newRuntimeDefinedParameterDictionary is the name → parameter table a
// dynamicparam block returns.
func newRuntimeDefinedParameterDictionary(args []any) (any, error) {
	if len(args) != 0 {
		return nil, overload
	}
	h := object.NewHashtable(false)
	h.Dict = &object.DictType{TypeName: RuntimeParameterDictType, KeyType: "System.String", ValueType: "System.Object", IgnoreCase: true}
	return h, nil
}

// IsRuntimeParameterDictionary reports whether v is what
// newRuntimeDefinedParameterDictionary made.
func IsRuntimeParameterDictionary(v any) bool {
	h, ok := v.(*object.Hashtable)
	return ok && h.Dict != nil && strings.EqualFold(h.Dict.TypeName, RuntimeParameterDictType)
}
