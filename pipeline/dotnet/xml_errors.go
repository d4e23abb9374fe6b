package dotnet

import (
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

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

// xmlWriterArg is the method binder's error for an argument that is not
// an XmlWriter.
func xmlWriterArg(method string, v any) error {
	s := ToString(v)
	ex := object.NewException("System.Management.Automation.MethodException",
		"Cannot convert argument \"w\", with value: \"%s\", for \"%s\" to type \"System.Xml.XmlWriter\": \"Cannot convert the \"%s\" value of type \"%s\" to type \"System.Xml.XmlWriter\".\"",
		s, method, s, TypeName(v))
	return object.NewError(ex, "MethodArgumentConversionInvalidCastArgument", "NotSpecified", nil)
}
