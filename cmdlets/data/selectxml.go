package data

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/xmldom"
)

// selectXmlInfoType is the type of Select-Xml's results.
const selectXmlInfoType = "Microsoft.PowerShell.Commands.SelectXmlInfo"

// selectXml is Select-Xml: an XPath query over XML nodes, strings or
// files, one SelectXmlInfo (Node, Path, Pattern) per node found.
func selectXml() *pipeline.CommandInfo {
	notEmpty := func(p *pipeline.ParamDecl) *pipeline.ParamDecl {
		p.ValidateNotNullOrEmpty = true
		return p
	}
	return &pipeline.CommandInfo{
		Name:       "Select-Xml",
		Module:     utility,
		DefaultSet: "Xml",
		Params: []*pipeline.ParamDecl{
			notEmpty(withHelp(&pipeline.ParamDecl{Name: "Xml", Type: "System.Xml.XmlNode[]", Sets: []pipeline.SetBinding{
				{Set: "Xml", Position: 1, Mandatory: true, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}},
				"The XML nodes to search; a document is searched from its root.", "Node")),
			notEmpty(withHelp(&pipeline.ParamDecl{Name: "Path", Type: "string[]", Sets: []pipeline.SetBinding{
				{Set: "Path", Position: 1, Mandatory: true, ValueFromPipelineByPropertyName: true}}},
				"The XML files to search; wildcards are permitted.")),
			notEmpty(withHelp(&pipeline.ParamDecl{Name: "LiteralPath", Type: "string[]", Sets: []pipeline.SetBinding{
				{Set: "LiteralPath", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true}}},
				"The XML files to search, taken literally.", "PSPath", "LP")),
			notEmpty(withHelp(&pipeline.ParamDecl{Name: "Content", Type: "string[]", Sets: []pipeline.SetBinding{
				{Set: "Content", Position: -1, Mandatory: true, ValueFromPipeline: true}}},
				"Strings that hold the XML to search.")),
			notEmpty(withHelp(param("XPath", "string", must(pipeline.AllSets, 0)), "The XPath query (case-sensitive).")),
			notEmpty(withHelp(param("Namespace", "hashtable"), "The namespaces the query's prefixes stand for, as @{prefix = uri}.")),
		},
		Synopsis:    "Finds text in an XML string or document.",
		Description: "Select-Xml runs an XPath query over XML nodes (-Xml), XML strings (-Content) or XML files (-Path, -LiteralPath) and returns a SelectXmlInfo object for each node found: the node, the file it came from (InputStream for nodes and strings) and the query. Names in a namespace, including a default xmlns namespace, need a prefix bound with -Namespace.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Search a string", Code: "Select-Xml -Content $Xml -XPath \"//edition\" | foreach {$_.node.InnerXML}",
				Remarks: "Gets the text of every edition element."},
			{Title: "Example 2: Use a namespace", Code: "Select-Xml -Path .\\help.xml -Namespace @{command = \"http://schemas.microsoft.com/maml/dev/command/2004/10\"} -XPath \"//command:name\"",
				Remarks: "Binds the command prefix to the namespace the file uses."},
		},
		Outputs: selectXmlInfoType,
		Process: func(c *pipeline.Call) error {
			ns := map[string]string{}
			if h, ok := c.Get("Namespace").(*object.Hashtable); ok {
				for _, k := range h.Keys() {
					v, _ := h.Get(k)
					ns[dotnet.ToString(k)] = dotnet.ToString(v)
				}
			}
			xpath := c.String("XPath")
			switch c.SetName {
			case "Content":
				for _, s := range c.Strings("Content") {
					doc, err := dotnet.Convert(s, "System.Xml.XmlDocument")
					if err != nil {
						if werr := c.WriteError(castFailure(c, err, s)); werr != nil {
							return werr
						}
						continue
					}
					n, _ := dotnet.XMLNode(doc)
					if err := selectXmlIn(c, n, xpath, ns, ""); err != nil {
						return err
					}
				}
			case "Path", "LiteralPath":
				return selectXmlFiles(c, xpath, ns)
			default:
				v := c.Get("Xml")
				items, ok := v.([]any)
				if !ok {
					items = []any{v}
				}
				for _, it := range items {
					n, ok := dotnet.XMLNode(it)
					if !ok {
						continue
					}
					if err := selectXmlIn(c, n, xpath, ns, ""); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
}

// castFailure is the error record of a string that is not XML: the
// conversion's own.
func castFailure(c *pipeline.Call, err error, s string) *object.ErrorRecord {
	if rec, ok := err.(*object.ErrorRecord); ok {
		return rec
	}
	return c.Fail(object.ExceptionOf(err), "InvalidCastToXmlDocument", "InvalidArgument", s)
}

// selectXmlIn runs the query from n and writes its results; path is the
// file the node came from ("" for InputStream).
func selectXmlIn(c *pipeline.Call, n *xmldom.Node, xpath string, ns map[string]string, path string) error {
	found, err := n.Select(xpath, ns)
	if err != nil {
		// An XPath error stops the command, as the .NET exception does.
		ex := object.NewException("System.Xml.XPath.XPathException", "%s", err.Error())
		return c.Fail(ex, "System.Xml.XPath.XPathException", "NotSpecified", nil)
	}
	if path == "" {
		path = "InputStream"
	}
	for _, f := range found {
		if err := c.Out(newSelectXmlInfo(f, path, xpath)); err != nil {
			return err
		}
	}
	return nil
}

// newSelectXmlInfo builds one result. Its ToString is the node's text
// (its Value, or its InnerXml, trimmed), after the file's path and a
// colon when it came from a file.
func newSelectXmlInfo(n *xmldom.Node, path, pattern string) *object.PSObject {
	o := object.NewObject(selectXmlInfoType, "System.Object")
	node := dotnet.XMLObject(n)
	o.Add(&object.Member{Name: "Node", Kind: object.Property, Value: node, Type: "System.Xml.XmlNode"})
	o.Add(&object.Member{Name: "Path", Kind: object.Property, Value: path, Type: "string"})
	o.Add(&object.Member{Name: "Pattern", Kind: object.Property, Value: pattern, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		var text string
		switch n.Type {
		case xmldom.Element, xmldom.Document, xmldom.DocumentType:
			text = trimSpace(n.InnerXML())
		default:
			text = trimSpace(n.Value)
		}
		if path == "InputStream" {
			return text, nil
		}
		return path + ":" + text, nil
	}})
	return o
}

// trimSpace is String.Trim(): .NET's white space at both ends.
func trimSpace(s string) string {
	return strings.TrimFunc(s, unicode.IsSpace)
}

// selectXmlFiles queries each file the paths name.
func selectXmlFiles(c *pipeline.Call, xpath string, ns map[string]string) error {
	s := c.Rt.Session()
	literal := c.SetName == "LiteralPath"
	list := c.Strings("Path")
	if literal {
		list = c.Strings("LiteralPath")
	}
	var files []string
	for _, p := range list {
		full, err := paths.Resolve(s, p)
		var matched []string
		if err == nil && !literal && objutil.HasWildcard(filepath.Base(full)) {
			dir := filepath.Dir(full)
			w := objutil.CompileWildcard(filepath.Base(full), false)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if !e.IsDir() && w.Match(e.Name()) {
					matched = append(matched, filepath.Join(dir, e.Name()))
				}
			}
		} else if err == nil {
			if _, serr := os.Stat(full); serr == nil || literal {
				matched = []string{full}
			}
		}
		if len(matched) == 0 && !(err == nil && !literal && objutil.HasWildcard(filepath.Base(full))) {
			rec := c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find path '%s' because it does not exist.", displayArg(s, p, full)), "PathNotFound", "ObjectNotFound", p)
			// A path that does not resolve stops the command (the
			// cmdlet resolves every path before it reads any).
			return rec
		}
		files = append(files, matched...)
	}
	for _, f := range files {
		shown := paths.Display(s, f)
		b, err := os.ReadFile(f)
		var doc *xmldom.Node
		if err == nil {
			// Files load keeping white space (and comments), as the
			// cmdlet's loader does.
			doc, err = xmldom.Parse(objutil.DecodeText(b), true)
		}
		if err != nil {
			msg := err.Error()
			if os.IsNotExist(err) {
				msg = "Could not find file '" + shown + "'."
			} else if pe, ok := err.(*os.PathError); ok {
				msg = pe.Err.Error()
			}
			ex := object.NewException("System.ArgumentException", "Cannot read file %s: %s", shown, msg)
			if werr := c.WriteError(c.Fail(ex, "ProcessingFile", "InvalidArgument", shown)); werr != nil {
				return werr
			}
			continue
		}
		if err := selectXmlIn(c, doc, xpath, ns, shown); err != nil {
			return err
		}
	}
	return nil
}
