package output

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
)

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

func writeWarning() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "Write-Warning",
		Params:      []*pipeline.ParamDecl{messageParam()},
		Synopsis:    "Writes a warning message.",
		Description: "Write-Warning writes to the warning stream, shown as \"WARNING: message\" unless $WarningPreference or -WarningAction says otherwise.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A warning", Code: "Write-Warning 'The certificate expires in 10 days.'", Remarks: "Prints WARNING: The certificate expires in 10 days."},
		},
		Process: func(c *pipeline.Call) error { return c.WriteWarning(messageOf(c)) },
	}
}

func writeVerbose() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "Write-Verbose",
		Params:      []*pipeline.ParamDecl{messageParam()},
		Synopsis:    "Writes text to the verbose message stream.",
		Description: "Write-Verbose writes to the verbose stream, shown as \"VERBOSE: message\" only with -Verbose or when $VerbosePreference is Continue.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Show verbose text", Code: "Write-Verbose -Message 'Reading the store' -Verbose", Remarks: "Prints VERBOSE: Reading the store."},
		},
		Process: func(c *pipeline.Call) error { return c.WriteVerbose(messageOf(c)) },
	}
}

func writeDebug() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "Write-Debug",
		Params:      []*pipeline.ParamDecl{messageParam()},
		Synopsis:    "Writes a debug message to the console.",
		Description: "Write-Debug writes to the debug stream, shown as \"DEBUG: message\" only with -Debug or when $DebugPreference asks for it.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A debug message", Code: "$DebugPreference = 'Continue'; Write-Debug 'thumbprint checked'", Remarks: "Prints DEBUG: thumbprint checked."},
		},
		Process: func(c *pipeline.Call) error { return c.WriteDebug(messageOf(c)) },
	}
}

func writeInformation() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
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
}
