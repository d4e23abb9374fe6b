package members

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// ErrorRecord, its CategoryInfo and InvocationInfo, and .NET exceptions
// as $_ shows them in a catch block.

func shortName(full string) string {
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		return full[i+1:]
	}
	return full
}

func errorRecordGet(r *object.ErrorRecord, lname string) (any, bool) {
	switch lname {
	case "exception":
		if r.Exception == nil {
			return nil, true
		}
		return r.Exception, true
	case "targetobject":
		return r.TargetObject, true
	case "categoryinfo":
		return CategoryInfo(r), true
	case "fullyqualifiederrorid":
		return r.FullyQualifiedErrorID, true
	case "errordetails":
		if r.DetailsMessage == "" {
			return nil, true
		}
		return errorDetails(r.DetailsMessage, r.RecommendedAction, r), true
	case "invocationinfo":
		if r.Invocation == nil {
			return nil, true
		}
		return InvocationInfo(r.Invocation), true
	case "scriptstacktrace":
		return r.ScriptStackTrace, true
	case "pipelineiterationinfo":
		return []any{}, true
	case "psmessagedetails":
		return nil, true
	}
	return nil, false
}

// CategoryInfo builds $_.CategoryInfo; its ToString is the line NormalView
// prints: "ObjectNotFound: (x:String) [Get-Item], ItemNotFoundException".
func CategoryInfo(r *object.ErrorRecord) *object.PSObject {
	category := r.Category
	if category == "" {
		category = "NotSpecified"
	}
	activity := r.Activity
	if activity == "" && r.Invocation != nil && !r.Invocation.Application {
		activity = r.Invocation.MyCommand
	}
	reason := r.Reason
	if reason == "" && r.Exception != nil {
		reason = shortName(r.Exception.Type)
	}
	targetName, targetType := r.TargetName, r.TargetType
	if targetName == "" && r.TargetObject != nil {
		targetName = dotnet.ToString(r.TargetObject)
	}
	if targetType == "" && r.TargetObject != nil {
		targetType = shortName(dotnet.TypeName(r.TargetObject))
	}
	o := object.NewObject("System.Management.Automation.ErrorCategoryInfo", "System.Object")
	var cat any = category
	if t, ok := dotnet.LookupEnum("System.Management.Automation.ErrorCategory"); ok {
		if e, ok := dotnet.EnumValue(t, category); ok {
			cat = e
		}
	}
	o.Add(&object.Member{Name: "Category", Kind: object.Property, Value: cat})
	o.Add(&object.Member{Name: "Activity", Kind: object.Property, Value: activity})
	o.Add(&object.Member{Name: "Reason", Kind: object.Property, Value: reason})
	o.Add(&object.Member{Name: "TargetName", Kind: object.Property, Value: targetName})
	o.Add(&object.Member{Name: "TargetType", Kind: object.Property, Value: targetType})
	text := fmt.Sprintf("%s: (%s:%s) [%s], %s", category, targetName, targetType, activity, reason)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	o.Add(&object.Member{Name: "GetMessage", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o
}

// PositionMessage is InvocationInfo.PositionMessage: "At line:L char:C"
// (or "At path:L char:C"), the source line and the ~~~ marker.
func PositionMessage(inv *object.InvocationInfo) string {
	if inv == nil || inv.Line == 0 {
		return ""
	}
	var b strings.Builder
	if inv.ScriptName != "" {
		fmt.Fprintf(&b, "At %s:%d char:%d", inv.ScriptName, inv.Line, inv.Column)
	} else {
		fmt.Fprintf(&b, "At line:%d char:%d", inv.Line, inv.Column)
	}
	line := strings.TrimRight(inv.LineText, "\r\n")
	b.WriteString("\n+ " + line)
	n := inv.MarkerLen
	if n < 1 {
		n = 1
	}
	col := inv.Column - 1
	if col < 0 {
		col = 0
	}
	b.WriteString("\n+ " + strings.Repeat(" ", col) + strings.Repeat("~", n))
	return b.String()
}

// InvocationInfo builds $_.InvocationInfo.
func InvocationInfo(inv *object.InvocationInfo) *object.PSObject {
	o := object.NewObject("System.Management.Automation.InvocationInfo", "System.Object")
	var cmd any
	if inv.MyCommand != "" {
		c := object.NewObject("System.Management.Automation.CommandInfo", "System.Object")
		c.Add(&object.Member{Name: "Name", Kind: object.Property, Value: inv.MyCommand})
		name := inv.MyCommand
		c.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return name, nil }})
		cmd = c
	}
	root := ""
	if i := strings.LastIndexAny(inv.ScriptName, `/\`); i >= 0 {
		root = inv.ScriptName[:i]
	}
	add := func(n string, v any) { o.Add(&object.Member{Name: n, Kind: object.Property, Value: v}) }
	add("MyCommand", cmd)
	add("BoundParameters", object.NewHashtable(false))
	add("UnboundArguments", []any{})
	add("ScriptLineNumber", int32(inv.Line))
	add("OffsetInLine", int32(inv.Column))
	add("HistoryId", int64(1))
	add("ScriptName", inv.ScriptName)
	add("Line", inv.LineText)
	add("PositionMessage", PositionMessage(inv))
	add("PSScriptRoot", root)
	add("PSCommandPath", inv.ScriptName)
	add("InvocationName", inv.InvocationName)
	add("PipelineLength", int32(0))
	add("PipelinePosition", int32(0))
	add("ExpectingInput", false)
	add("CommandOrigin", "Internal")
	add("DisplayScriptPosition", nil)
	return o
}

func exceptionGet(e *object.Exception, name, lname string) (any, bool) {
	for k, v := range e.Props {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	switch lname {
	case "message":
		return e.Message, true
	case "innerexception":
		if e.Inner == nil {
			return nil, true
		}
		return e.Inner, true
	case "errorrecord":
		if e.Record == nil {
			if !dotnet.ExceptionIs(e.Type, "System.Management.Automation.RuntimeException") {
				return nil, false
			}
			return nil, true
		}
		return e.Record, true
	case "wasthrownfromthrowstatement":
		return e.Thrown != nil, true
	case "targetobject":
		return e.Thrown, true
	case "data":
		return object.NewHashtable(false), true
	case "hresult":
		return int32(-2146233087), true
	case "source", "stacktrace", "helplink", "targetsite":
		return nil, true
	}
	return nil, false
}

func exceptionMethod(e *object.Exception, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "getbaseexception":
		for e.Inner != nil {
			e = e.Inner
		}
		return e, true, nil
	case "tostring":
		return dotnet.ToString(e), true, nil
	}
	return nil, false, nil
}

func errorRecordMethod(r *object.ErrorRecord, name string, args []any) (any, bool, error) {
	if strings.EqualFold(name, "ToString") {
		return r.Error(), true, nil
	}
	return nil, false, nil
}

// typeGet serves System.Type properties of a type literal.
func typeGet(t *object.TypeValue, lname string) (any, bool) {
	switch lname {
	case "fullname":
		return dotnet.QualifiedFullName(t.FullName), true
	case "name":
		return t.Name, true
	case "namespace":
		if i := strings.LastIndexByte(strings.SplitN(t.FullName, "[", 2)[0], '.'); i >= 0 {
			return t.FullName[:i], true
		}
		return "", true
	case "basetype":
		b := dotnet.BaseType(t.FullName)
		if b == "" {
			return nil, true
		}
		if bt, ok := dotnet.ResolveType(b); ok {
			return bt, true
		}
		return &object.TypeValue{FullName: b, Name: shortName(b)}, true
	case "isarray":
		_, _, isArr := dotnet.SplitArrayType(t.FullName)
		return isArr, true
	case "isenum":
		_, ok := dotnet.LookupEnum(t.FullName)
		return ok, true
	case "isvaluetype":
		return dotnet.BaseType(t.FullName) == "System.ValueType" || dotnet.BaseType(t.FullName) == "System.Enum", true
	case "isclass":
		b := dotnet.BaseType(t.FullName)
		return b != "System.ValueType" && b != "System.Enum", true
	case "ispublic":
		return true, true
	case "underlyingsystemtype":
		return t, true
	case "isgenerictype":
		return genericArgs(t.FullName) != nil, true
	case "generictypearguments":
		return genericArgTypes(t), true
	case "implementedinterfaces":
		return interfaceTypes(t), true
	case "assemblyqualifiedname":
		return t.FullName, true
	}
	return nil, false
}
