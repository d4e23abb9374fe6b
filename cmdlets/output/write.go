package output

import (
	"path"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

var writeOutput = &pipeline.CommandInfo{
	Name: "Write-Output",
	Params: []*pipeline.ParamDecl{
		{Name: "InputObject", Type: "psobject[]", AllowNull: true, AllowEmptyString: true, ValueFromRemainingArguments: true,
			Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}},
			Help: "The objects to send down the pipeline."},
		withHelp(param("NoEnumerate", "switch"), "Sends a collection as one object instead of element by element."),
	},
	Synopsis:    "Sends the specified objects to the next command in the pipeline.",
	Description: "Write-Output sends objects down the pipeline, or to the console when it is the last command. Collections are sent one element at a time unless -NoEnumerate is given.",
	Examples: []pipeline.Example{
		{Title: "Example 1: Output a value", Code: "Write-Output 'test output'", Remarks: "Prints the string."},
		{Title: "Example 2: Keep an array whole", Code: "Write-Output 1,2,3 -NoEnumerate | Measure-Object", Remarks: "Count is 1: the array travels as one object."},
	},
	Process: func(c *pipeline.Call) error {
		in := c.Get("InputObject")
		if c.HasInput {
			in = c.Input
		}
		if c.Switch("NoEnumerate") {
			return c.Out(in)
		}
		if items, ok := dotnet.Enumerate(in); ok {
			return c.OutAll(items)
		}
		return c.Out(in)
	},
}

var writeHost = &pipeline.CommandInfo{
	Name: "Write-Host",
	Params: []*pipeline.ParamDecl{
		{Name: "Object", Type: "object", AllowNull: true, AllowEmptyString: true, ValueFromRemainingArguments: true,
			Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, ValueFromPipeline: true}},
			Help: "The objects to display; collections show their elements separated by -Separator."},
		withHelp(param("NoNewline", "switch"), "Leaves the cursor after the text instead of starting a new line."),
		withHelp(param("Separator", "object"), "The text put between the displayed elements (a space by default)."),
		withHelp(colorParam("ForegroundColor"), "The text colour."),
		withHelp(colorParam("BackgroundColor"), "The background colour."),
	},
	Synopsis:    "Writes customized output to the host.",
	Description: "Write-Host shows text on the console, optionally in colour and without a line break. The text goes to the information stream tagged PSHOST, so it is not part of the command's output and cannot be piped.",
	Examples: []pipeline.Example{
		{Title: "Example 1: Colours", Code: "Write-Host 'Certificate assigned' -ForegroundColor Green", Remarks: "Prints the message in green on a colour terminal."},
		{Title: "Example 2: Separator", Code: "Write-Host (2,4,6,8,10,12) -Separator ', +2= '", Remarks: "Prints 2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12."},
		{Title: "Example 3: No new line", Code: "Write-Host 'no newline test ' -NoNewline; Write-Host 'second string'", Remarks: "Both strings appear on one line."},
	},
	Process: func(c *pipeline.Call) error {
		obj := c.Get("Object")
		if c.HasInput {
			obj = c.Input
		}
		sep := " "
		if c.Has("Separator") {
			sep = dotnet.ToString(c.Get("Separator"))
		}
		var sb strings.Builder
		hostText(&sb, obj, sep, true)
		msg := &format.HostMessage{Message: sb.String(), NoNewLine: c.Switch("NoNewline"),
			ForegroundColor: colorName(c.Get("ForegroundColor")), BackgroundColor: colorName(c.Get("BackgroundColor"))}
		rec := format.NewInformationRecord(msg, []string{"PSHOST"}, "Write-Host")
		// Write-Host shows whatever $InformationPreference says; only an
		// explicit -InformationAction hides it.
		if pref, ok := c.Rt.GetVar("InformationPreference"); !ok || dotnet.ToString(pref) == c.InformationAction.String() {
			c.InformationAction = pipeline.Continue
		}
		return c.WriteInformation(rec)
	},
}

// colorParam declares a ConsoleColor parameter.
func colorParam(name string) *pipeline.ParamDecl {
	return &pipeline.ParamDecl{Name: name, Type: "System.ConsoleColor",
		Enum: &pipeline.EnumType{FullName: "System.ConsoleColor", Values: format.ConsoleColors},
		Sets: []pipeline.SetBinding{named(pipeline.AllSets)}}
}

// colorName is the ConsoleColor name of a bound colour ("" when unset).
func colorName(v any) string {
	if v == nil {
		return ""
	}
	return dotnet.ToString(v)
}

// hostText flattens what Write-Host displays: strings as they are,
// collections element by element joined by sep.
func hostText(sb *strings.Builder, v any, sep string, top bool) bool {
	if s, ok := v.(string); ok {
		sb.WriteString(s)
		return true
	}
	if items, ok := dotnet.Enumerate(v); ok {
		first := true
		for _, e := range items {
			if !first {
				sb.WriteString(sep)
			}
			hostText(sb, e, sep, false)
			first = false
		}
		return !first
	}
	if v == nil {
		return false
	}
	sb.WriteString(dotnet.ToString(v))
	return true
}

var errorCategories = []string{"NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected",
	"InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError",
	"NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError",
	"ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError",
	"WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
	"LimitsExceeded", "QuotaExceeded", "NotEnabled"}

// writeErrorType is the exception Write-Error wraps a message in.
const writeErrorType = "Microsoft.PowerShell.Commands.WriteErrorException"

var writeError = &pipeline.CommandInfo{
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

// messageParam declares the -Message parameter of Write-Warning and its
// siblings.
func messageParam() *pipeline.ParamDecl {
	return &pipeline.ParamDecl{Name: "Message", Type: "string", AllowEmptyString: true, Aliases: []string{"Msg"},
		Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}},
		Help: "The text of the message."}
}

// messageOf is the message to write: piped input or -Message.
func messageOf(c *pipeline.Call) string {
	if c.HasInput {
		return dotnet.ToString(c.Input)
	}
	return c.String("Message")
}

var writeWarning = &pipeline.CommandInfo{
	Name:        "Write-Warning",
	Params:      []*pipeline.ParamDecl{messageParam()},
	Synopsis:    "Writes a warning message.",
	Description: "Write-Warning writes to the warning stream, shown as \"WARNING: message\" unless $WarningPreference or -WarningAction says otherwise.",
	Examples: []pipeline.Example{
		{Title: "Example 1: A warning", Code: "Write-Warning 'The certificate expires in 10 days.'", Remarks: "Prints WARNING: The certificate expires in 10 days."},
	},
	Process: func(c *pipeline.Call) error { return c.WriteWarning(messageOf(c)) },
}

var writeVerbose = &pipeline.CommandInfo{
	Name:        "Write-Verbose",
	Params:      []*pipeline.ParamDecl{messageParam()},
	Synopsis:    "Writes text to the verbose message stream.",
	Description: "Write-Verbose writes to the verbose stream, shown as \"VERBOSE: message\" only with -Verbose or when $VerbosePreference is Continue.",
	Examples: []pipeline.Example{
		{Title: "Example 1: Show verbose text", Code: "Write-Verbose -Message 'Reading the store' -Verbose", Remarks: "Prints VERBOSE: Reading the store."},
	},
	Process: func(c *pipeline.Call) error { return c.WriteVerbose(messageOf(c)) },
}

var writeDebug = &pipeline.CommandInfo{
	Name:        "Write-Debug",
	Params:      []*pipeline.ParamDecl{messageParam()},
	Synopsis:    "Writes a debug message to the console.",
	Description: "Write-Debug writes to the debug stream, shown as \"DEBUG: message\" only with -Debug or when $DebugPreference asks for it.",
	Examples: []pipeline.Example{
		{Title: "Example 1: A debug message", Code: "$DebugPreference = 'Continue'; Write-Debug 'thumbprint checked'", Remarks: "Prints DEBUG: thumbprint checked."},
	},
	Process: func(c *pipeline.Call) error { return c.WriteDebug(messageOf(c)) },
}

var writeInformation = &pipeline.CommandInfo{
	Name: "Write-Information",
	Params: []*pipeline.ParamDecl{
		{Name: "MessageData", Type: "object", AllowNull: true, Aliases: []string{"Msg", "Message"},
			Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true}},
			Help: "The information to write."},
		withHelp(param("Tags", "string[]", at(pipeline.AllSets, 1)), "Tags to sort and filter the messages by."),
	},
	Synopsis:    "Specifies how PowerShell handles information stream data for a command.",
	Description: "Write-Information writes to the information stream, shown only with -InformationAction Continue or when $InformationPreference is Continue, and kept in -InformationVariable.",
	Examples: []pipeline.Example{
		{Title: "Example 1: Show information", Code: "Write-Information -MessageData 'Import finished' -InformationAction Continue", Remarks: "Prints Import finished."},
	},
	Process: func(c *pipeline.Call) error {
		return c.WriteInformation(format.NewInformationRecord(c.Get("MessageData"), c.Strings("Tags"), "Write-Information"))
	},
}
