package dotnet

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf16"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// xmlNodeTypeEnum is System.Xml.XmlNodeType.
var xmlNodeTypeEnum = lazy.Value[*EnumType]{Build: func() *EnumType {
	return valEnum("System.Xml.XmlNodeType", false, "None", 0, "Element", 1, "Attribute", 2, "Text", 3, "CDATA", 4,
		"EntityReference", 5, "Entity", 6, "ProcessingInstruction", 7, "Comment", 8, "Document", 9, "DocumentType", 10,
		"DocumentFragment", 11, "Notation", 12, "Whitespace", 13, "SignificantWhitespace", 14, "EndElement", 15,
		"EndEntity", 16, "XmlDeclaration", 17)
}}

// addXMLTypes adds System.Xml's node types, XmlNodeType and
// XmlNamespaceManager to the type table as it loads.
func (r *registry) addXMLTypes() {
	const node, linked, chars = "System.Xml.XmlNode", "System.Xml.XmlLinkedNode", "System.Xml.XmlCharacterData"
	for _, t := range [][2]string{
		{linked, node}, {chars, linked}, {"System.Xml.XmlAttribute", node}, {"System.Xml.XmlElement", linked},
		{"System.Xml.XmlText", chars}, {"System.Xml.XmlCDataSection", "System.Xml.XmlText"},
		{"System.Xml.XmlComment", chars}, {"System.Xml.XmlWhitespace", chars},
		{"System.Xml.XmlDeclaration", linked}, {"System.Xml.XmlProcessingInstruction", linked},
		{"System.Xml.XmlDocumentType", linked}, {"System.Xml.XmlNamespaceManager", "System.Object"},
		{"System.Xml.XmlNameTable", "System.Object"}, {"System.Xml.NameTable", "System.Xml.XmlNameTable"},
		{"Microsoft.PowerShell.Commands.SelectXmlInfo", "System.Object"},
	} {
		r.types[strings.ToLower(t[0])] = &typeInfo{full: t[0], base: t[1]}
	}
	e := xmlNodeTypeEnum.Get()
	r.enums[strings.ToLower(e.FullName)] = e
	r.types[strings.ToLower(e.FullName)] = &typeInfo{full: e.FullName, base: "System.Enum", ifaces: numericIfaces}
}

// xmlPathResolver maps a path given to Load and Save to a host path;
// the data cmdlets set it (to the session's resolver) among their
// extensions. Unset, paths are the host's.
var xmlPathResolver func(string) (string, error)

// SetXMLPathResolver sets how XmlDocument.Load and Save find files.
func SetXMLPathResolver(f func(string) (string, error)) { xmlPathResolver = f }

func resolveXMLPath(p string) (string, error) {
	LoadExtensions()
	if xmlPathResolver == nil {
		return p, nil
	}
	return xmlPathResolver(p)
}

// xmlOverload is MethodCountCouldNotFindBest.
func xmlOverload(name string, n int) error {
	ex := object.NewException("System.Management.Automation.MethodException",
		"Cannot find an overload for \"%s\" and the argument count: \"%d\".", name, n)
	return object.NewError(ex, "MethodCountCouldNotFindBest", "NotSpecified", nil)
}

// xmlNodeArg converts a method argument to a node, as the method binder
// would, or fails with its message.
func xmlNodeArg(method, param string, v any) (*xmldom.Node, error) {
	if n, ok := XMLNode(v); ok {
		return n, nil
	}
	if v == nil {
		return nil, nil
	}
	s := ToString(v)
	ex := object.NewException("System.Management.Automation.MethodException",
		"Cannot convert argument \"%s\", with value: \"%s\", for \"%s\" to type \"System.Xml.XmlNode\": \"Cannot convert the \"%s\" value of type \"%s\" to type \"System.Xml.XmlNode\".\"",
		param, s, method, s, TypeName(v))
	return nil, object.NewError(ex, "MethodArgumentConversionInvalidCastArgument", "NotSpecified", nil)
}

func argError(msg string) *object.Exception {
	return object.NewException("System.ArgumentException", "%s", msg)
}

func invalidOp(msg string) *object.Exception {
	return object.NewException("System.InvalidOperationException", "%s", msg)
}

// checkInsert applies XmlNode's rules for inserting c under n.
func checkInsert(n, c *xmldom.Node) error {
	if c == nil {
		return object.NewException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: newChild")
	}
	if c.Doc() != n.Doc() && c.Type != xmldom.Document {
		return argError("The node to be inserted is from a different document context.")
	}
	if c.Contains(n) {
		return argError("The new child element is an ancestor of the current node.")
	}
	switch n.Type {
	case xmldom.Element, xmldom.Document:
	default:
		return invalidOp("The current node cannot contain other nodes.")
	}
	if c.Type == xmldom.Attribute || c.Type == xmldom.Document {
		return invalidOp("The specified node cannot be inserted as the valid child of this node, because the specified node is the wrong type.")
	}
	if n.Type == xmldom.Document {
		if c.Type == xmldom.Text || c.Type == xmldom.CDATA {
			return invalidOp("The specified node cannot be inserted as the valid child of this node, because the specified node is the wrong type.")
		}
		if c.Type == xmldom.Element && n.DocumentElement() != nil && n.DocumentElement() != c {
			return invalidOp("This document already has a 'DocumentElement' node.")
		}
	}
	return nil
}

// xmlNodeMembers are System.Xml's properties (hidden: the adapted ones
// are what a node displays) and methods for n.
func xmlNodeMembers(n *xmldom.Node) []*object.Member {
	prop := func(name, typ string, get func() any, set func(any) error) *object.Member {
		return &object.Member{Name: name, Kind: object.Property, Get: get, Set: set, Type: typ, Hidden: true}
	}
	obj := func(x *xmldom.Node) any {
		if x == nil {
			return nil
		}
		return XMLObject(x)
	}
	list := func(xs []*xmldom.Node) any { return xmlNodeList(xs, nil) }
	var ms []*object.Member
	add := func(m ...*object.Member) { ms = append(ms, m...) }
	method := func(name string, fn func(args []any) (any, error)) {
		add(&object.Member{Name: name, Kind: object.Method, Value: n, Call: fn})
	}
	str := func(v any) string {
		if v == nil {
			return ""
		}
		return ToString(v)
	}

	add(prop("Name", "string", func() any { return n.Name() }, nil),
		prop("LocalName", "string", func() any { return n.LocalName() }, nil),
		prop("NamespaceURI", "string", func() any { return n.NS }, nil),
		prop("Prefix", "string", func() any { return n.Prefix }, nil),
		prop("NodeType", "System.Xml.XmlNodeType", func() any {
			return Enum{Type: xmlNodeTypeEnum.Get(), Value: int64(n.Type)}
		}, nil),
		prop("ParentNode", "System.Xml.XmlNode", func() any {
			if n.Type == xmldom.Attribute {
				return nil
			}
			return obj(n.Parent)
		}, nil),
		prop("OwnerDocument", "System.Xml.XmlDocument", func() any { return obj(n.Owner) }, nil),
		prop("ChildNodes", "System.Xml.XmlNodeList", func() any { return list(n.Children) }, nil),
		prop("HasChildNodes", "bool", func() any { return len(n.Children) > 0 }, nil),
		prop("FirstChild", "System.Xml.XmlNode", func() any {
			if len(n.Children) == 0 {
				return nil
			}
			return obj(n.Children[0])
		}, nil),
		prop("LastChild", "System.Xml.XmlNode", func() any {
			if len(n.Children) == 0 {
				return nil
			}
			return obj(n.Children[len(n.Children)-1])
		}, nil),
		prop("NextSibling", "System.Xml.XmlNode", func() any { return obj(n.Sibling(1)) }, nil),
		prop("PreviousSibling", "System.Xml.XmlNode", func() any { return obj(n.Sibling(-1)) }, nil),
		prop("Attributes", "System.Xml.XmlAttributeCollection", func() any {
			if n.Type != xmldom.Element {
				return nil
			}
			return xmlNodeList(n.Attrs, n)
		}, nil),
		prop("InnerText", "string", func() any { return n.InnerText() }, func(v any) error {
			n.SetInnerText(str(v))
			xmlChanged(n)
			return nil
		}),
		prop("InnerXml", "string", func() any { return n.InnerXML() }, func(v any) error {
			if n.Type == xmldom.Attribute || n.Type == xmldom.Text || n.Type == xmldom.Comment {
				n.SetInnerText(str(v))
				return nil
			}
			if n.Type == xmldom.Document {
				// A document's InnerXml is LoadXml.
				nd, err := xmldom.Parse(str(v), n.PreserveWhitespace)
				if err != nil {
					return xmlException(err)
				}
				n.RemoveChildren()
				for _, c := range append([]*xmldom.Node(nil), nd.Children...) {
					n.InsertAt(-1, c)
				}
				xmlChanged(n)
				return nil
			}
			if err := xmldom.ParseFragment(n, str(v)); err != nil {
				return xmlException(err)
			}
			xmlChanged(n)
			return nil
		}),
		prop("OuterXml", "string", func() any { return n.OuterXML() }, nil),
		prop("Value", "string", func() any {
			switch n.Type {
			case xmldom.Element, xmldom.Document, xmldom.DocumentType:
				return nil
			}
			return n.Value
		}, func(v any) error {
			switch n.Type {
			case xmldom.Element, xmldom.Document, xmldom.DocumentType:
				return invalidOp(fmt.Sprintf("Cannot set a value on node type '%s'.", n.Type))
			}
			n.Value = str(v)
			return nil
		}),
		prop("BaseURI", "string", func() any { return "" }, nil),
		prop("IsReadOnly", "bool", func() any { return false }, nil),
	)
	switch n.Type {
	case xmldom.Document:
		add(prop("NameTable", "System.Xml.XmlNameTable", func() any {
			return object.NewObject("System.Xml.NameTable", "System.Xml.XmlNameTable", "System.Object")
		}, nil))
		add(prop("DocumentElement", "System.Xml.XmlElement", func() any { return obj(n.DocumentElement()) }, nil),
			prop("PreserveWhitespace", "bool", func() any { return n.PreserveWhitespace }, func(v any) error {
				n.PreserveWhitespace = ToBool(v)
				return nil
			}))
	case xmldom.Element:
		add(prop("HasAttributes", "bool", func() any { return len(n.Attrs) > 0 }, nil),
			prop("IsEmpty", "bool", func() any { return len(n.Children) == 0 }, func(v any) error {
				if ToBool(v) {
					n.RemoveChildren()
					xmlChanged(n)
				}
				return nil
			}))
	case xmldom.Attribute:
		add(prop("OwnerElement", "System.Xml.XmlElement", func() any { return obj(n.Parent) }, nil),
			prop("Specified", "bool", func() any { return true }, nil))
	}

	// Tree edits.
	insert := func(name string, args []any, pos func(parent, ref *xmldom.Node) (int, error), nargs int) (any, error) {
		if len(args) != nargs {
			return nil, xmlOverload(name, len(args))
		}
		c, err := xmlNodeArg(name, "newChild", args[0])
		if err != nil {
			return nil, err
		}
		var ref *xmldom.Node
		if nargs == 2 {
			if ref, err = xmlNodeArg(name, "refChild", args[1]); err != nil {
				return nil, err
			}
		}
		if err := checkInsert(n, c); err != nil {
			return nil, err
		}
		i, err := pos(n, ref)
		if err != nil {
			return nil, err
		}
		old := c.Parent
		if old == n && n.IndexOf(c) < i {
			i--
		}
		n.InsertAt(i, c)
		xmlChanged(n)
		if old != n {
			xmlChanged(old)
		}
		return XMLObject(c), nil
	}
	refPos := func(after bool) func(parent, ref *xmldom.Node) (int, error) {
		return func(parent, ref *xmldom.Node) (int, error) {
			if ref == nil {
				if after {
					return 0, nil
				}
				return len(parent.Children), nil
			}
			i := parent.IndexOf(ref)
			if i < 0 {
				return 0, argError("The reference node is not a child of this node.")
			}
			if after {
				i++
			}
			return i, nil
		}
	}
	method("AppendChild", func(args []any) (any, error) {
		return insert("AppendChild", args, func(p, _ *xmldom.Node) (int, error) { return len(p.Children), nil }, 1)
	})
	method("PrependChild", func(args []any) (any, error) {
		return insert("PrependChild", args, func(*xmldom.Node, *xmldom.Node) (int, error) { return 0, nil }, 1)
	})
	method("InsertBefore", func(args []any) (any, error) { return insert("InsertBefore", args, refPos(false), 2) })
	method("InsertAfter", func(args []any) (any, error) { return insert("InsertAfter", args, refPos(true), 2) })
	method("RemoveChild", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("RemoveChild", len(args))
		}
		c, err := xmlNodeArg("RemoveChild", "oldChild", args[0])
		if err != nil {
			return nil, err
		}
		if c == nil || c.Parent != n || c.Type == xmldom.Attribute {
			return nil, argError("The node to be removed is not a child of this node.")
		}
		c.Remove()
		xmlChanged(n)
		return XMLObject(c), nil
	})
	method("ReplaceChild", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, xmlOverload("ReplaceChild", len(args))
		}
		nc, err := xmlNodeArg("ReplaceChild", "newChild", args[0])
		if err != nil {
			return nil, err
		}
		oc, err := xmlNodeArg("ReplaceChild", "oldChild", args[1])
		if err != nil {
			return nil, err
		}
		if oc == nil || oc.Parent != n {
			return nil, argError("The node to be removed is not a child of this node.")
		}
		if err := checkInsert(n, nc); err != nil && !(n.Type == xmldom.Document && oc == n.DocumentElement()) {
			return nil, err
		}
		old := nc.Parent
		nc.Remove()
		i := n.IndexOf(oc)
		oc.Remove()
		n.InsertAt(i, nc)
		xmlChanged(n, old)
		return XMLObject(oc), nil
	})
	method("RemoveAll", func(args []any) (any, error) {
		n.RemoveChildren()
		for _, a := range n.Attrs {
			a.Parent = nil
		}
		n.Attrs = nil
		xmlChanged(n)
		return object.Null, nil
	})
	method("CloneNode", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("CloneNode", len(args))
		}
		c := n.Clone(ToBool(args[0]))
		return XMLObject(c), nil
	})
	method("Clone", func(args []any) (any, error) { return XMLObject(n.Clone(true)), nil })

	// XPath.
	sel := func(name string, args []any) ([]*xmldom.Node, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, xmlOverload(name, len(args))
		}
		var ns map[string]string
		if len(args) == 2 {
			ns = namespaceManagerMap(args[1])
		}
		r, err := n.Select(ToString(args[0]), ns)
		if err != nil {
			return nil, xmlException(err)
		}
		return r, nil
	}
	method("SelectNodes", func(args []any) (any, error) {
		r, err := sel("SelectNodes", args)
		if err != nil {
			return nil, err
		}
		return list(r), nil
	})
	method("SelectSingleNode", func(args []any) (any, error) {
		r, err := sel("SelectSingleNode", args)
		if err != nil || len(r) == 0 {
			return nil, err
		}
		return XMLObject(r[0]), nil
	})
	// XmlNode's indexer: $x["doc"] is the first child element of that
	// name, as an element even when it holds only text (about_Operators,
	// Index operator).
	method("Item", func(args []any) (any, error) {
		if len(args) < 1 {
			return nil, xmlOverload("Item", len(args))
		}
		want := ToString(args[0])
		for _, c := range n.Children {
			if c.Type == xmldom.Element && c.Name() == want {
				return XMLObject(c), nil
			}
		}
		return nil, nil
	})
	method("GetElementsByTagName", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("GetElementsByTagName", len(args))
		}
		want := ToString(args[0])
		var out []*xmldom.Node
		var walk func(x *xmldom.Node)
		walk = func(x *xmldom.Node) {
			for _, c := range x.Children {
				if c.Type == xmldom.Element && (want == "*" || c.Name() == want) {
					out = append(out, c)
				}
				walk(c)
			}
		}
		walk(n)
		return list(out), nil
	})
	method("GetNamespaceOfPrefix", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("GetNamespaceOfPrefix", len(args))
		}
		return n.LookupNamespace(ToString(args[0])), nil
	})
	// ToString is PowerShell's XmlNode code method: the local name.
	method("ToString", func([]any) (any, error) { return n.LocalName(), nil })

	switch n.Type {
	case xmldom.Element:
		elementMethods(n, method)
	case xmldom.Document:
		documentMethods(n, method)
	}
	return ms
}

// elementMethods are XmlElement's attribute methods.
func elementMethods(n *xmldom.Node, method func(string, func([]any) (any, error))) {
	attrName := func(name string, args []any, want int) (string, error) {
		if len(args) != want {
			return "", xmlOverload(name, len(args))
		}
		return ToString(args[0]), nil
	}
	method("GetAttribute", func(args []any) (any, error) {
		q, err := attrName("GetAttribute", args, 1)
		if err != nil {
			return nil, err
		}
		if a := n.Attr(q); a != nil {
			return a.Value, nil
		}
		return "", nil
	})
	method("HasAttribute", func(args []any) (any, error) {
		q, err := attrName("HasAttribute", args, 1)
		if err != nil {
			return nil, err
		}
		return n.Attr(q) != nil, nil
	})
	method("SetAttribute", func(args []any) (any, error) {
		if len(args) == 3 {
			// SetAttribute(localName, namespaceURI, value) returns the value.
			a := n.Owner.CreateAttribute(ToString(args[0]), ToString(args[1]))
			if old := n.Attr(a.Name()); old != nil {
				a = old
			} else {
				n.PutAttr(a)
			}
			a.Value = ToString(args[2])
			xmlChanged(n)
			return a.Value, nil
		}
		if len(args) != 2 {
			return nil, xmlOverload("SetAttribute", len(args))
		}
		v := ""
		if args[1] != nil {
			v = ToString(args[1])
		}
		n.SetAttr(ToString(args[0]), v)
		xmlChanged(n)
		return object.Null, nil
	})
	method("RemoveAttribute", func(args []any) (any, error) {
		q, err := attrName("RemoveAttribute", args, 1)
		if err != nil {
			return nil, err
		}
		if a := n.Attr(q); a != nil {
			a.Remove()
			xmlChanged(n)
		}
		return object.Null, nil
	})
	method("GetAttributeNode", func(args []any) (any, error) {
		q, err := attrName("GetAttributeNode", args, 1)
		if err != nil {
			return nil, err
		}
		if a := n.Attr(q); a != nil {
			return XMLObject(a), nil
		}
		return nil, nil
	})
	method("SetAttributeNode", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("SetAttributeNode", len(args))
		}
		a, err := xmlNodeArg("SetAttributeNode", "newAttr", args[0])
		if err != nil {
			return nil, err
		}
		if a == nil || a.Type != xmldom.Attribute {
			return nil, invalidOp("The node is not an attribute.")
		}
		if a.Doc() != n.Doc() {
			return nil, argError("The named node is from a different document context.")
		}
		if a.Parent != nil && a.Parent != n {
			return nil, invalidOp("The 'Attribute' node is in use by another element.")
		}
		old := n.PutAttr(a)
		xmlChanged(n)
		if old == nil {
			return nil, nil
		}
		return XMLObject(old), nil
	})
	method("RemoveAttributeNode", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("RemoveAttributeNode", len(args))
		}
		a, err := xmlNodeArg("RemoveAttributeNode", "oldAttr", args[0])
		if err != nil {
			return nil, err
		}
		if a == nil || a.Parent != n {
			return nil, nil
		}
		a.Remove()
		xmlChanged(n)
		return XMLObject(a), nil
	})
	method("RemoveAllAttributes", func(args []any) (any, error) {
		for _, a := range n.Attrs {
			a.Parent = nil
		}
		n.Attrs = nil
		xmlChanged(n)
		return object.Null, nil
	})
}

// documentMethods are XmlDocument's factory, load and save methods.
func documentMethods(d *xmldom.Node, method func(string, func([]any) (any, error))) {
	qualified := func(name string, args []any) (string, string, error) {
		switch len(args) {
		case 1:
			return ToString(args[0]), "", nil
		case 2:
			q := ToString(args[0])
			ns := ""
			if args[1] != nil {
				ns = ToString(args[1])
			}
			return q, ns, nil
		case 3:
			p, l := ToString(args[0]), ToString(args[1])
			q := l
			if p != "" {
				q = p + ":" + l
			}
			return q, ToString(args[2]), nil
		}
		return "", "", xmlOverload(name, len(args))
	}
	method("CreateElement", func(args []any) (any, error) {
		q, ns, err := qualified("CreateElement", args)
		if err != nil {
			return nil, err
		}
		if q == "" {
			return nil, argError("The local name for elements or attributes cannot be null or an empty string.")
		}
		return XMLObject(d.CreateElement(q, ns)), nil
	})
	method("CreateAttribute", func(args []any) (any, error) {
		q, ns, err := qualified("CreateAttribute", args)
		if err != nil {
			return nil, err
		}
		if q == "" {
			return nil, argError("The local name for elements or attributes cannot be null or an empty string.")
		}
		return XMLObject(d.CreateAttribute(q, ns)), nil
	})
	leaf := func(name string, t xmldom.Type) {
		method(name, func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, xmlOverload(name, len(args))
			}
			v := ""
			if args[0] != nil {
				v = ToString(args[0])
			}
			return XMLObject(d.CreateLeaf(t, v)), nil
		})
	}
	leaf("CreateTextNode", xmldom.Text)
	leaf("CreateComment", xmldom.Comment)
	leaf("CreateCDataSection", xmldom.CDATA)
	leaf("CreateWhitespace", xmldom.Whitespace)
	method("CreateXmlDeclaration", func(args []any) (any, error) {
		if len(args) != 3 {
			return nil, xmlOverload("CreateXmlDeclaration", len(args))
		}
		v := "version=\"" + ToString(args[0]) + "\""
		if e := ToString(args[1]); args[1] != nil && e != "" {
			v += " encoding=\"" + e + "\""
		}
		if s := ToString(args[2]); args[2] != nil && s != "" {
			v += " standalone=\"" + s + "\""
		}
		if ToString(args[0]) != "1.0" {
			return nil, argError("Wrong XML version information. The XML must match production \"VersionNum ::= '1.' [0-9]+\".")
		}
		return XMLObject(d.CreateLeaf(xmldom.XmlDeclaration, v)), nil
	})
	method("ImportNode", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, xmlOverload("ImportNode", len(args))
		}
		src, err := xmlNodeArg("ImportNode", "node", args[0])
		if err != nil {
			return nil, err
		}
		if src == nil || src.Type == xmldom.Document {
			return nil, invalidOp("Cannot import nodes of type 'Document'.")
		}
		return XMLObject(d.Import(src, ToBool(args[1]))), nil
	})
	replace := func(nd *xmldom.Node) {
		d.RemoveChildren()
		for _, c := range append([]*xmldom.Node(nil), nd.Children...) {
			d.InsertAt(-1, c)
		}
		d.Adapter.(*object.PSObject).TypeNames = xmlTypeNames(xmldom.Document)
		xmlChanged(d)
	}
	method("LoadXml", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("LoadXml", len(args))
		}
		nd, err := xmldom.Parse(ToString(args[0]), d.PreserveWhitespace)
		if err != nil {
			return nil, xmlException(err)
		}
		replace(nd)
		return object.Null, nil
	})
	method("Load", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Load", len(args))
		}
		p := ToString(args[0])
		host, err := resolveXMLPath(p)
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(host)
		if err != nil {
			return nil, xmlFileError(p, err)
		}
		nd, err := xmldom.Parse(decodeXMLBytes(b), d.PreserveWhitespace)
		if err != nil {
			return nil, xmlException(err)
		}
		replace(nd)
		return object.Null, nil
	})
	method("Save", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Save", len(args))
		}
		p := ToString(args[0])
		host, err := resolveXMLPath(p)
		if err != nil {
			return nil, err
		}
		text := d.OuterXML()
		if !d.PreserveWhitespace {
			text = d.Indented()
		}
		if err := os.WriteFile(host, xmlFileBytes(d, text), 0o644); err != nil {
			return nil, xmlFileError(p, err)
		}
		return object.Null, nil
	})
}

// xmlFileBytes encodes a saved document: UTF-16 (little-endian, with
// a byte-order mark) when its declaration says so, as .NET writes it,
// else UTF-8 without a mark.
func xmlFileBytes(d *xmldom.Node, text string) []byte {
	for _, c := range d.Children {
		if c.Type != xmldom.XmlDeclaration {
			continue
		}
		v := strings.ToLower(c.Value)
		if strings.Contains(v, `encoding="utf-16"`) || strings.Contains(v, `encoding="unicode"`) {
			u := utf16.Encode([]rune(text))
			b := make([]byte, 2, 2+2*len(u))
			b[0], b[1] = 0xFF, 0xFE
			for _, x := range u {
				b = append(b, byte(x), byte(x>>8))
			}
			return b
		}
	}
	return []byte(text)
}

// xmlFileError is the .NET exception for a file Load or Save could not
// use.
func xmlFileError(p string, err error) *object.Exception {
	if os.IsNotExist(err) {
		return &object.Exception{Type: "System.IO.FileNotFoundException", Message: "Could not find file '" + p + "'.", Props: map[string]any{"FileName": p}}
	}
	if os.IsPermission(err) {
		return object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", p)
	}
	return object.NewException("System.IO.IOException", "%s", err.Error())
}

// decodeXMLBytes reads a file's bytes as text: UTF-8 (with or without
// a byte-order mark) or UTF-16 with one.
func decodeXMLBytes(b []byte) string {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		le := b[0] == 0xFF
		var us []uint16
		for i := 2; i+1 < len(b); i += 2 {
			if le {
				us = append(us, uint16(b[i])|uint16(b[i+1])<<8)
			} else {
				us = append(us, uint16(b[i])<<8|uint16(b[i+1]))
			}
		}
		return string(utf16.Decode(us))
	}
	return string(b)
}

// namespaceManagerMap reads the prefixes of an XmlNamespaceManager (or
// a hashtable of them) given to SelectNodes.
func namespaceManagerMap(v any) map[string]string {
	m := map[string]string{}
	if o, ok := v.(*object.PSObject); ok {
		if b, ok := o.Base.(*object.Hashtable); ok {
			v = b
		} else if mm := o.Member("AddNamespace"); mm != nil {
			v = mm.Value
		}
	}
	if h, ok := v.(*object.Hashtable); ok {
		for _, k := range h.Keys() {
			val, _ := h.Get(k)
			m[ToString(k)] = ToString(val)
		}
	}
	return m
}

// NewXMLNamespaceManager is New-Object System.Xml.XmlNamespaceManager:
// prefixes bound with AddNamespace, for SelectNodes and
// SelectSingleNode. Its AddNamespace member holds the bindings.
func NewXMLNamespaceManager() *object.PSObject {
	o := object.NewObject("System.Xml.XmlNamespaceManager", "System.Object")
	h := object.NewHashtable(false)
	fixed := func(p string) (string, bool) {
		switch p {
		case "xml":
			return "http://www.w3.org/XML/1998/namespace", true
		case "xmlns":
			return "http://www.w3.org/2000/xmlns/", true
		case "":
			return "", true
		}
		return "", false
	}
	o.Add(&object.Member{Name: "AddNamespace", Kind: object.Method, Value: h, Call: func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, xmlOverload("AddNamespace", len(args))
		}
		p, uri := ToString(args[0]), ToString(args[1])
		if p == "xml" || p == "xmlns" {
			return nil, argError("Prefix \"" + p + "\" is reserved for use by XML.")
		}
		h.Set(p, uri)
		return object.Null, nil
	}})
	o.Add(&object.Member{Name: "LookupNamespace", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("LookupNamespace", len(args))
		}
		p := ToString(args[0])
		if u, ok := fixed(p); ok {
			return u, nil
		}
		if v, ok := h.Get(p); ok {
			return v, nil
		}
		return nil, nil
	}})
	o.Add(&object.Member{Name: "HasNamespace", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("HasNamespace", len(args))
		}
		return h.Has(ToString(args[0])), nil
	}})
	o.Add(&object.Member{Name: "RemoveNamespace", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, xmlOverload("RemoveNamespace", len(args))
		}
		if v, ok := h.Get(ToString(args[0])); ok && ToString(v) == ToString(args[1]) {
			h.Delete(ToString(args[0]))
		}
		return object.Null, nil
	}})
	o.Add(&object.Member{Name: "DefaultNamespace", Kind: object.Property, Get: func() any { return "" }, Type: "string"})
	return o
}

// xmlNodeList is an XmlNodeList (or, with owner, the element's
// XmlAttributeCollection): an array of the nodes' objects that also
// answers the collection's methods (Item, and GetNamedItem and its
// kin for attributes), which scripts call on it.
func xmlNodeList(xs []*xmldom.Node, owner *xmldom.Node) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = XMLObject(x)
	}
	if len(out) == 0 {
		return out
	}
	h, ok := object.Attach(out, func() *object.PSObject { return object.NewObject("System.Object[]", "System.Array", "System.Object") })
	if !ok {
		return out
	}
	named := func(args []any) *xmldom.Node {
		if len(args) == 0 {
			return nil
		}
		want := ToString(args[0])
		for _, x := range xs {
			if x.Name() == want {
				return x
			}
		}
		return nil
	}
	method := func(name string, fn func(args []any) (any, error)) {
		h.Add(&object.Member{Name: name, Kind: object.Method, Call: fn})
	}
	method("Item", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Item", len(args))
		}
		switch i := args[0].(type) {
		case int32:
			if i >= 0 && int(i) < len(out) {
				return out[i], nil
			}
			return nil, nil
		}
		if x := named(args); x != nil {
			return XMLObject(x), nil
		}
		return nil, nil
	})
	if owner == nil {
		return out
	}
	method("GetNamedItem", func(args []any) (any, error) {
		if x := named(args); x != nil {
			return XMLObject(x), nil
		}
		return nil, nil
	})
	method("RemoveNamedItem", func(args []any) (any, error) {
		x := named(args)
		if x == nil {
			return nil, nil
		}
		x.Remove()
		xmlChanged(owner)
		return XMLObject(x), nil
	})
	method("Append", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Append", len(args))
		}
		a, ok := XMLNode(args[0])
		if !ok || a.Type != xmldom.Attribute {
			return nil, invalidOp("The node is not an attribute.")
		}
		owner.PutAttr(a)
		xmlChanged(owner)
		return XMLObject(a), nil
	})
	return out
}
