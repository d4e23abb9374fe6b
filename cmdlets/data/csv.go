package data

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

func itoa(n int) string { return strconv.Itoa(n) }

// csvCommonParams are the parameters the CSV writers share.
func csvWriteParams(set0 string) []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		withHelp(&pipeline.ParamDecl{Name: "Delimiter", Type: "char", Sets: []pipeline.SetBinding{at("Delimiter", 1)}}, "The character between fields (default comma)."),
		withHelp(param("UseCulture", "switch", must("UseCulture", -1)), "Uses the culture's list separator as the delimiter."),
		withHelp(param("NoTypeInformation", "switch"), "Omits the #TYPE line (the default; kept for Windows PowerShell scripts).", "NTI"),
		withHelp(param("IncludeTypeInformation", "switch"), "Writes the #TYPE line with the objects' type name first.", "ITI"),
		{Name: "QuoteFields", Type: "string[]", Aliases: []string{"QF"}, Help: "Quotes only these columns."},
		{Name: "UseQuotes", Type: "string", Aliases: []string{"UQ"}, ValidateSet: []string{"Never", "Always", "AsNeeded"}, Help: "When to quote fields."},
		withHelp(param("NoHeader", "switch"), "Omits the header line."),
	}
}

// convertToCsv is ConvertTo-Csv.
func convertToCsv() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ConvertTo-Csv",
		Module:     utility,
		DefaultSet: "Delimiter",
		Params: append([]*pipeline.ParamDecl{
			{Name: "InputObject", Type: "psobject", Help: "The objects to convert.", Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
		}, csvWriteParams("Delimiter")...),
		Synopsis:    "Converts .NET objects into a series of character-separated value (CSV) strings.",
		Description: "ConvertTo-Csv writes a header line naming the properties of the first input object, then one line per object with its property values, each quoted. -IncludeTypeInformation adds a #TYPE line first, which Windows PowerShell 5.1 writes by default; here, as in PowerShell 7, it is written only when asked for.",
		Examples: []pipeline.Example{
			{Title: "Example 1: An object", Code: "[pscustomobject]@{First=1; Second=2} | ConvertTo-Csv", Remarks: "\"First\",\"Second\" then \"1\",\"2\"."},
			{Title: "Example 2: Semicolons", Code: "Get-CsCertificate | ConvertTo-Csv -Delimiter ';'", Remarks: "Fields separated by semicolons."},
		},
		Outputs: "System.String",
		Begin: func(c *pipeline.Call) error {
			if err := csvParamConflicts(c); err != nil {
				return err
			}
			c.State = newCSVWriter(c)
			return nil
		},
		Process: func(c *pipeline.Call) error {
			in, ok := c.Current()
			if !ok || in == nil || in == object.Null {
				return nil
			}
			for _, l := range c.State.(*csvWriter).lines(in) {
				if err := c.Out(l); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// exportCsv is Export-Csv.
func exportCsv() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Export-Csv",
		Module:     utility,
		DefaultSet: "Delimiter",
		Params: append([]*pipeline.ParamDecl{
			{Name: "InputObject", Type: "psobject", Help: "The objects to export.", Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("Path", "string", at(pipeline.AllSets, 0)), "The file to write."),
			withHelp(param("LiteralPath", "string"), "The file to write, taken literally.", "PSPath", "LP"),
			withHelp(param("Force", "switch"), "Overwrites a read-only file; with -Append, writes objects whose properties differ from the file's columns."),
			withHelp(param("NoClobber", "switch"), "Refuses to overwrite an existing file.", "NoOverwrite"),
			withHelp(param("Encoding", "string"), "The file encoding (UTF-8 is written)."),
			withHelp(param("Append", "switch"), "Adds the objects to the end of the file, under its existing header."),
		}, csvWriteParams("Delimiter")...),
		Synopsis:              "Converts objects into a series of CSV strings and saves the strings to a file.",
		Description:           "Export-Csv writes what ConvertTo-Csv would output to a file, in UTF-8. With -Append the file's existing header decides the columns and is not repeated.",
		SupportsShouldProcess: true,
		Examples: []pipeline.Example{
			{Title: "Example 1: Save objects", Code: "Get-CsCertificate | Select-Object Use, Thumbprint | Export-Csv -Path C:\\Test\\certs.csv", Remarks: "Writes a header and one line per certificate."},
		},
		Begin:   exportCsvBegin,
		Process: exportCsvProcess,
		End:     exportCsvEnd,
	}
}

type exportState struct {
	w         *csvWriter
	path      string
	shown     string // the path as the user gave it, for messages
	lines     []string
	skip      bool
	appending bool // -Append to a file that has a header already
}

func exportCsvBegin(c *pipeline.Call) error {
	if err := csvParamConflicts(c); err != nil {
		return err
	}
	p := c.String("Path")
	if c.Has("LiteralPath") {
		p = c.String("LiteralPath")
	}
	if p == "" || (c.Has("Path") && c.Has("LiteralPath")) {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"You must specify either the -Path or -LiteralPath parameters, but not both."),
			"CannotSpecifyPathAndLiteralPath", "InvalidData", nil)
	}
	full, err := paths.Resolve(c.Rt.Session(), p)
	if err != nil {
		return c.Fail(object.ExceptionOf(err), "FileOpenFailure", "OpenError", p)
	}
	st := &exportState{w: newCSVWriter(c), path: full, shown: p}
	c.State = st
	if !c.ShouldProcess(p, "Export-Csv") {
		st.skip = true
		return nil
	}
	if c.Switch("Append") {
		if data, err := os.ReadFile(full); err == nil && strings.TrimSpace(string(data)) != "" {
			recs := csvRecords(headerLine(string(data)), st.w.delim)
			if len(recs) > 0 {
				st.w.headers = recs[0]
				st.w.started = true
				st.appending = true
			}
		}
		return nil
	}
	if c.Switch("NoClobber") {
		if _, err := os.Stat(full); err == nil {
			return c.Fail(object.NewException("System.IO.IOException",
				"The file '%s' already exists.", p), "NoClobber", "ResourceExists", p)
		}
	}
	return nil
}

// headerLine is the first line of a CSV file that is not a #TYPE line.
func headerLine(text string) string {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		return l
	}
	return ""
}

func exportCsvProcess(c *pipeline.Call) error {
	st := c.State.(*exportState)
	in, ok := c.Current()
	if !ok || st.skip || in == nil || in == object.Null {
		return nil
	}
	if st.appending && !c.Switch("Force") {
		props := csvProps(in)
		for _, h := range st.w.headers {
			found := false
			for _, p := range props {
				if strings.EqualFold(p.name, h) {
					found = true
					break
				}
			}
			if !found {
				return c.Fail(object.NewException("System.InvalidOperationException",
					"Cannot append CSV content to the following file: %s. The appended object does not have a property that corresponds to the following column: %s. To continue with mismatched properties, add the -Force parameter, and then retry the command.",
					st.shown, h), "CannotAppendCsvWithMismatchedPropertyNames", "InvalidData", in)
			}
		}
	}
	st.lines = append(st.lines, st.w.lines(in)...)
	return nil
}

func exportCsvEnd(c *pipeline.Call) error {
	st := c.State.(*exportState)
	if st.skip {
		return nil
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if c.Switch("Append") {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(st.path, flag, 0o644)
	if err != nil {
		return c.Fail(object.NewException("System.IO.DirectoryNotFoundException",
			"Could not find a part of the path '%s'.", st.path), "FileOpenFailure", "OpenError", st.path)
	}
	var b strings.Builder
	for _, l := range st.lines {
		b.WriteString(l)
		b.WriteString("\n")
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return c.Fail(object.ExceptionOf(err), "FileWriteFailure", "WriteError", st.path)
	}
	return f.Close()
}

// convertFromCsv is ConvertFrom-Csv.
func convertFromCsv() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ConvertFrom-Csv",
		Module:     utility,
		DefaultSet: "Delimiter",
		Params: []*pipeline.ParamDecl{
			{Name: "InputObject", Type: "psobject[]", Help: "The CSV lines.", Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(&pipeline.ParamDecl{Name: "Delimiter", Type: "char", Sets: []pipeline.SetBinding{at("Delimiter", 1)}}, "The character between fields (default comma)."),
			withHelp(param("UseCulture", "switch", must("UseCulture", -1)), "Uses the culture's list separator as the delimiter."),
			withHelp(param("Header", "string[]"), "Column names to use instead of the first line."),
		},
		Synopsis:    "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
		Description: "ConvertFrom-Csv reads CSV lines and makes one custom object per record, with a string property per column named by the header line (or -Header). A #TYPE line gives the objects the type name CSV:<type>.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Lines to objects", Code: "'Name,Size', 'a,1' | ConvertFrom-Csv", Remarks: "One object with Name a and Size 1."},
		},
		Outputs: "System.Management.Automation.PSObject",
		Begin:   func(c *pipeline.Call) error { c.State = &[]string{}; return nil },
		Process: func(c *pipeline.Call) error {
			in, ok := c.Current()
			if !ok {
				return nil
			}
			buf := c.State.(*[]string)
			items, isList := dotnet.Enumerate(in)
			if !isList {
				items = []any{in}
			}
			for _, it := range items {
				*buf = append(*buf, dotnet.ToString(it))
			}
			return nil
		},
		End: func(c *pipeline.Call) error {
			buf := c.State.(*[]string)
			return outCsvObjects(c, strings.Join(*buf, "\n"))
		},
	}
}

// outCsvObjects writes the objects of CSV text, warning about missing
// header names first.
func outCsvObjects(c *pipeline.Call, text string) error {
	objs, missing := csvObjects(text, csvDelimiter(c), header(c))
	if missing {
		if err := c.WriteWarning(missingHeaderWarning); err != nil {
			return err
		}
	}
	return c.OutAll(objs)
}

func header(c *pipeline.Call) []string {
	if !c.Has("Header") {
		return nil
	}
	return append([]string(nil), c.Strings("Header")...)
}

// importCsv is Import-Csv.
func importCsv() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Import-Csv",
		Module:     utility,
		DefaultSet: "Delimiter",
		Params: []*pipeline.ParamDecl{
			{Name: "Path", Type: "string[]", Help: "The CSV files to read.", Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}},
			{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath", "LP"}, Help: "The files, taken literally.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1, ValueFromPipelineByPropertyName: true}}},
			withHelp(&pipeline.ParamDecl{Name: "Delimiter", Type: "char", Sets: []pipeline.SetBinding{at("Delimiter", 1)}}, "The character between fields (default comma)."),
			withHelp(param("UseCulture", "switch", must("UseCulture", -1)), "Uses the culture's list separator as the delimiter."),
			withHelp(param("Header", "string[]"), "Column names to use instead of the file's first line."),
			withHelp(param("Encoding", "string"), "The file encoding (UTF-8, with or without a byte-order mark, is read)."),
		},
		Synopsis:    "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
		Description: "Import-Csv reads a CSV file (as Export-Csv writes it) and makes one custom object per record, with a string property per column.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Read a file", Code: "Import-Csv -Path C:\\Test\\certs.csv", Remarks: "One object per line of the file."},
		},
		Outputs: "System.Object",
		Process: func(c *pipeline.Call) error {
			list := c.Strings("Path")
			if c.Has("LiteralPath") {
				list = c.Strings("LiteralPath")
			}
			for _, p := range list {
				full, err := paths.Resolve(c.Rt.Session(), p)
				if err != nil {
					if err := c.WriteError(c.Fail(object.ExceptionOf(err), "PathNotFound", "ObjectNotFound", p)); err != nil {
						return err
					}
					continue
				}
				data, err := os.ReadFile(full)
				if err != nil {
					if err := c.WriteError(c.Fail(object.NewException("System.IO.FileNotFoundException",
						"Could not find file '%s'.", paths.Display(c.Rt.Session(), full)), "FileOpenFailure", "OpenError", p)); err != nil {
						return err
					}
					continue
				}
				text := objutil.DecodeText(data)
				if err := outCsvObjects(c, text); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// csvParamConflicts rejects the parameter pairs the CSV writers refuse
// together.
func csvParamConflicts(c *pipeline.Call) error {
	if c.Has("IncludeTypeInformation") && c.Has("NoTypeInformation") {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The -IncludeTypeInformation and -NoTypeInformation parameters cannot be used together."),
			"CannotSpecifyIncludeTypeInformationAndNoTypeInformation", "InvalidData", nil)
	}
	if c.Has("QuoteFields") && c.Has("UseQuotes") {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The -QuoteFields and -UseQuotes parameters cannot be used together."),
			"CannotSpecifyQuoteFieldsAndUseQuotes", "InvalidData", nil)
	}
	return nil
}
