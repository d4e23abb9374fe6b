package dotnet

import (
	"cspsh/pipeline/object"
)

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
