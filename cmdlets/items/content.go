package items

import (
	"bytes"
	"os"
	"strings"
	"time"
	"unicode/utf16"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// asRecord turns any error into an ErrorRecord for path.
func asRecord(c *pipeline.Call, err error, path string) *object.ErrorRecord {
	switch e := err.(type) {
	case *object.ErrorRecord:
		return e
	case *object.Exception:
		rec := object.NewError(e, "ItemError,"+commandClass(c), "InvalidOperation", path)
		rec.TargetName, rec.TargetType = path, "String"
		return rec
	}
	return ioError(c, "ItemError", "WriteError", path, err)
}

// decodeText reads a text file the way Get-Content does: a UTF-8 or
// UTF-16 or UTF-32 byte-order mark decides the encoding, otherwise UTF-8.
func decodeText(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return decodeUTF32(b[4:], b[0] == 0)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		big := b[0] == 0xFE
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			if big {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			} else {
				u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
			}
		}
		return string(utf16.Decode(u))
	}
	return string(b)
}

// splitLines splits on CRLF or LF; a final line ending adds no empty line.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func getContent(c *pipeline.Call) error {
	if c.Has("TotalCount") && c.Has("Tail") {
		// SessionStateStrings.GetContent_TailAndHeadCannotCoexist.
		ex := object.NewException("System.InvalidOperationException",
			"The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.")
		return c.WriteError(object.NewError(ex, "TailAndHeadCannotCoexist,"+commandClass(c), "InvalidOperation", nil))
	}
	given, literal := pathArgs(c, "")
	for _, g := range given {
		if prov, rest, ok := splitDrive(g); ok {
			if err := providerContent(c, prov, rest, g); err != nil {
				return err
			}
			continue
		}
		targets, err := expandFiltered(c, g, literal)
		if err != nil {
			return err
		}
		if len(targets) == 0 && mustExist(c, g) {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
		for _, t := range targets {
			b, err := os.ReadFile(t.host)
			if err != nil {
				var rec *object.ErrorRecord
				if os.IsNotExist(err) {
					rec = notFound(c, t.given)
				} else if fi, serr := os.Stat(t.host); serr == nil && fi.IsDir() {
					ex := object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", t.given)
					rec = object.NewError(ex, "GetContentReaderUnauthorizedAccessError,"+commandClass(c), "PermissionDenied", t.given)
				} else {
					rec = ioError(c, "GetContentReaderIOError", "ReadError", t.given, err)
				}
				if werr := c.WriteError(rec); werr != nil {
					return werr
				}
				continue
			}
			if strings.EqualFold(c.String("Encoding"), "Byte") {
				if err := outBytes(c, b); err != nil {
					return err
				}
				continue
			}
			text := decodeText(b)
			notes := newContentNotes(c.Rt.Session(), t.host)
			if c.Switch("Raw") {
				if text == "" {
					continue // an empty file reads as nothing
				}
				if err := c.Out(notes.line(text, 1)); err != nil {
					return err
				}
				continue
			}
			if d := c.String("Delimiter"); c.Has("Delimiter") {
				if err := outLines(c, splitDelimited(text, d)); err != nil {
					return err
				}
				continue
			}
			lines := splitLines(text)
			if n, ok := intParam(c, "TotalCount"); ok && n >= 0 && n < len(lines) {
				lines = lines[:n]
			}
			if n, ok := intParam(c, "Tail"); ok && n >= 0 && n < len(lines) {
				lines = lines[len(lines)-n:]
			}
			if err := outNotedLines(c, lines, notes); err != nil {
				return err
			}
		}
	}
	return nil
}

// outNotedLines writes a file's lines as outLines does, each single line
// carrying the file's notes and its ReadCount.
func outNotedLines(c *pipeline.Call, lines []string, notes contentNotes) error {
	if n, ok := intParam(c, "ReadCount"); ok && n != 1 {
		return outLines(c, lines)
	}
	for i, l := range lines {
		if err := c.Out(notes.line(l, int64(i+1))); err != nil {
			return err
		}
	}
	return nil
}

// outLines writes the lines one at a time, or in arrays of -ReadCount
// lines (0 or less: all of them in one array), as Get-Content does.
func outLines(c *pipeline.Call, lines []string) error {
	n, ok := intParam(c, "ReadCount")
	if !ok || n == 1 {
		for _, l := range lines {
			if err := c.Out(l); err != nil {
				return err
			}
		}
		return nil
	}
	if n <= 0 {
		n = len(lines)
	}
	for len(lines) > 0 {
		k := min(n, len(lines))
		if err := c.Out(toAny(lines[:k])); err != nil {
			return err
		}
		lines = lines[k:]
	}
	return nil
}

// intParam reads an integer parameter whatever integer type it was bound as.
func intParam(c *pipeline.Call, name string) (int, bool) {
	if !c.Has(name) {
		return 0, false
	}
	v, err := dotnet.Convert(c.Get(name), "int")
	if err != nil {
		return 0, false
	}
	n, ok := v.(int32)
	return int(n), ok
}

// contentWriter collects -Value (or pipeline input) and writes it at the
// end, one line per object, as Set-Content and Add-Content do.
type contentWriter struct {
	lines []string
	// values are the objects themselves, for -Encoding Byte.
	values []any
}

func writeContent(appendMode bool) func(c *pipeline.Call) error {
	return func(c *pipeline.Call) error {
		w := c.State.(*contentWriter)
		given, literal := pathArgs(c, "")
		for _, g := range given {
			if prov, rest, ok := splitDrive(g); ok {
				if _, isSession := providerSetter(prov); !isSession {
					if err := noContent(c); err != nil {
						return err
					}
					continue
				} else if appendMode {
					if err := seekNotSupported(c, prov, rest); err != nil {
						return err
					}
					continue
				}
				if err := providerSetContent(c, prov, rest, g, w.values); err != nil {
					return err
				}
				continue
			}
			targets, err := expandFiltered(c, g, literal)
			if err != nil {
				return err
			}
			for _, t := range targets {
				if !c.ShouldProcess("Path: "+paths.Display(c.Rt.Session(), t.host), map[bool]string{true: "Add Content", false: "Set Content"}[appendMode]) {
					continue
				}
				var buf strings.Builder
				if strings.EqualFold(c.String("Encoding"), "Byte") {
					b, err := contentBytes(w.values)
					if err != nil {
						return c.Fail(err, "InvalidCastFromAnyTypeToByte", "InvalidArgument", nil)
					}
					buf.Write(b)
				} else {
					var text strings.Builder
					for _, l := range w.lines {
						text.WriteString(l)
						if !c.Switch("NoNewline") {
							text.WriteString("\n")
						}
					}
					buf.WriteString(encodeContent(c.String("Encoding"), text.String(), t.host, appendMode))
				}
				flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
				if appendMode {
					flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
				}
				if dir := parentHost(t.host); dir != "" {
					if _, err := os.Stat(dir); err != nil {
						ex := object.NewException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '%s'.", t.given)
						if werr := c.WriteError(object.NewError(ex, "GetContentWriterDirectoryNotFoundError,"+commandClass(c), "ObjectNotFound", t.given)); werr != nil {
							return werr
						}
						continue
					}
				}
				restore, rec := unlockReadOnly(c, t.host)
				if rec != nil {
					if werr := c.WriteError(rec); werr != nil {
						return werr
					}
					continue
				}
				f, err := os.OpenFile(t.host, flags, 0o644)
				restore()
				if err == nil {
					_, err = f.WriteString(buf.String())
					if cerr := f.Close(); err == nil {
						err = cerr
					}
				}
				if err != nil {
					if werr := c.WriteError(ioError(c, "GetContentWriterIOError", "WriteError", t.given, err)); werr != nil {
						return werr
					}
				}
				if c.Switch("PassThru") {
					// The objects written, as they came (a date shows
					// as a date: Add-Content reference, Example 2).
					if err := c.OutAll(w.values); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
}

func parentHost(p string) string {
	i := strings.LastIndex(p, "/")
	if i <= 0 {
		return ""
	}
	return p[:i]
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func collectValue(c *pipeline.Call) error {
	w := c.State.(*contentWriter)
	v := c.Get("Value")
	if items, ok := dotnet.Enumerate(v); ok {
		for _, e := range items {
			w.lines = append(w.lines, contentText(e))
			w.values = append(w.values, e)
		}
		return nil
	}
	if v != nil || c.Has("Value") {
		w.lines = append(w.lines, contentText(v))
		w.values = append(w.values, v)
	}
	return nil
}

func contentCmdlets() []*pipeline.CommandInfo {
	pathParams := func(help string) []*pipeline.ParamDecl {
		return []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(false, true).Describe(help),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The path, taken literally."),
			pipeline.NewParam("Filter", "string").Describe("A wildcard the file names must match."),
			pipeline.NewParam("Include", "string[]").Describe("Wildcards of file names to include."),
			pipeline.NewParam("Exclude", "string[]").Describe("Wildcards of file names to leave out."),
		}
	}
	writer := func(name string, appendMode bool, syn string) *pipeline.CommandInfo {
		return &pipeline.CommandInfo{
			Name: name, Module: management, DefaultSet: "Path", SupportsShouldProcess: true,
			Synopsis:    syn,
			Description: "Writes each value as one line of text (UTF-8, LF line ends) to the file, creating it when needed.",
			Examples:    []pipeline.Example{{Code: name + ` -Path C:\Certificates\notes.txt -Value 'renew in July'`, Remarks: "Writes a line to a file on the lab's C: drive."}},
			Params: append(pathParams("The file to write."),
				pipeline.NewParam("Value", "object[]").Must(pipeline.AllSets, 1).FromPipeline(true, true).Describe("The text to write."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns what was written."),
				pipeline.NewParam("NoNewline", "switch").Describe("Writes no line ends."),
				pipeline.NewParam("Encoding", "string").Describe("The character encoding (Unicode, BigEndianUnicode, UTF8, UTF32, UTF7, ASCII, Byte); without it, UTF-8 without a byte-order mark."),
				pipeline.NewParam("Force", "switch").Describe("Writes even to read-only files."),
			),
			Begin:   func(c *pipeline.Call) error { c.State = &contentWriter{}; return nil },
			Process: collectValue,
			End:     writeContent(appendMode),
		}
	}
	return []*pipeline.CommandInfo{
		{
			Name: "Get-Content", Module: management, DefaultSet: "Path",
			Synopsis:    "Gets the content of a file, one line at a time.",
			Description: "Returns each line of the file as a string, or the whole file as one string with -Raw.",
			Examples:    []pipeline.Example{{Code: `Get-Content C:\Certificates\atl-cs-001.req -TotalCount 1`, Remarks: "Shows the first line of a certificate request file."}},
			Params: append(pathParams("The file to read; wildcards allowed."),
				pipeline.NewParam("TotalCount", "long").Alias("First", "Head").Describe("Returns only the first N lines."),
				pipeline.NewParam("Tail", "int").Alias("Last").Describe("Returns only the last N lines."),
				pipeline.NewParam("Raw", "switch").Describe("Returns the whole file as one string."),
				pipeline.NewParam("Delimiter", "string").Describe("Splits the file after each occurrence of this text instead of at line ends."),
				pipeline.NewParam("Encoding", "string").Describe("Accepted for compatibility; byte-order marks decide the encoding."),
				pipeline.NewParam("ReadCount", "long").Describe("Sends the lines in arrays of this many (0: all lines in one array)."),
			),
			Process: getContent,
		},
		writer("Set-Content", false, "Writes new content to a file, replacing what it held."),
		writer("Add-Content", true, "Appends content to a file."),
		{
			Name: "Clear-Content", Module: management, DefaultSet: "Path", SupportsShouldProcess: true,
			Synopsis:    "Deletes the content of a file but keeps the file.",
			Description: "Empties each file.",
			Examples:    []pipeline.Example{{Code: `Clear-Content C:\Certificates\notes.txt`, Remarks: "Empties a file."}},
			Params: append(pathParams("The file to empty."),
				pipeline.NewParam("Force", "switch").Describe("Empties read-only files too.")),
			Process: func(c *pipeline.Call) error {
				given, literal := pathArgs(c, "")
				for _, g := range given {
					if prov, rest, ok := splitDrive(g); ok {
						var err error
						switch _, session := providerSetter(prov); {
						case !session:
							err = noContent(c)
						case rest != "":
							if _, found, _ := prov.Item(c, rest); !found {
								err = c.WriteError(notFound(c, g))
								break
							}
							err = clearNotSupported(c)
						default:
							err = clearNotSupported(c)
						}
						if err != nil {
							return err
						}
						continue
					}
					targets, err := expandFiltered(c, g, literal)
					if err != nil {
						return err
					}
					for _, t := range targets {
						if _, err := os.Stat(t.host); err != nil {
							if werr := c.WriteError(notFound(c, t.given)); werr != nil {
								return werr
							}
							continue
						}
						if c.ShouldProcess("Item: "+paths.Display(c.Rt.Session(), t.host), "Clear Content") {
							restore, rec := unlockReadOnly(c, t.host)
							if rec != nil {
								rec.FullyQualifiedErrorID = "ClearContentUnauthorizedAccessError," + commandClass(c)
								if werr := c.WriteError(rec); werr != nil {
									return werr
								}
								continue
							}
							err := os.Truncate(t.host, 0)
							restore()
							if err != nil {
								return ioError(c, "ClearContentIOError", "WriteError", t.given, err)
							}
						}
					}
				}
				return nil
			},
		},
	}
}

// contentText is the text the file system content writer stores for a
// value: its ToString() in the current culture (en-US), so a date is
// written as 1/1/2019 8:00:00 AM rather than PowerShell's invariant
// string form.
func contentText(v any) string {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	if t, ok := v.(time.Time); ok {
		if s, err := dotnet.FormatValue(t, ""); err == nil {
			return s
		}
	}
	return dotnet.ToString(v)
}

// providerContent is Get-Content on a session drive: an environment
// variable's or variable's value, an alias's definition, a function's
// body (Get-Content Function:prompt, Get-Content Env:HOME).
func providerContent(c *pipeline.Call, prov pipeline.Provider, rest, given string) error {
	if _, ok := providerSetter(prov); !ok {
		return noContent(c)
	}
	item, found, err := prov.Item(c, rest)
	if err == nil && (!found || rest == "") {
		err = notFound(c, given)
	}
	if err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	var v any
	for _, name := range []string{"Value", "ScriptBlock", "Definition"} {
		if x, ok := item.(*object.PSObject); ok {
			if pv, ok := x.Prop(name); ok && pv != nil {
				v = pv
				break
			}
		}
	}
	if v == nil {
		return c.WriteError(asRecord(c, object.NewException("System.Management.Automation.PSInvalidOperationException",
			"Cannot open file because the current provider (Microsoft.PowerShell.Core\\%s) cannot open a file.", prov.Name()), given))
	}
	if sb, ok := v.(object.ScriptBlock); ok {
		v = sb.String()
	}
	if items, ok := dotnet.Enumerate(v); ok {
		return c.OutAll(items)
	}
	if s, ok := v.(string); ok && (prov.Name() == "Function" || strings.Contains(s, "\n")) {
		return outLines(c, splitLines(s))
	}
	return c.Out(v)
}
