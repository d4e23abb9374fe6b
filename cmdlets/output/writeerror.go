package output

import (
	"path"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

var errorCategories = []string{"NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected",
	"InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError",
	"NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError",
	"ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError",
	"WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
	"LimitsExceeded", "QuotaExceeded", "NotEnabled"}

// writeErrorType is the exception Write-Error wraps a message in.
const writeErrorType = "Microsoft.PowerShell.Commands.WriteErrorException"

func writeError() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Write-Error",
		DefaultSet: "NoException",
		Params: []*pipeline.ParamDecl{
			withHelp(param("Exception", "object", must("WithException", -1)), "The exception to report."),
			withHelp(param("ErrorRecord", "object", must("ErrorRecord", -1)), "An error record to write as it is."),
			withHelp(&pipeline.ParamDecl{Name: "Message", Type: "string", AllowNull: true, AllowEmptyString: true, Sets: []pipeline.SetBinding{
				{Set: "NoException", Position: 0, Mandatory: true, ValueFromPipeline: true},
				{Set: "WithException", Position: -1},
			}}, "The text of the error.", "Msg"),
			withHelp(&pipeline.ParamDecl{Name: "Category", Type: "System.Management.Automation.ErrorCategory",
				Enum: &pipeline.EnumType{FullName: "System.Management.Automation.ErrorCategory", Values: errorCategories},
				Sets: []pipeline.SetBinding{named("NoException"), named("WithException")}}, "The error category (NotSpecified by default)."),
			withHelp(param("ErrorId", "string", named("NoException"), named("WithException")), "An identifier for the error (the first part of FullyQualifiedErrorId)."),
			withHelp(param("TargetObject", "object", named("NoException"), named("WithException")), "The object being processed when the error happened."),
			withHelp(param("RecommendedAction", "string"), "What the user should do about the error."),
			withHelp(param("CategoryActivity", "string"), "The activity shown in the error's CategoryInfo.", "Activity"),
			withHelp(param("CategoryReason", "string"), "The reason shown in the error's CategoryInfo.", "Reason"),
			withHelp(param("CategoryTargetName", "string"), "The target name shown in the error's CategoryInfo.", "TargetName"),
			withHelp(param("CategoryTargetType", "string"), "The target type shown in the error's CategoryInfo.", "TargetType"),
		},
		Synopsis:    "Writes an object to the error stream.",
		Description: "Write-Error writes a non-terminating error: the script goes on, $? becomes False, and the error is shown and added to $Error. With -ErrorAction Stop it stops the script instead.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Report a problem", Code: "Write-Error 'No OAuthTokenIssuer certificate is assigned.'", Remarks: "Shows the message as an error and continues."},
			{Title: "Example 2: With a category and target", Code: "Write-Error -Message 'Not found' -Category ObjectNotFound -TargetObject $thumb", Remarks: "The CategoryInfo line names the category and the target."},
		},
		Process: writeErrorProcess,
	}
}

func writeErrorProcess(c *pipeline.Call) error {
	var rec *object.ErrorRecord
	msg := c.String("Message")
	if c.HasInput && c.SetName == "NoException" {
		msg = dotnet.ToString(c.Input)
	}
	switch c.SetName {
	case "ErrorRecord":
		r, ok := c.Get("ErrorRecord").(*object.ErrorRecord)
		if !ok {
			return c.Fail(object.NewException("System.Management.Automation.ParameterBindingException",
				"Cannot bind parameter 'ErrorRecord'. Cannot convert the \"%s\" value of type \"%s\" to type \"System.Management.Automation.ErrorRecord\".",
				dotnet.ToString(c.Get("ErrorRecord")), dotnet.TypeName(c.Get("ErrorRecord"))), "CannotConvertArgumentNoMessage", "InvalidArgument", nil)
		}
		copyRec := *r
		rec = &copyRec
	case "WithException":
		ex, ok := c.Get("Exception").(*object.Exception)
		if !ok {
			ex = object.NewException("System.Exception", "%s", dotnet.ToString(c.Get("Exception")))
		}
		id := c.String("ErrorId")
		if id == "" {
			id = ex.Type
		}
		rec = object.NewError(ex, id, categoryOf(c), c.Get("TargetObject"))
		if c.Has("Message") {
			rec.DetailsMessage = msg
		}
	default:
		ex := &object.Exception{Type: writeErrorType, Message: msg}
		id := c.String("ErrorId")
		if id == "" {
			id = writeErrorType
		}
		rec = object.NewError(ex, id, categoryOf(c), c.Get("TargetObject"))
	}
	// The error belongs to the script or function that called
	// Write-Error, as $MyInvocation describes it.
	if inv := callerInvocation(c); inv != nil {
		rec.Invocation = inv
		if suffix := commandSuffix(inv); suffix != "" && c.SetName != "ErrorRecord" {
			rec.FullyQualifiedErrorID += "," + suffix
		}
	}
	if ra := c.String("RecommendedAction"); ra != "" && c.SetName != "ErrorRecord" {
		// ErrorDetails carries the recommended action; without a
		// -Message of its own its message is the error's text.
		if rec.DetailsMessage == "" && rec.Exception != nil {
			rec.DetailsMessage = rec.Exception.Message
		}
		rec.RecommendedAction = ra
	}
	if rec.Activity == "" {
		rec.Activity = "Write-Error"
	}
	if s := c.String("CategoryActivity"); s != "" {
		rec.Activity = s
	}
	if s := c.String("CategoryReason"); s != "" {
		rec.Reason = s
	}
	if s := c.String("CategoryTargetName"); s != "" {
		rec.TargetName = s
	}
	if s := c.String("CategoryTargetType"); s != "" {
		rec.TargetType = s
	}
	return c.WriteError(rec)
}

// categoryOf is the -Category value (NotSpecified by default).
func categoryOf(c *pipeline.Call) string {
	if v := c.Get("Category"); v != nil {
		if s := dotnet.ToString(v); s != "" {
			return s
		}
	}
	return "NotSpecified"
}

// callerInvocation reads $MyInvocation of the scope that called
// Write-Error: a script's own path, or the function and where it was
// called.
func callerInvocation(c *pipeline.Call) *object.InvocationInfo {
	if c.Rt == nil {
		return nil
	}
	v, ok := c.Rt.GetVar("MyInvocation")
	if !ok {
		return nil
	}
	switch t := v.(type) {
	case *object.InvocationInfo:
		return t
	case *object.PSObject:
		if inv, ok := t.Base.(*object.InvocationInfo); ok {
			return inv
		}
		return invocationFromObject(t)
	}
	return nil
}

// invocationFromObject reads an InvocationInfo object's properties.
func invocationFromObject(o *object.PSObject) *object.InvocationInfo {
	str := func(x *object.PSObject, name string) string {
		if x == nil {
			return ""
		}
		v, _ := x.Prop(name)
		if v == nil {
			return ""
		}
		return dotnet.ToString(v)
	}
	num := func(name string) int {
		v, _ := o.Prop(name)
		n, err := dotnet.Convert(v, "int")
		if err != nil {
			return 0
		}
		i, _ := n.(int32)
		return int(i)
	}
	cmd, _ := o.Prop("MyCommand")
	cmdObj, _ := cmd.(*object.PSObject)
	name := str(cmdObj, "Name")
	if name == "" && cmd != nil && cmdObj == nil {
		name = dotnet.ToString(cmd)
	}
	if p := str(o, "PSCommandPath"); p != "" && name == path.Base(strings.ReplaceAll(p, `\`, "/")) {
		name = p // a script's errors name its path
	}
	inv := &object.InvocationInfo{
		MyCommand:      name,
		InvocationName: str(o, "InvocationName"),
		ScriptName:     str(o, "ScriptName"),
		Line:           num("ScriptLineNumber"),
		Column:         num("OffsetInLine"),
		LineText:       str(o, "Line"),
	}
	if inv.Line > 0 && inv.Column > 0 {
		rest := []rune(strings.TrimRight(inv.LineText, " \t\r\n"))
		if inv.Column-1 < len(rest) {
			inv.MarkerLen = len(rest) - (inv.Column - 1)
		}
	}
	return inv
}

// commandSuffix is the command name PowerShell appends to the error id:
// a function's name or a script's file name (none for typed input).
func commandSuffix(inv *object.InvocationInfo) string {
	name := inv.MyCommand
	if name == "" || strings.ContainsAny(name, " \t\r\n;|\"'") {
		return ""
	}
	if strings.ContainsAny(name, `/\`) {
		name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	}
	return name
}
