package pipeline

import (
	"strings"
	"sync"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// shortType returns the .NET full name of a short type name a ParamDecl
// may use (lower case), as messages and Get-Help show it. A switch, not a
// map, so that no init code builds a table.
func shortType(t string) (string, bool) {
	switch t {
	case "", "object":
		return "System.Object", true
	case "string":
		return "System.String", true
	case "int", "int32":
		return "System.Int32", true
	case "long", "int64":
		return "System.Int64", true
	case "uint32":
		return "System.UInt32", true
	case "uint64":
		return "System.UInt64", true
	case "byte":
		return "System.Byte", true
	case "double":
		return "System.Double", true
	case "float", "single":
		return "System.Single", true
	case "decimal":
		return "System.Decimal", true
	case "bool", "boolean":
		return "System.Boolean", true
	case "switch":
		return "System.Management.Automation.SwitchParameter", true
	case "datetime":
		return "System.DateTime", true
	case "timespan":
		return "System.TimeSpan", true
	case "scriptblock":
		return "System.Management.Automation.ScriptBlock", true
	case "hashtable":
		return "System.Collections.Hashtable", true
	case "securestring":
		return "System.Security.SecureString", true
	case "char":
		return "System.Char", true
	case "pscredential":
		return "System.Management.Automation.PSCredential", true
	case "psobject":
		return "System.Management.Automation.PSObject", true
	case "regex":
		return "System.Text.RegularExpressions.Regex", true
	case "version":
		return "System.Version", true
	case "uri":
		return "System.Uri", true
	case "guid":
		return "System.Guid", true
	case "type":
		return "System.Type", true
	case "xml":
		return "System.Xml.XmlDocument", true
	case "encoding":
		return "System.Text.Encoding", true
	}
	return "", false
}

// fullTypeName returns the .NET full name of a declared type name
// ("string[]" → "System.String[]").
func fullTypeName(t string) string {
	if strings.HasSuffix(t, "[]") {
		return fullTypeName(strings.TrimSuffix(t, "[]")) + "[]"
	}
	if n, ok := shortType(strings.ToLower(t)); ok {
		return n
	}
	if tv, ok := dotnet.ResolveType(t); ok && tv.FullName != "" {
		return tv.FullName
	}
	return t
}

// paramTypeName is the parameter's .NET type name as messages show it.
func paramTypeName(p *ParamDecl) string {
	if p.Enum != nil {
		if isArrayType(p.Type) {
			return p.Enum.FullName + "[]"
		}
		return p.Enum.FullName
	}
	return fullTypeName(p.Type)
}

// shortTypeName is the type as Get-Command -Syntax shows it: the last
// dotted component ("CertType[]", "String", "SwitchParameter").
func shortTypeName(p *ParamDecl) string {
	if p.DisplayType != "" {
		return p.DisplayType
	}
	full := paramTypeName(p)
	arr := strings.HasSuffix(full, "[]")
	full = strings.TrimSuffix(full, "[]")
	if i := strings.LastIndex(full, "."); i >= 0 {
		full = full[i+1:]
	}
	if arr {
		full += "[]"
	}
	return full
}

func isArrayType(t string) bool { return strings.HasSuffix(t, "[]") }

// isObjectType reports whether a type takes any value unconverted.
func isObjectType(t string) bool {
	switch strings.ToLower(t) {
	case "", "object", "system.object", "psobject", "system.management.automation.psobject":
		return true
	}
	return false
}

func isScriptBlockType(t string) bool {
	switch strings.ToLower(t) {
	case "scriptblock", "system.management.automation.scriptblock":
		return true
	}
	return false
}

func toString(v any) string { return dotnet.ToString(v) }

// enumerate returns the elements of a collection the way the binder
// spreads a value over an array parameter.
func enumerate(v any) ([]any, bool) {
	switch x := v.(type) {
	case []any:
		return x, true
	case *object.List:
		return x.Items, true
	}
	return nil, false
}

// unwrapNull turns AutomationNull into $null.
func unwrapNull(v any) any {
	if _, ok := v.(object.AutomationNull); ok {
		return nil
	}
	return v
}

// coerce converts v to the parameter's declared type.
func coerce(p *ParamDecl, v any) (any, error) {
	v = unwrapNull(v)
	if p.IsSwitch() {
		return toSwitch(v), nil
	}
	t := p.Type
	if isArrayType(t) {
		elem := strings.TrimSuffix(t, "[]")
		items, ok := enumerate(v)
		if !ok {
			if v == nil {
				return nil, nil
			}
			items = []any{v}
		}
		out := make([]any, len(items))
		for i, it := range items {
			c, err := coerceScalar(p, elem, unwrapNull(it), v)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	return coerceScalar(p, t, v, v)
}

// coerceScalar converts one value; whole is the argument it came from
// (for the message).
func coerceScalar(p *ParamDecl, t string, v, whole any) (any, error) {
	if p.Enum != nil {
		return convertEnum(p.Enum, v, t)
	}
	if isObjectType(t) {
		return v, nil
	}
	if isScriptBlockType(t) {
		if _, ok := v.(object.ScriptBlock); ok || v == nil {
			return v, nil
		}
	}
	if (strings.EqualFold(t, "bool") || strings.EqualFold(t, "System.Boolean")) && !p.LooseBool {
		if b, ok := boolArg(v); ok {
			return b, nil
		}
		if _, isArr := v.([]any); isArr && p.ArrayBool && !isArrayType(p.Type) {
			return dotnet.ToBool(v), nil
		}
		if v != nil {
			// A [bool] parameter of a cmdlet or an advanced function
			// takes only Booleans and numbers, each element of a [bool[]]
			// too (ParameterBinding.Tests, "Binding array of string to
			// array of bool").
			return nil, boolParamError{dotnet.TypeName(v)}
		}
	}
	return dotnet.Convert(v, t)
}

// boolArg converts the values a [bool] parameter takes as they are
// (Booleans and numbers); others go through Convert.
func boolArg(v any) (bool, bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case int32, int64, int, float64, int16, int8, uint8, uint16, uint32, uint64:
		return dotnet.ToBool(x), true
	}
	return false, false
}

// toSwitch converts the argument of -Switch:value.
func toSwitch(v any) bool {
	if v == nil {
		return false
	}
	return dotnet.ToBool(v)
}

// convertEnum converts v to a member of e, as its canonical name (or
// names joined by ", " for [Flags] enums). The conversion is
// LanguagePrimitives' (dotnet.Convert): names without case, a unique
// prefix, numbers, and PowerShell's error texts.
func convertEnum(e *EnumType, v any, t string) (any, error) {
	r, err := dotnet.Convert(v, dotnetEnum(e).FullName)
	if err != nil {
		return nil, err
	}
	if ev, ok := r.(dotnet.Enum); ok {
		return ev.String(), nil
	}
	return toString(r), nil
}

var (
	enumMu  sync.Mutex
	enumReg map[*EnumType]*dotnet.EnumType // made on first use, under enumMu
)

// dotnetEnum makes a declared enum known to the dotnet package (so that
// Convert, [type] literals and -is know it) and returns it; an enum the
// package already knows by that name is used as it is.
func dotnetEnum(e *EnumType) *dotnet.EnumType {
	enumMu.Lock()
	defer enumMu.Unlock()
	if d, ok := enumReg[e]; ok {
		return d
	}
	d, ok := dotnet.LookupEnum(e.FullName)
	if !ok {
		d = &dotnet.EnumType{FullName: e.FullName, Names: append([]string(nil), e.Values...), Flags: e.Flags}
		for i := range e.Values {
			v := int64(i)
			if e.Flags {
				v = 1 << i
			}
			d.Values = append(d.Values, v)
		}
		dotnet.RegisterEnum(d)
	}
	if enumReg == nil {
		enumReg = map[*EnumType]*dotnet.EnumType{}
	}
	enumReg[e] = d
	return d
}

// typeMatches reports whether v already is of the parameter's type (the
// "without coercion" pass of pipeline and positional binding).
func typeMatches(p *ParamDecl, v any) bool {
	v = unwrapNull(v)
	t := p.Type
	if p.IsSwitch() {
		_, ok := v.(bool)
		return ok
	}
	if isArrayType(t) {
		elem := strings.TrimSuffix(t, "[]")
		if items, ok := enumerate(v); ok {
			for _, it := range items {
				if !scalarMatches(p, elem, it) {
					return false
				}
			}
			return true
		}
		return scalarMatches(p, elem, v)
	}
	return scalarMatches(p, t, v)
}

func scalarMatches(p *ParamDecl, t string, v any) bool {
	if isObjectType(t) {
		return true
	}
	if v == nil {
		return false
	}
	if p.Enum != nil {
		return false
	}
	full := fullTypeName(t)
	if dotnet.TypeName(v) == full {
		return true
	}
	tv, ok := dotnet.ResolveType(t)
	if !ok {
		tv = &object.TypeValue{FullName: full}
	}
	return dotnet.IsInstance(v, tv)
}

// boolParamError is the binder's refusal to turn a non-number into a
// [bool] parameter.
type boolParamError struct{ from string }

// Error is the explanation PowerShell appends.
func (e boolParamError) Error() string {
	return "Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0."
}
