package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// varAttributes is PSVariable.Attributes for v: the ArgumentTypeConverter
// its type constraint installs ([int]$x), then an object for each
// validation attribute it was declared with, carrying the public
// properties the .NET attribute has in Windows PowerShell 5.1. nil for a
// plain variable. The attributes come from the declaration the binder
// checks with, which keeps no order among them: they are listed by kind.
func varAttributes(v *Variable) []any {
	if v.Type == "" && v.check == nil {
		return nil
	}
	var out []any
	if v.Type != "" && !strings.EqualFold(v.Type, "System.Object") && !strings.EqualFold(v.Type, "object") {
		a := attributeObject("System.Management.Automation.ArgumentTypeConverterAttribute", "System.Management.Automation.ArgumentTransformationAttribute")
		attrProp(a, "TransformNullOptionalParameters", "bool", true)
		out = append(out, a)
	}
	d := v.check
	if d == nil {
		return finishAttributes(out)
	}
	const enumerated = "System.Management.Automation.ValidateEnumeratedArgumentsAttribute"
	if d.ValidateNotNull {
		out = append(out, attributeObject("System.Management.Automation.ValidateNotNullAttribute", ""))
	}
	if d.ValidateNotNullOrEmpty {
		out = append(out, attributeObject("System.Management.Automation.ValidateNotNullOrEmptyAttribute", ""))
	}
	if d.ValidateCount != nil {
		a := attributeObject("System.Management.Automation.ValidateCountAttribute", "")
		attrProp(a, "MinLength", "int", int32(d.ValidateCount[0]))
		attrProp(a, "MaxLength", "int", int32(d.ValidateCount[1]))
		out = append(out, a)
	}
	if d.ValidateLength != nil {
		a := attributeObject("System.Management.Automation.ValidateLengthAttribute", enumerated)
		attrProp(a, "MinLength", "int", int32(d.ValidateLength[0]))
		attrProp(a, "MaxLength", "int", int32(d.ValidateLength[1]))
		out = append(out, a)
	}
	if d.ValidatePattern != "" {
		a := attributeObject("System.Management.Automation.ValidatePatternAttribute", enumerated)
		attrProp(a, "RegexPattern", "string", d.ValidatePattern)
		var opts any = "IgnoreCase"
		if t, ok := dotnet.LookupEnum("System.Text.RegularExpressions.RegexOptions"); ok {
			opts = dotnet.Enum{Type: t, Value: 1} // RegexOptions.IgnoreCase
		}
		attrProp(a, "Options", "System.Text.RegularExpressions.RegexOptions", opts)
		out = append(out, a)
	}
	if d.ValidateRange != nil {
		a := attributeObject("System.Management.Automation.ValidateRangeAttribute", enumerated)
		attrProp(a, "MinRange", "System.Object", d.ValidateRange.Min)
		attrProp(a, "MaxRange", "System.Object", d.ValidateRange.Max)
		out = append(out, a)
	}
	if len(d.ValidateSet) > 0 {
		a := attributeObject("System.Management.Automation.ValidateSetAttribute", enumerated)
		vals := make([]any, len(d.ValidateSet))
		for i, s := range d.ValidateSet {
			vals[i] = s
		}
		attrProp(a, "ValidValues", "System.Collections.Generic.IList[string]", vals)
		attrProp(a, "IgnoreCase", "bool", true)
		out = append(out, a)
	}
	if d.ValidateScript != nil {
		a := attributeObject("System.Management.Automation.ValidateScriptAttribute", enumerated)
		attrProp(a, "ScriptBlock", "scriptblock", d.ValidateScript)
		out = append(out, a)
	}
	return finishAttributes(out)
}

// attributeObject is a .NET attribute: its type names (most derived
// first) and TypeId, the attribute's own type, which Format-List shows
// last; it prints as its type's full name, as Attribute.ToString does.
func attributeObject(full, base string) *object.PSObject {
	names := []string{full}
	if base != "" {
		names = append(names, base)
	}
	if strings.HasPrefix(full, "System.Management.Automation.Validate") && base != "System.Management.Automation.ValidateArgumentsAttribute" {
		names = append(names, "System.Management.Automation.ValidateArgumentsAttribute")
	}
	names = append(names, "System.Management.Automation.Internal.CmdletMetadataAttribute", "System.Attribute", "System.Object")
	o := object.NewObject(names...)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return full, nil }})
	return o
}

// attrProp adds a read-only property of an attribute.
func attrProp(o *object.PSObject, name, typ string, v any) {
	o.Add(&object.Member{Name: name, Kind: object.Property, Type: typ, Value: v})
}

// finishAttributes appends TypeId, which comes last in Format-List, to
// each attribute object.
func finishAttributes(attrs []any) []any {
	for _, a := range attrs {
		o := a.(*object.PSObject)
		full := o.TypeNames[0]
		name := full[strings.LastIndexByte(full, '.')+1:]
		attrProp(o, "TypeId", "System.Object", &object.TypeValue{FullName: full, Name: name})
	}
	return attrs
}
