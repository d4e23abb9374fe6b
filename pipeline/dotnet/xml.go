package dotnet

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"cspsh/pipeline/object"
)

// XML type names, most derived first, as PowerShell's XML adapter shows
// them.
var (
	xmlDocumentTypes = []string{"System.Xml.XmlDocument", "System.Xml.XmlNode", "System.Object"}
	xmlElementTypes  = []string{"System.Xml.XmlElement", "System.Xml.XmlLinkedNode", "System.Xml.XmlNode", "System.Object"}
)

// xnode is a parsed element.
type xnode struct {
	name     string
	attrs    []xml.Attr
	children []*xnode
	comments []string
	text     strings.Builder
	hasText  bool
}

// xmlError is an XmlException with the line and position suffix .NET
// adds.
func xmlError(msg string, line, pos int) *object.Exception {
	return object.NewException("System.Xml.XmlException", "%s Line %d, position %d.", msg, line, pos)
}

// linePos converts a byte offset of src to a 1-based line and position.
func linePos(src string, off int64) (int, int) {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

// ParseXML parses a document as [xml]"…" does and returns an
// XmlDocument object whose properties follow PowerShell's XML adapter:
// attributes and child elements become properties; an element holding
// only text is that text; repeated elements are arrays.
func ParseXML(src string) (*object.PSObject, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = true
	var stack []*xnode
	var root *xnode
	decl := ""
	for {
		before := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, pos := linePos(src, d.InputOffset())
			if se, ok := err.(*xml.SyntaxError); ok {
				return nil, xmlError(capitalize(se.Msg)+".", line, pos)
			}
			return nil, xmlError(err.Error(), line, pos)
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			if t.Target == "xml" {
				decl = strings.TrimSpace(string(t.Inst))
			}
		case xml.StartElement:
			n := &xnode{name: qname(t.Name), attrs: t.Attr}
			if len(stack) == 0 {
				if root != nil {
					line, pos := linePos(src, before)
					return nil, xmlError("There are multiple root elements.", line, pos+1)
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1].name != qname(t.Name) {
				line, pos := linePos(src, before)
				open := ""
				if len(stack) > 0 {
					open = stack[len(stack)-1].name
				}
				return nil, xmlError(fmt.Sprintf("The '%s' start tag does not match the end tag of '%s'.", open, qname(t.Name)), line, pos+2)
			}
			stack = stack[:len(stack)-1]
		case xml.Comment:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.comments = append(top.comments, string(t))
			}
		case xml.CharData:
			if len(stack) == 0 {
				if strings.TrimSpace(string(t)) != "" {
					line, pos := linePos(src, before+int64(len(t)-len(strings.TrimLeft(string(t), " \t\r\n"))))
					return nil, xmlError("Data at the root level is invalid.", line, pos)
				}
				continue
			}
			top := stack[len(stack)-1]
			top.text.Write(t)
			if strings.TrimSpace(string(t)) != "" {
				top.hasText = true
			}
		}
	}
	if len(stack) > 0 {
		names := make([]string, len(stack))
		for i, n := range stack {
			names[i] = n.name
		}
		line, pos := linePos(src, int64(len(src)))
		return nil, xmlError("Unexpected end of file has occurred. The following elements are not closed: "+strings.Join(names, ", ")+".", line, pos)
	}
	if root == nil {
		return nil, object.NewException("System.Xml.XmlException", "Root element is missing.")
	}
	doc := object.NewObject(xmlDocumentTypes...)
	if decl != "" {
		doc.SetProp("xml", decl)
	}
	doc.SetProp(localName(root.name), elementObject(root, root))
	addNodeMembers(doc, "#document", root.innerText(), root.outerXML())
	addXPathMethods(doc, root, &xnode{children: []*xnode{root}})
	return doc, nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// localName is a qualified name without its prefix: the XML adapter
// names properties by LocalName ($soap.Envelope.Body).
func localName(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// innerText is the concatenated text of the element and its descendants.
func (n *xnode) innerText() string {
	var b strings.Builder
	b.WriteString(n.text.String())
	for _, c := range n.children {
		b.WriteString(c.innerText())
	}
	return b.String()
}

// outerXML renders the element back.
func (n *xnode) outerXML() string {
	var b strings.Builder
	b.WriteString("<" + n.name)
	for _, a := range n.attrs {
		b.WriteString(" " + qname(a.Name) + "=\"" + xmlEscape(a.Value) + "\"")
	}
	inner := n.innerXML()
	if inner == "" {
		b.WriteString(" />")
		return b.String()
	}
	b.WriteString(">" + inner + "</" + n.name + ">")
	return b.String()
}

func (n *xnode) innerXML() string {
	var b strings.Builder
	if n.hasText {
		b.WriteString(xmlEscape(strings.TrimSpace(n.text.String())))
	}
	for _, c := range n.children {
		b.WriteString(c.outerXML())
	}
	return b.String()
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// nodeValue is what the adapter returns for a child element: its text
// when it has neither attributes nor child elements, else the element.
func nodeValue(n, root *xnode) any {
	if len(n.attrs) == 0 && len(n.children) == 0 && len(n.comments) == 0 {
		return n.text.String()
	}
	return elementObject(n, root)
}

// elementObject builds the adapter object of an element.
func elementObject(n, root *xnode) *object.PSObject {
	o := object.NewObject(xmlElementTypes...)
	for _, a := range n.attrs {
		o.SetProp(a.Name.Local, a.Value)
	}
	if n.hasText && (len(n.attrs) > 0 || len(n.children) > 0) {
		o.SetProp("#text", strings.TrimSpace(n.text.String()))
	}
	switch len(n.comments) {
	case 0:
	case 1:
		o.SetProp("#comment", n.comments[0])
	default:
		cs := make([]any, len(n.comments))
		for i, c := range n.comments {
			cs[i] = c
		}
		o.SetProp("#comment", cs)
	}
	var order []string
	groups := map[string][]any{}
	for _, c := range n.children {
		local := localName(c.name)
		if _, ok := groups[local]; !ok {
			order = append(order, local)
		}
		groups[local] = append(groups[local], nodeValue(c, root))
	}
	for _, name := range order {
		g := groups[name]
		if len(g) == 1 {
			o.SetProp(name, g[0])
		} else {
			o.SetProp(name, g)
		}
	}
	addNodeMembers(o, n.name, n.innerText(), n.outerXML())
	addXPathMethods(o, root, n)
	attrs := n.attrs
	o.Add(&object.Member{Name: "GetAttribute", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 1 {
			want := ToString(args[0])
			for _, a := range attrs {
				if qname(a.Name) == want {
					return a.Value, nil
				}
			}
		}
		return "", nil
	}})
	o.Add(&object.Member{Name: "HasAttribute", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 1 {
			want := ToString(args[0])
			for _, a := range attrs {
				if qname(a.Name) == want {
					return true, nil
				}
			}
		}
		return false, nil
	}})
	return o
}

// addNodeMembers adds the XmlNode properties that the adapter keeps
// behind the element's own (hidden unless no child has the name).
func addNodeMembers(o *object.PSObject, name, inner, outer string) {
	local := name
	if i := strings.IndexByte(local, ':'); i >= 0 {
		local = local[i+1:]
	}
	for _, m := range []struct {
		n string
		v any
	}{{"Name", name}, {"LocalName", local}, {"InnerText", inner}, {"OuterXml", outer}} {
		if o.Member(m.n) == nil {
			o.Add(&object.Member{Name: m.n, Kind: object.Property, Value: m.v, Type: "string", Hidden: true})
		}
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return local, nil }})
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
