package data

import (
	"math"
	"os"

	"cspsh/cmdlets/core/objutil"
	"cspsh/cmdlets/output"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// clixmlState collects Export-Clixml's input until End writes the file.
type clixmlState struct {
	host  string
	shown string
	items []any
	skip  bool
}

// exportClixml is Export-Clixml: the objects, serialized as CLIXML, in
// a file (UTF-8 here rather than 5.1's UTF-16; see the README).
func exportClixml() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:                  "Export-Clixml",
		Module:                utility,
		DefaultSet:            "ByPath",
		SupportsShouldProcess: true,
		Params: []*pipeline.ParamDecl{
			inRange(withHelp(param("Depth", "int"), "How many levels of contained objects are included (default 2)."), 1, math.MaxInt32),
			withHelp(param("Path", "string", must("ByPath", 0)), "The file to write."),
			withHelp(param("LiteralPath", "string", must("ByLiteralPath", -1)), "The file to write, taken literally.", "PSPath"),
			{Name: "InputObject", Type: "psobject", AllowNull: true, Help: "The objects to serialize.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("Force", "switch"), "Overwrites a read-only file."),
			withHelp(param("NoClobber", "switch"), "Refuses to replace a file that already exists.", "NoOverwrite"),
			withHelp(param("Encoding", "string").OneOf("Unicode", "UTF7", "UTF8", "ASCII", "UTF32", "BigEndianUnicode", "Default", "OEM"), "The file's encoding."),
		},
		Synopsis:    "Creates an XML-based representation of an object or objects and stores it in a file.",
		Description: "Export-Clixml serializes the objects it receives in PowerShell's CLIXML format and writes them to a file; Import-Clixml re-creates them. -Depth (default 2) limits how many levels of contained objects are serialized; deeper objects are stored as their strings.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Export a string to an XML file", Code: "\"This is a test\" | Export-Clixml sample.xml",
				Remarks: "Creates an XML file that stores a representation of the string."},
		},
		Begin: func(c *pipeline.Call) error {
			p := c.String("Path")
			if c.Has("LiteralPath") {
				p = c.String("LiteralPath")
			}
			full, err := paths.Resolve(c.Rt.Session(), p)
			if err != nil {
				return c.Fail(object.ExceptionOf(err), "FileOpenFailure", "OpenError", p)
			}
			st := &clixmlState{host: full, shown: paths.Display(c.Rt.Session(), full)}
			if c.Switch("NoClobber") {
				if _, err := os.Stat(full); err == nil {
					return c.Fail(object.NewException("System.IO.IOException", "The file '%s' already exists.", st.shown),
						"NoClobber", "ResourceExists", st.shown)
				}
			}
			st.skip = !c.ShouldProcess(st.shown, "Export-Clixml")
			c.State = st
			return nil
		},
		Process: func(c *pipeline.Call) error {
			st := c.State.(*clixmlState)
			v, _ := c.Current()
			st.items = append(st.items, v)
			return nil
		},
		End: func(c *pipeline.Call) error {
			st := c.State.(*clixmlState)
			if st.skip {
				return nil
			}
			w := newClixmlWriter(labKey(c))
			depth := clixmlDepth(c)
			root := w.doc.DocumentElement()
			for _, v := range st.items {
				w.value(root, "", v, depth)
			}
			// 5.1 writes UTF-16 unless told otherwise; here the default
			// is UTF-8 (see the README), and an -Encoding given is
			// honoured as Out-File honours it.
			data := []byte(w.text())
			if c.Has("Encoding") {
				body, bom := output.Encode(w.text(), c.String("Encoding"))
				data = append(bom, body...)
			}
			if err := os.WriteFile(st.host, data, 0o644); err != nil {
				ex := object.NewException("System.IO.IOException", "%s", ioMessage(err))
				if os.IsNotExist(err) {
					ex = object.NewException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '%s'.", st.shown)
				}
				return c.Fail(ex, "FileOpenFailure", "OpenError", st.shown)
			}
			return nil
		},
	}
}

// clixmlDepth is -Depth, 2 when not given.
func clixmlDepth(c *pipeline.Call) int {
	if n, ok := c.Get("Depth").(int32); ok {
		return int(n)
	}
	return 2
}

// importClixml is Import-Clixml: the objects a CLIXML file holds.
func importClixml() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Import-Clixml",
		Module:     utility,
		DefaultSet: "ByPath",
		Params: []*pipeline.ParamDecl{
			{Name: "Path", Type: "string[]", Help: "The CLIXML files to read.",
				Sets: []pipeline.SetBinding{{Set: "ByPath", Position: 0, Mandatory: true, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}},
			{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath"}, Help: "The files, taken literally.",
				Sets: []pipeline.SetBinding{{Set: "ByLiteralPath", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true}}},
			withHelp(param("IncludeTotalCount", "switch"), "Reports the number of objects first (accepted; the count is unknown)."),
			withHelp(param("Skip", "uint64"), "Skips this many objects."),
			withHelp(param("First", "uint64"), "Gets only this many objects."),
		},
		Synopsis:    "Imports a CLIXML file and creates corresponding objects in Windows PowerShell.",
		Description: "Import-Clixml reads a file Export-Clixml wrote and re-creates its objects. Strings, numbers, dates and the other primitive types come back as themselves, lists and hashtables as collections, and other objects as property bags whose type names begin with Deserialized.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Import a serialized file", Code: "Get-Process | Export-Clixml pi.xml; $Processes = Import-Clixml pi.xml",
				Remarks: "Re-creates the objects the file holds."},
		},
		Process: func(c *pipeline.Call) error {
			list := c.Strings("Path")
			if c.Has("LiteralPath") {
				list = c.Strings("LiteralPath")
			}
			s := c.Rt.Session()
			for _, p := range list {
				full, err := paths.Resolve(s, p)
				var data []byte
				if err == nil {
					data, err = os.ReadFile(full)
				}
				if err != nil {
					rec := c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
						"Cannot find path '%s' because it does not exist.", displayArg(s, p, full)), "PathNotFound", "ObjectNotFound", p)
					if werr := c.WriteError(rec); werr != nil {
						return werr
					}
					continue
				}
				objs, err := parseClixml(objutil.DecodeText(data), labKey(c))
				if err != nil {
					return c.Fail(object.NewException("System.Xml.XmlException", "%s", err.Error()),
						"System.Xml.XmlException", "NotSpecified", nil)
				}
				skip, first := uint64(0), ^uint64(0)
				if n, ok := c.Get("Skip").(uint64); ok {
					skip = n
				}
				if n, ok := c.Get("First").(uint64); ok {
					first = n
				}
				if !c.Has("Skip") && !c.Has("First") {
					if err := c.OutAll(objs); err != nil {
						return err
					}
					continue
				}
				// With paging, a collection's items count one by one,
				// as the cmdlet flattens them.
				var flat []any
				for _, o := range objs {
					if l, ok := o.(*object.List); ok {
						flat = append(flat, l.Items...)
					} else {
						flat = append(flat, o)
					}
				}
				var n uint64
				for i, o := range flat {
					if uint64(i) < skip {
						continue
					}
					if n >= first {
						break
					}
					n++
					if err := c.Out(o); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
}
