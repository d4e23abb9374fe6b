package output

import (
	"math"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// Parameters the Format-* cmdlets share.
func formatCommon(shape format.Kind) []*pipeline.ParamDecl {
	ps := []*pipeline.ParamDecl{
		withHelp(param("Property", "object[]", at(pipeline.AllSets, 0)),
			"The properties to show, in order: names (wildcards allowed), script blocks, or hashtables with Name/Label, Expression, FormatString"+
				map[format.Kind]string{format.TableKind: ", Width and Alignment", format.ListKind: "", format.WideKind: "", format.CustomKind: ""}[shape]+" keys."),
		withHelp(param("GroupBy", "object"), "Starts a new block each time this property (or calculated property) changes value; sort by it first."),
		withHelp(param("View", "string"), "The name of a registered view to use."),
		withHelp(param("ShowError", "switch"), "Shows errors raised while evaluating expressions."),
		withHelp(param("DisplayError", "switch"), "Shows the text of expression errors in the output."),
		withHelp(param("Force", "switch"), "Formats error records and other objects the formatter would otherwise show as they are."),
		withHelp(&pipeline.ParamDecl{Name: "Expand", Type: "string", ValidateSet: []string{"CoreOnly", "EnumOnly", "Both"},
			Sets: []pipeline.SetBinding{named(pipeline.AllSets)}},
			"How to format collections: their elements (EnumOnly, the default), the collection object itself (CoreOnly), or both."),
		inputObject("The objects to format."),
	}
	return ps
}

func formatTable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Format-Table",
		Params: append(formatCommon(format.TableKind),
			withHelp(param("AutoSize", "switch"), "Sizes the columns to the widest value of all the objects instead of the first ones."),
			withHelp(param("HideTableHeaders", "switch"), "Leaves out the header row and its underline."),
			withHelp(param("Wrap", "switch"), "Wraps long values onto further lines instead of cutting them with '...'."),
			// -RepeatHeader (5.1) repeats the header after each screen
			// full of a paged console; cspsh never pages its output (as
			// a file, a pipe or Out-String is not paged in PowerShell), so
			// the table is written once, and scripts that pass it still run.
			withHelp(param("RepeatHeader", "switch"), "Repeats the header after every screen full of a paged console; output that is not paged shows it once."),
		),
		Synopsis:    "Formats the output as a table.",
		Description: "Format-Table lays its input out as a table: one column per property, one row per object. Without -Property it uses the view registered for the objects' type, or their own properties (up to ten). The result is formatting data for Out-Default, Out-String or Out-File, not the objects themselves, so Format-Table belongs at the end of a pipeline.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Choose the columns", Code: "Get-CsCertificate | Format-Table Use, Thumbprint, NotAfter", Remarks: "One row per assigned certificate with the three columns."},
			{Title: "Example 2: A calculated column", Code: "Get-ChildItem C:\\Certificates | Format-Table Name, @{Name='KB'; Expression={$_.Length / 1KB}; FormatString='N1'; Alignment='Right'} -AutoSize", Remarks: "Shows each file's size in kilobytes with one decimal."},
			{Title: "Example 3: Group the rows", Code: "Get-CsCertificate | Sort-Object Issuer | Format-Table -GroupBy Issuer Use, Subject", Remarks: "A separate table for each issuer."},
		},
		Outputs: "Microsoft.PowerShell.Commands.Internal.Format",
		Begin:   func(c *pipeline.Call) error { return beginFormat(c, format.TableKind) },
		Process: processFormat,
		End:     endFormat,
	}
}

func formatList() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "Format-List",
		Params:      formatCommon(format.ListKind),
		Synopsis:    "Formats the output as a list of properties, each on its own line.",
		Description: "Format-List shows each object as a list of \"Name : Value\" lines, with the names padded to the longest. Use -Property * to see every property.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Every property", Code: "Get-CsCertificate -Type Default | Format-List *", Remarks: "Lists all the properties of the Default certificate assignment."},
			{Title: "Example 2: Chosen properties", Code: "Get-CsCertificate | Format-List Use, Thumbprint", Remarks: "Two lines per certificate."},
		},
		Outputs: "Microsoft.PowerShell.Commands.Internal.Format",
		Begin:   func(c *pipeline.Call) error { return beginFormat(c, format.ListKind) },
		Process: processFormat,
		End:     endFormat,
	}
}

func formatWide() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Format-Wide",
		Params: append(formatCommon(format.WideKind),
			withHelp(param("AutoSize", "switch"), "Fits as many columns as the widest value allows."),
			withHelp(rangeParam("Column", 1, math.MaxInt32), "The number of columns."),
		),
		Synopsis:    "Formats objects as a wide table that shows one property of each.",
		Description: "Format-Wide shows one property of each object (its name by default) in several columns across the screen: two unless -Column or -AutoSize says otherwise.",
		Examples: []pipeline.Example{
			{Title: "Example 1: File names in columns", Code: "Get-ChildItem C:\\Certificates | Format-Wide -Column 3", Remarks: "Three names to a line."},
			{Title: "Example 2: Another property", Code: "Get-CsCertificate | Format-Wide -Property Use -AutoSize", Remarks: "The certificate uses, as many per line as fit."},
		},
		Outputs: "Microsoft.PowerShell.Commands.Internal.Format",
		Begin:   func(c *pipeline.Call) error { return beginFormat(c, format.WideKind) },
		Process: processFormat,
		End:     endFormat,
	}
}

func formatCustom() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Format-Custom",
		Params: append(formatCommon(format.CustomKind),
			withHelp(param("Depth", "int"), "How deep to show nested objects."),
		),
		Synopsis:    "Formats output with a custom view.",
		Description: "Format-Custom shows each object with its registered custom view, or as \"class Type { Property = value … }\" when it has none.",
		Examples: []pipeline.Example{
			{Title: "Example 1: An object's properties", Code: "[pscustomobject]@{Name='a'; Size=1} | Format-Custom", Remarks: "Shows the object as a class block."},
		},
		Outputs: "Microsoft.PowerShell.Commands.Internal.Format",
		Begin:   func(c *pipeline.Call) error { return beginFormat(c, format.CustomKind) },
		Process: processFormat,
		End:     endFormat,
	}
}

// formatState is a Format-* call's formatter.
type formatState struct {
	f      *format.Formatter
	expand string
}

// beginFormat reads the parameters and starts the formatter.
func beginFormat(c *pipeline.Call, shape format.Kind) error {
	p := format.Params{Shape: shape, Limit: enumLimit(c), View: c.String("View")}
	if c.Has("View") && c.Has("Property") {
		return c.Fail(object.NewException("System.ArgumentException", "Cmdlet parameters View and Property are mutually exclusive."),
			"FormatCannotSpecifyViewAndProperty", "InvalidArgument", nil)
	}
	if c.Has("AutoSize") && c.Has("Column") {
		return c.Fail(object.NewException("System.ArgumentException", "Cmdlet parameters AutoSize and Column are mutually exclusive."),
			"FormatCannotSpecifyAutosizeAndColumns", "InvalidArgument", nil)
	}
	if c.Has("Property") {
		specs := asList(c.Get("Property"))
		cols, err := format.ParseColumns(specs, shape, c.Rt)
		if err != nil {
			return c.Fail(object.ExceptionOf(err), "DictionaryKeyIllegal", "InvalidArgument", nil)
		}
		p.Columns = cols
	}
	if c.Has("GroupBy") {
		g, err := format.ParseGroupBy(c.Get("GroupBy"), c.Rt)
		if err != nil {
			return c.Fail(object.ExceptionOf(err), "DictionaryKeyIllegal", "InvalidArgument", nil)
		}
		p.GroupBy = g
	}
	p.AutoSize = c.Switch("AutoSize")
	p.Force = c.Switch("Force")
	p.DisplayError = c.Switch("DisplayError")
	if n, ok := c.Get("Depth").(int32); ok {
		p.Depth = int(n)
	}
	p.ShowError = c.Switch("ShowError")
	if v, ok := lookupVar(c)("ErrorView"); ok && v != nil {
		p.ErrorView = dotnet.ToString(v)
	}
	p.Wrap = c.Switch("Wrap")
	p.HideTableHeaders = c.Switch("HideTableHeaders")
	if n, ok := c.Get("Column").(int32); ok {
		p.WideColumns = int(n)
	}
	c.State = &formatState{f: format.NewFormatter(p, c.Out), expand: c.String("Expand")}
	return nil
}

func processFormat(c *pipeline.Call) error {
	st := c.State.(*formatState)
	in, ok := c.Current()
	if !ok {
		return nil
	}
	var err error
	switch strings.ToLower(st.expand) {
	case "coreonly":
		err = st.f.ProcessCore(in)
	case "both":
		err = st.f.ProcessBoth(in)
	default:
		err = st.f.Process(in)
	}
	if ex, ok := err.(*object.Exception); ok {
		return c.Fail(ex, "FormatViewNotFound", "ObjectNotFound", c.String("View"))
	}
	return err
}

func endFormat(c *pipeline.Call) error {
	return c.State.(*formatState).f.End()
}

// asList reads an object[] parameter value.
func asList(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case *object.List:
		return t.Items
	case []string:
		out := make([]any, len(t))
		for i, s := range t {
			out[i] = s
		}
		return out
	case nil:
		return nil
	}
	return []any{v}
}
