// Package xmldom is the XML document object model behind [xml]: a
// mutable tree of nodes with System.Xml's node kinds, names and
// serialisation, and the XPath 1.0 that SelectNodes and Select-Xml
// evaluate. It knows nothing of PowerShell values: pipeline/dotnet
// adapts its nodes into objects, so the same tree serves the adapter,
// the XmlDocument methods and the XML cmdlets.
package xmldom

import "strings"

// Type is System.Xml.XmlNodeType; the values are .NET's so that
// [int]$node.NodeType prints what it prints there.
type Type int

// Node types, with the numbers of System.Xml.XmlNodeType.
const (
	Element        Type = 1
	Attribute      Type = 2
	Text           Type = 3
	CDATA          Type = 4
	ProcInst       Type = 7
	Comment        Type = 8
	Document       Type = 9
	DocumentType   Type = 10
	Whitespace     Type = 13
	XmlDeclaration Type = 17
)

// String names the type as the XmlNodeType enum does.
func (t Type) String() string {
	switch t {
	case Element:
		return "Element"
	case Attribute:
		return "Attribute"
	case Text:
		return "Text"
	case CDATA:
		return "CDATA"
	case ProcInst:
		return "ProcessingInstruction"
	case Comment:
		return "Comment"
	case Document:
		return "Document"
	case DocumentType:
		return "DocumentType"
	case Whitespace:
		return "Whitespace"
	case XmlDeclaration:
		return "XmlDeclaration"
	}
	return "None"
}

// Node is one node of a document. Attributes hang off their element in
// Attrs (Parent is the element, as XmlAttribute.OwnerElement); every
// other node is in its parent's Children.
type Node struct {
	Type   Type
	Prefix string
	Local  string
	// NS is the namespace URI the prefix (or the default namespace)
	// was bound to where the node was made.
	NS string
	// Value is the text of a text, CDATA, comment or attribute node,
	// the data of a processing instruction, and the whole content of
	// an XML declaration (version="1.0" encoding="utf-8").
	Value    string
	Attrs    []*Node
	Children []*Node
	Parent   *Node
	// Owner is the document the node belongs to (nil for a document).
	Owner *Node
	// SelfClose is XmlElement.IsEmpty: an element made by
	// CreateElement or read as <a/> is written <a />; one that had an end
	// tag or lost its last child is written <a></a>.
	SelfClose bool
	// PreserveWhitespace is XmlDocument.PreserveWhitespace: when false,
	// white space between elements is not kept and Save indents.
	PreserveWhitespace bool
	// Adapter is the PowerShell object that stands for this node, made
	// once so that two reads of one element are the same object.
	Adapter any
}

// NewDocument returns an empty XmlDocument.
func NewDocument() *Node { return &Node{Type: Document} }

// Name is XmlNode.Name: the qualified name of an element or attribute,
// or the fixed name of the other kinds.
func (n *Node) Name() string {
	switch n.Type {
	case Element, Attribute:
		if n.Prefix != "" {
			return n.Prefix + ":" + n.Local
		}
		return n.Local
	case Text:
		return "#text"
	case CDATA:
		return "#cdata-section"
	case Comment:
		return "#comment"
	case Document:
		return "#document"
	case Whitespace:
		return "#whitespace"
	case XmlDeclaration:
		return "xml"
	}
	return n.Local
}

// LocalName is XmlNode.LocalName.
func (n *Node) LocalName() string {
	if n.Type == Element || n.Type == Attribute {
		return n.Local
	}
	return n.Name()
}

// Doc returns the document n belongs to.
func (n *Node) Doc() *Node {
	if n.Type == Document {
		return n
	}
	return n.Owner
}

// DocumentElement is the document's root element, or nil.
func (n *Node) DocumentElement() *Node {
	for _, c := range n.Children {
		if c.Type == Element {
			return c
		}
	}
	return nil
}

// splitName splits "p:local".
func splitName(q string) (string, string) {
	if i := strings.IndexByte(q, ':'); i >= 0 {
		return q[:i], q[i+1:]
	}
	return "", q
}

// CreateElement makes an element of doc, not yet in the tree. A prefix
// with no URI takes the one bound in... nothing yet: the element is in
// ns.
func (doc *Node) CreateElement(qname, ns string) *Node {
	p, l := splitName(qname)
	return &Node{Type: Element, Prefix: p, Local: l, NS: ns, Owner: doc, SelfClose: true}
}

// CreateAttribute makes an attribute of doc, not yet on an element.
func (doc *Node) CreateAttribute(qname, ns string) *Node {
	p, l := splitName(qname)
	if p == "xmlns" || (p == "" && l == "xmlns") {
		ns = "http://www.w3.org/2000/xmlns/"
	}
	return &Node{Type: Attribute, Prefix: p, Local: l, NS: ns, Owner: doc}
}

// CreateLeaf makes a text, CDATA or comment node.
func (doc *Node) CreateLeaf(t Type, value string) *Node {
	return &Node{Type: t, Value: value, Owner: doc}
}

// IndexOf is the position of c among n's children, or -1.
func (n *Node) IndexOf(c *Node) int {
	for i, x := range n.Children {
		if x == c {
			return i
		}
	}
	return -1
}

// Remove takes c out of its parent (children or attributes).
func (c *Node) Remove() {
	p := c.Parent
	if p == nil {
		return
	}
	if c.Type == Attribute {
		for i, a := range p.Attrs {
			if a == c {
				p.Attrs = append(p.Attrs[:i:i], p.Attrs[i+1:]...)
				break
			}
		}
	} else if i := p.IndexOf(c); i >= 0 {
		p.Children = append(p.Children[:i:i], p.Children[i+1:]...)
		p.SelfClose = false
	}
	c.Parent = nil
}

// InsertAt puts c (taken from where it was) at position i of n's
// children.
func (n *Node) InsertAt(i int, c *Node) {
	c.Remove()
	if i < 0 || i > len(n.Children) {
		i = len(n.Children)
	}
	n.Children = append(n.Children, nil)
	copy(n.Children[i+1:], n.Children[i:])
	n.Children[i] = c
	n.SelfClose = false
	c.Parent = n
	owner := n.Owner
	if n.Type == Document {
		owner = n
	}
	if c.Owner != owner {
		// A subtree moved from another document (Load, LoadXml)
		// belongs to this one now, all the way down.
		c.Owner = owner
		c.setOwner(owner)
	}
}

// Attr returns the attribute called qname, or nil.
func (n *Node) Attr(qname string) *Node {
	for _, a := range n.Attrs {
		if a.Name() == qname {
			return a
		}
	}
	return nil
}

// SetAttr sets attribute qname, adding it at the end when missing.
func (n *Node) SetAttr(qname, value string) *Node {
	if a := n.Attr(qname); a != nil {
		a.Value = value
		return a
	}
	a := n.Owner.CreateAttribute(qname, "")
	if a.Prefix != "" && a.NS == "" {
		a.NS = n.LookupNamespace(a.Prefix)
	}
	a.Value = value
	n.PutAttr(a)
	return a
}

// PutAttr adds attribute a (replacing one of its name); it returns the
// one replaced.
func (n *Node) PutAttr(a *Node) *Node {
	a.Remove()
	a.Parent = n
	for i, old := range n.Attrs {
		if old.Name() == a.Name() {
			n.Attrs[i] = a
			old.Parent = nil
			return old
		}
	}
	n.Attrs = append(n.Attrs, a)
	return nil
}

// LookupNamespace finds the URI bound to prefix at n.
func (n *Node) LookupNamespace(prefix string) string {
	switch prefix {
	case "xml":
		return "http://www.w3.org/XML/1998/namespace"
	case "xmlns":
		return "http://www.w3.org/2000/xmlns/"
	}
	for e := n; e != nil; e = e.Parent {
		if e.Type != Element {
			continue
		}
		for _, a := range e.Attrs {
			if (prefix == "" && a.Prefix == "" && a.Local == "xmlns") || (a.Prefix == "xmlns" && a.Local == prefix) {
				return a.Value
			}
		}
		if e.Prefix == prefix && e.NS != "" {
			return e.NS
		}
	}
	return ""
}

// IsNamespaceDecl reports an xmlns or xmlns:p attribute.
func (n *Node) IsNamespaceDecl() bool {
	return n.Type == Attribute && (n.Prefix == "xmlns" || (n.Prefix == "" && n.Local == "xmlns"))
}

// InnerText is XmlNode.InnerText: the text of the node and its
// descendants (comments and processing instructions left out).
func (n *Node) InnerText() string {
	switch n.Type {
	case Text, CDATA, Whitespace, Attribute, Comment, ProcInst, XmlDeclaration:
		return n.Value
	}
	var b strings.Builder
	n.appendText(&b)
	return b.String()
}

func (n *Node) appendText(b *strings.Builder) {
	for _, c := range n.Children {
		switch c.Type {
		case Text, CDATA, Whitespace:
			b.WriteString(c.Value)
		case Element:
			c.appendText(b)
		}
	}
}

// SetInnerText is the InnerText setter: the only text child is
// changed, or all children give way to one text node.
func (n *Node) SetInnerText(s string) {
	switch n.Type {
	case Text, CDATA, Whitespace, Attribute, Comment, ProcInst, XmlDeclaration:
		n.Value = s
		return
	}
	if len(n.Children) == 1 && n.Children[0].Type == Text {
		n.Children[0].Value = s
		return
	}
	n.RemoveChildren()
	n.InsertAt(-1, n.Doc().CreateLeaf(Text, s))
}

// RemoveChildren drops every child.
func (n *Node) RemoveChildren() {
	for _, c := range n.Children {
		c.Parent = nil
	}
	if len(n.Children) > 0 {
		n.SelfClose = false
	}
	n.Children = nil
}

// Clone is CloneNode: deep copies children too; attributes always come.
func (n *Node) Clone(deep bool) *Node {
	c := &Node{Type: n.Type, Prefix: n.Prefix, Local: n.Local, NS: n.NS, Value: n.Value, Owner: n.Owner, PreserveWhitespace: n.PreserveWhitespace, SelfClose: n.SelfClose}
	for _, a := range n.Attrs {
		ac := a.Clone(false)
		ac.Parent = c
		c.Attrs = append(c.Attrs, ac)
	}
	if deep || n.Type == Attribute {
		for _, ch := range n.Children {
			cc := ch.Clone(true)
			cc.Parent = c
			c.Children = append(c.Children, cc)
		}
	}
	if n.Type == Document {
		c.Owner = nil
		c.setOwner(c)
	}
	return c
}

// setOwner makes doc the owner of n's subtree (ImportNode, Clone of a
// document).
func (n *Node) setOwner(doc *Node) {
	for _, a := range n.Attrs {
		a.Owner = doc
	}
	for _, c := range n.Children {
		c.Owner = doc
		c.setOwner(doc)
	}
}

// Import is ImportNode: a copy of n owned by doc.
func (doc *Node) Import(n *Node, deep bool) *Node {
	c := n.Clone(deep)
	c.Owner = doc
	c.setOwner(doc)
	return c
}

// Contains reports whether c is n or below it.
func (n *Node) Contains(c *Node) bool {
	for x := c; x != nil; x = x.Parent {
		if x == n {
			return true
		}
	}
	return false
}

// Sibling returns the node next to n (d=+1) or before it (d=-1).
func (n *Node) Sibling(d int) *Node {
	if n.Parent == nil || n.Type == Attribute {
		return nil
	}
	i := n.Parent.IndexOf(n) + d
	if i < 0 || i >= len(n.Parent.Children) {
		return nil
	}
	return n.Parent.Children[i]
}
