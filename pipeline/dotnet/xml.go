package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// The XML adapter: an [xml] document is a tree of xmldom nodes, and each
// node a script touches is one PSObject whose properties follow
// PowerShell's XmlNodeAdapter (about_Types.ps1xml, "XML adapter"; the
// XmlDocument API pages): attributes and child nodes are properties
// named by local name; a node holding only text reads as that text;
// same-named children read as an array. System.Xml's own properties and
// methods sit behind them, hidden from the default display.

// xmlTypeNames are the type hierarchies, most derived first.
func xmlTypeNames(t xmldom.Type) []string {
	const node, linked, chars = "System.Xml.XmlNode", "System.Xml.XmlLinkedNode", "System.Xml.XmlCharacterData"
	switch t {
	case xmldom.Document:
		return []string{"System.Xml.XmlDocument", node, "System.Object"}
	case xmldom.Element:
		return []string{"System.Xml.XmlElement", linked, node, "System.Object"}
	case xmldom.Attribute:
		return []string{"System.Xml.XmlAttribute", node, "System.Object"}
	case xmldom.Text:
		return []string{"System.Xml.XmlText", chars, linked, node, "System.Object"}
	case xmldom.CDATA:
		return []string{"System.Xml.XmlCDataSection", "System.Xml.XmlText", chars, linked, node, "System.Object"}
	case xmldom.Comment:
		return []string{"System.Xml.XmlComment", chars, linked, node, "System.Object"}
	case xmldom.Whitespace:
		return []string{"System.Xml.XmlWhitespace", chars, linked, node, "System.Object"}
	case xmldom.XmlDeclaration:
		return []string{"System.Xml.XmlDeclaration", linked, node, "System.Object"}
	case xmldom.ProcInst:
		return []string{"System.Xml.XmlProcessingInstruction", linked, node, "System.Object"}
	case xmldom.DocumentType:
		return []string{"System.Xml.XmlDocumentType", linked, node, "System.Object"}
	}
	return []string{node, "System.Object"}
}

// ParseXML parses a document as [xml]"…" does and returns its
// XmlDocument object.
func ParseXML(src string) (*object.PSObject, error) {
	d, err := xmldom.Parse(src, false)
	if err != nil {
		return nil, xmlException(err)
	}
	return XMLObject(d), nil
}

// xmlException turns a DOM error into the .NET exception.
func xmlException(err error) *object.Exception {
	switch e := err.(type) {
	case *xmldom.SyntaxError:
		// XmlException carries the place in LineNumber and
		// LinePosition too (0 when the message has none).
		ex := object.NewException("System.Xml.XmlException", "%s", e.Error())
		ex.Props = map[string]any{"LineNumber": int32(e.Line), "LinePosition": int32(e.Pos), "SourceUri": ""}
		return ex
	case *xmldom.XPathError:
		return object.NewException("System.Xml.XPath.XPathException", "%s", e.Msg)
	case *object.Exception:
		return e
	}
	return object.NewException("System.InvalidOperationException", "%s", err.Error())
}

// XMLObject returns the object that stands for n, the same one on every
// call, so that a script holding an element sees later changes to it.
func XMLObject(n *xmldom.Node) *object.PSObject {
	if n == nil {
		return nil
	}
	if o, ok := n.Adapter.(*object.PSObject); ok {
		return o
	}
	o := object.NewObject(xmlTypeNames(n.Type)...)
	n.Adapter = o
	populateXML(o, n)
	return o
}

// XMLNode returns the node behind an XML object (looking through a
// PSObject that wraps one).
func XMLNode(v any) (*xmldom.Node, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil, false
	}
	// Every System.Xml method member carries its node in Value (an
	// adapted property of the same name may hide one of them).
	if o.Base != nil {
		return XMLNode(o.Base)
	}
	if !isXMLObject(o) {
		return nil, false
	}
	for _, m := range o.Members() {
		if m.Kind == object.Method {
			if n, ok := m.Value.(*xmldom.Node); ok {
				return n, true
			}
		}
	}
	return nil, false
}

func isXMLObject(o *object.PSObject) bool {
	for _, t := range o.TypeNames {
		if t == "System.Xml.XmlNode" {
			return true
		}
	}
	return false
}

// xmlChanged rebuilds the members of the objects of nodes whose
// attributes or children changed: the set of adapted properties is the
// set of names those hold.
func xmlChanged(nodes ...*xmldom.Node) {
	for _, n := range nodes {
		if n == nil {
			continue
		}
		if o, ok := n.Adapter.(*object.PSObject); ok {
			populateXML(o, n)
		}
	}
}

// xmlValue is what the adapter returns for one node (XmlNodeAdapter's
// GetNodeObject): a text node's text; for a node without attributes and
// with no children or only one text child, its InnerText; else the node.
func xmlValue(n *xmldom.Node) any {
	if n.Type == xmldom.Text {
		return n.Value
	}
	if len(n.Attrs) == 0 {
		switch {
		case n.Type == xmldom.Attribute, len(n.Children) == 0:
			return n.InnerText()
		case len(n.Children) == 1 && n.Children[0].Type == xmldom.Text:
			return n.InnerText()
		}
	}
	return XMLObject(n)
}

// adaptedGroups lists the adapted properties: attributes, then child
// nodes other than white space, grouped by local name ignoring case, in
// the order the names first appear.
func adaptedGroups(n *xmldom.Node) [][]*xmldom.Node {
	var groups [][]*xmldom.Node
	index := map[string]int{}
	add := func(c *xmldom.Node) {
		key := strings.ToLower(c.LocalName())
		if i, ok := index[key]; ok {
			groups[i] = append(groups[i], c)
			return
		}
		index[key] = len(groups)
		groups = append(groups, []*xmldom.Node{c})
	}
	for _, a := range n.Attrs {
		add(a)
	}
	if n.Type != xmldom.Attribute {
		for _, c := range n.Children {
			if c.Type != xmldom.Whitespace {
				add(c)
			}
		}
	}
	return groups
}

// populateXML (re)builds o's members from n.
func populateXML(o *object.PSObject, n *xmldom.Node) {
	if old := o.Members(); len(old) > 0 {
		for i := len(old) - 1; i >= 0; i-- {
			o.Remove(old[i].Name)
		}
	}
	groups := adaptedGroups(n)
	var names []string
	for _, g := range groups {
		m := adaptedProperty(n, g)
		names = append(names, m.Name)
		o.Add(m)
	}
	if n.Type == xmldom.Attribute && n.Value != "" {
		// An attribute's value is its text child in System.Xml, which
		// the adapter shows as #text.
		names = append(names, "#text")
		o.Add(&object.Member{Name: "#text", Kind: object.Property,
			Get: func() any { return n.Value },
			Set: func(v any) error { n.Value = ToString(v); return nil }})
	}
	var hidden []*object.Member
	for _, m := range xmlNodeMembers(n) {
		if !shadowed(names, m.Name) {
			o.Add(m)
		} else if m.Kind == object.Property {
			hidden = append(hidden, m)
		}
	}
	if len(hidden) == 0 {
		return
	}
	// A System.Xml property an adapted one hides is still there through
	// its getter method and PSBase ($elem.get_Name(), $elem.PSBase.Name),
	// the ways around the adapter.
	for _, m := range hidden {
		m := m
		o.Add(&object.Member{Name: "get_" + m.Name, Kind: object.Method, Hidden: true, Type: m.Type + " get_" + m.Name + "()",
			Call: func([]any) (any, error) { return m.Get(), nil }})
	}
	o.Add(&object.Member{Name: "PSBase", Kind: object.Property, Hidden: true, Get: func() any {
		base := object.NewObject(o.TypeNames...)
		for _, m := range xmlNodeMembers(n) {
			c := *m
			c.Hidden = false
			base.Add(&c)
		}
		return base
	}})
}

// shadowed reports a System.Xml member an adapted property hides (an
// attribute called Name hides XmlNode.Name).
func shadowed(adapted []string, name string) bool {
	for _, a := range adapted {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// adaptedProperty is the property for one group of same-named nodes.
func adaptedProperty(owner *xmldom.Node, g []*xmldom.Node) *object.Member {
	name := g[0].LocalName()
	return &object.Member{
		Name: name,
		Kind: object.Property,
		Get: func() any {
			if len(g) == 1 {
				return xmlValue(g[0])
			}
			out := make([]any, len(g))
			for i, c := range g {
				out[i] = xmlValue(c)
			}
			return out
		},
		Set: func(v any) error { return setAdapted(owner, name, g, v) },
	}
}

// setAdapted assigns a string to an adapted property, under
// XmlNodeAdapter's restrictions: one node, a string, and a node that
// holds at most one text node and no attributes.
func setAdapted(owner *xmldom.Node, name string, g []*xmldom.Node, v any) error {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	s, isString := v.(string)
	fail := func(id string) error {
		ex := object.NewException("System.Management.Automation.SetValueException",
			"Cannot set \"%s\" because only strings can be used as values to set XmlNode properties.", name)
		return object.NewError(ex, id, "NotSpecified", nil)
	}
	if !isString {
		return fail("XmlNodeSetShouldBeAString")
	}
	if len(g) > 1 {
		return fail("XmlNodeSetRestrictionsMoreThanOneNode")
	}
	n := g[0]
	switch {
	case n.Type == xmldom.Text || n.Type == xmldom.Attribute:
		n.Value = s
		return nil
	case len(n.Attrs) > 0:
		return fail("XmlNodeSetRestrictionsNodeWithAttributes")
	case len(n.Children) == 0, len(n.Children) == 1 && n.Children[0].Type == xmldom.Text:
		n.SetInnerText(s)
		xmlChanged(n)
		return nil
	}
	return fail("XmlNodeSetRestrictionsUnknownNodeType")
}

// toXML is [xml]: a string parses; an XmlDocument stays.
func toXML(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *object.PSObject:
		if x.TypeName() == "System.Xml.XmlDocument" {
			return x, nil
		}
		if x.Base != nil {
			return toXML(x.Base)
		}
	case []any:
		// [xml](Get-Content file) joins the lines.
		return toXML(ToStringOFS(x, "\n"))
	case string:
		d, err := ParseXML(x)
		if err != nil {
			return nil, castErrorInner(v, "System.Xml.XmlDocument", err.(*object.Exception), "InvalidCastToXmlDocument")
		}
		return d, nil
	}
	return nil, castError(v, "System.Xml.XmlDocument", "ConvertToFinalInvalidCastException")
}
