package data

import (
	"math"
	"strconv"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// ConvertTo-Xml writes PowerShell's "custom serialization": an
// <Objects> root, an <Object Type="…"> per input object, and a
// <Property Name="…" Type="…"> per property, list item and dictionary
// key and value. Primitives are their text; a list or dictionary is
// written whatever the depth, its items at the same depth; any other
// object below -Depth (default 1) is its base object's string.

// customXMLWriter builds one document.
type customXMLWriter struct {
	doc    *xmldom.Node
	noType bool
}

func (w *customXMLWriter) element(parent *xmldom.Node, first bool, name, typ string) *xmldom.Node {
	tag := "Property"
	if first {
		tag = "Object"
	}
	e := w.doc.CreateElement(tag, "")
	if name != "" {
		e.SetAttr("Name", name)
	}
	if typ != "" && !w.noType {
		e.SetAttr("Type", typ)
	}
	parent.InsertAt(-1, e)
	return e
}

func (w *customXMLWriter) text(e *xmldom.Node, s string) {
	if s != "" {
		e.InsertAt(-1, w.doc.CreateLeaf(xmldom.Text, s))
	}
}

// isPrimitive reports the values ConvertTo-Xml writes as text.
func isPrimitive(v any) bool {
	switch x := v.(type) {
	case string, bool, int32, int64, int16, int8, uint8, uint16, uint32, uint64, float64,
		object.Decimal, object.Char, object.TimeSpan, object.ScriptBlock:
		return true
	case *object.PSObject:
		switch x.TypeName() {
		case "System.Guid", "System.Version", "System.Uri":
			return true
		}
	default:
		_, isDate := dateOf(v)
		return isDate
	}
	return false
}

// one writes a value; first is true for a top-level object.
func (w *customXMLWriter) one(parent *xmldom.Node, first bool, name string, v any, depth int) {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil && (isPrimitive(o.Base) || len(o.Properties()) == 0) {
		// A primitive keeps its value whatever notes it carries
		// (Get-Date's DisplayHint).
		v = o.Base
	}
	if v == nil || v == object.Null {
		w.element(parent, first, name, "")
		return
	}
	if en, ok := v.(dotnet.Enum); ok {
		// An enum below the depth is its name; above, its value__
		// field, the only property .NET gives it.
		e := w.element(parent, first, name, dotnet.TypeName(v))
		if depth <= 0 {
			w.text(e, en.String())
		} else {
			w.text(w.element(e, false, "value__", "System.Int32"), strconv.FormatInt(en.Value, 10))
		}
		return
	}
	if isPrimitive(v) {
		w.text(w.element(parent, first, name, dotnet.TypeName(v)), netString(v))
		return
	}
	switch x := v.(type) {
	case []any, *object.List:
		e := w.element(parent, first, name, dotnet.TypeName(v))
		items, _ := object.Elements(x)
		for _, it := range items {
			w.one(e, false, "", it, depth)
		}
		return
	case *object.Hashtable:
		e := w.element(parent, first, name, dotnet.TypeName(v))
		for i := 0; i < x.Len(); i++ {
			k, val := x.At(i)
			w.one(e, false, "Key", k, depth)
			w.one(e, false, "Value", val, depth)
		}
		return
	}
	o, isObj := v.(*object.PSObject)
	if depth <= 0 || !isObj {
		var notes []*object.Member
		if isObj {
			notes = ownNotes(o)
		}
		if len(notes) == 0 {
			w.text(w.element(parent, first, name, dotnet.TypeName(v)), netString(v))
			return
		}
		// An object with notes below the depth: its string, then each
		// note's string typed as the note member itself, as the
		// serializer writes them.
		e := w.element(parent, first, name, dotnet.TypeName(v))
		w.text(w.element(e, false, "", "System.String"), dotnet.ToString(v))
		for _, m := range notes {
			w.text(w.element(e, false, m.Name, "System.Management.Automation.PSNoteProperty"), netString(m.GetValue()))
		}
		return
	}
	e := w.element(parent, first, name, dotnet.TypeName(v))
	for _, m := range members.Properties(o) {
		val := m.GetValue()
		if val == nil {
			typ := "System.Object"
			if m.Type != "" {
				typ = m.Type
			}
			w.element(e, false, m.Name, typ)
			continue
		}
		w.one(e, false, m.Name, val, depth-1)
	}
}

// netString is the value's .NET ToString(), which the serializer
// writes (culture formats for dates, unlike PowerShell's string
// conversion).
func netString(v any) string {
	if r, err := members.Call(v, "ToString", nil); err == nil {
		return dotnet.ToString(r)
	}
	return dotnet.ToString(v)
}

// dateOf reports a DateTime.
func dateOf(v any) (any, bool) {
	return v, dotnet.TypeName(v) == "System.DateTime"
}

// convertToXml is ConvertTo-Xml.
func convertToXml() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "ConvertTo-Xml",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			inRange(withHelp(param("Depth", "int"), "How many levels of contained objects are included (default 1)."), 1, math.MaxInt32),
			{Name: "InputObject", Type: "psobject", AllowNull: true, Help: "The objects to convert.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("NoTypeInformation", "switch"), "Omits the Type attribute from the object nodes."),
			withHelp(param("As", "string").OneOf("Stream", "String", "Document"), "Stream (strings), String (one string) or Document (an XmlDocument, the default)."),
		},
		Synopsis:    "Creates an XML-based representation of an object.",
		Description: "ConvertTo-Xml converts the objects it receives into one XML document: an Objects element with an Object element per input object and a Property element per property. -As chooses an XmlDocument (the default), one string, or a stream of strings.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Convert a date to XML", Code: "Get-Date | ConvertTo-Xml", Remarks: "Converts the current date to XML."},
		},
		Outputs: "System.String or System.Xml.XmlDocument",
		Begin: func(c *pipeline.Call) error {
			doc := xmldom.NewDocument()
			doc.InsertAt(-1, doc.CreateLeaf(xmldom.XmlDeclaration, `version="1.0" encoding="utf-8"`))
			doc.InsertAt(-1, doc.CreateElement("Objects", ""))
			c.State = doc
			if strings.EqualFold(c.String("As"), "Stream") {
				if err := c.Out(`<?xml version="1.0" encoding="utf-8"?>`); err != nil {
					return err
				}
				return c.Out("<Objects>")
			}
			return nil
		},
		Process: func(c *pipeline.Call) error {
			doc := c.State.(*xmldom.Node)
			v, _ := c.Current()
			depth := 1
			if n, ok := c.Get("Depth").(int32); ok {
				depth = int(n)
			}
			w := &customXMLWriter{doc: doc, noType: c.Switch("NoTypeInformation")}
			root := doc.DocumentElement()
			w.one(root, true, "", v, depth)
			if strings.EqualFold(c.String("As"), "Stream") {
				last := root.Children[len(root.Children)-1]
				last.Remove()
				return c.Out(last.Indented())
			}
			return nil
		},
		End: func(c *pipeline.Call) error {
			doc := c.State.(*xmldom.Node)
			switch strings.ToLower(c.String("As")) {
			case "stream":
				return c.Out("</Objects>")
			case "string":
				return c.Out(doc.Indented())
			}
			return c.Out(dotnet.XMLObject(doc))
		},
	}
}
