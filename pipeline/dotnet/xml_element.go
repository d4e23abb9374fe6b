package dotnet

import (
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

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
