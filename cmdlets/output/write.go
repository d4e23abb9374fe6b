package output

import (
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

func writeOutput() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
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
			} else if args, ok := in.([]any); ok && len(args) == 1 {
				// One argument (Write-Output 1,2): it is the value itself,
				// not a list of remaining arguments.
				in = args[0]
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
}

func writeHost() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Write-Host",
		Params: []*pipeline.ParamDecl{
			{Name: "Object", Type: "object", AllowNull: true, AllowEmptyString: true, ValueFromRemainingArguments: true,
				Aliases: []string{"Msg", "Message"},
				Sets:    []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, ValueFromPipeline: true}},
				Help:    "The objects to display; collections show their elements separated by -Separator."},
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
			// Write-Host shows whatever $InformationPreference and
			// -InformationAction say, except Ignore, from either of them
			// (Write-Host, Description note): a function called with
			// -InformationAction Ignore hides the Write-Host inside it.
			pref, ok := c.Rt.GetVar("InformationPreference")
			switch {
			case c.InformationAction == pipeline.Ignore:
			case c.InformationAction == pipeline.SilentlyContinue, !ok, dotnet.ToString(pref) == c.InformationAction.String():
				c.InformationAction = pipeline.Continue
			}
			return c.WriteInformation(rec)
		},
	}
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
	sb.WriteString(objectText(v))
	return true
}

// objectText is o.ToString() as Write-Host calls it: a date in the
// current culture (1/1/2020 12:00:00 AM), not PowerShell's invariant
// string conversion.
func objectText(v any) string {
	base := v
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		base = o.Base
	}
	if t, ok := base.(time.Time); ok {
		if s, err := dotnet.FormatValue(t, ""); err == nil {
			return s
		}
	}
	return dotnet.ToString(v)
}
