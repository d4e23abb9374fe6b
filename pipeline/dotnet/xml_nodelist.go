package dotnet

import (
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

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
