package dotnet

import (
	"fmt"

	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

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
		add(&object.Member{Name: name, Kind: object.Method, Value: n, Call: fn, Type: xmlMethodDefinition(name)})
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
	for _, m := range []struct {
		name    string
		content bool
	}{{"WriteTo", false}, {"WriteContentTo", true}} {
		m := m
		method(m.name, func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, xmlOverload(m.name, len(args))
			}
			if !writeNodeTo(n, args[0], m.content) {
				return nil, xmlWriterArg(m.name, args[0])
			}
			return object.Null, nil
		})
	}
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
